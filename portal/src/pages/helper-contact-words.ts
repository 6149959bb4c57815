import { useTranslation } from 'react-i18next';
import type { HelperContactsWords } from '../components/HelperContacts/HelperContacts.tsx';

/** The member's words for "Contact met uw hulpverlener", on every member screen that shows it. */
export function useHelperContactWords(): HelperContactsWords {
  const { t } = useTranslation();
  return {
    title: t('helperContacts.title'),
    call: (name) => t('helperContacts.call', { name }),
    noPhone: t('helperContacts.noPhone'),
    emergency: t('helperContacts.emergency'),
    emergencyCall: t('helperContacts.emergencyCall'),
    veiligThuis: t('helperContacts.veiligThuis'),
    veiligThuisCall: t('helperContacts.veiligThuisCall'),
  };
}
