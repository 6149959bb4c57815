import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { workPaths } from './paths.ts';
import { WorkPage } from './WorkPage.tsx';

export function WorkNotFound() {
  const { t } = useTranslation('werk');
  return (
    <WorkPage title={t('notFound.title')}>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Link replace className="nl-link" to={workPaths.today}>
        {t('notFound.back')}
      </Link>
    </WorkPage>
  );
}
