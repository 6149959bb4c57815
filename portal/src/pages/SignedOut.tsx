import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page/Page.tsx';
import { useAddressing } from '../addressing.ts';

export function SignedOut() {
  const { t } = useTranslation();
  // Whoever reads this device next is not known: polite until someone signs in.
  useAddressing('u');
  return (
    <Page title={t('signedOut.title')}>
      <Paragraph>{t('signedOut.body')}</Paragraph>
      <Link replace className="nl-button nl-button--secondary onsplan-link-button" to="/inloggen">
        <span className="nl-button__label">{t('signedOut.again')}</span>
      </Link>
    </Page>
  );
}
