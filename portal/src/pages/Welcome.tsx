import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page/Page.tsx';

export function Welcome() {
  const { t } = useTranslation();
  return (
    <Page title={t('welcome.title')}>
      <Paragraph purpose="lead">{t('welcome.intro')}</Paragraph>
      <Paragraph>{t('welcome.whoSees')}</Paragraph>
      <div className="onsplan-actions">
        <Link replace className="nl-button nl-button--primary onsplan-link-button" to="/uitnodiging">
          <span className="nl-button__label">{t('welcome.haveCode')}</span>
        </Link>
        <Link replace className="nl-button nl-button--secondary onsplan-link-button" to="/inloggen">
          <span className="nl-button__label">{t('welcome.signIn')}</span>
        </Link>
      </div>
      <Paragraph>{t('welcome.codeHelp')}</Paragraph>
    </Page>
  );
}
