import { useTranslation } from 'react-i18next';
import { WorkPage } from './WorkPage.tsx';

export function NewFamily() {
  const { t } = useTranslation('werk');
  return <WorkPage title={t('nav.newFamily')}>{null}</WorkPage>;
}
