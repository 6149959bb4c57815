import { Button } from '@nl-design-system-candidate/button-react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../i18n.ts';

/** Offers the other language, named in that language, so someone who cannot read this one finds it. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const other = i18n.language === 'en' ? { lng: 'nl' as const, label: 'Nederlands' } : { lng: 'en' as const, label: 'English' };
  return (
    <Button purpose="subtle" type="button" lang={other.lng} onClick={() => void switchLanguage(other.lng)}>
      {other.label}
    </Button>
  );
}
