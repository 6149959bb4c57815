import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page/Page.tsx';

export function SignedOut() {
  const { t } = useTranslation();
  return (
    <Page title={t('signedOut.title')}>
      <Paragraph>{t('signedOut.body')}</Paragraph>
      <Link replace className="nl-button nl-button--secondary onsplan-link-button" to="/inloggen">
        <span className="nl-button__label">{t('signedOut.again')}</span>
      </Link>
    </Page>
  );
}
