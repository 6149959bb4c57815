import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWork } from './context.ts';
import { WorkPage } from './WorkPage.tsx';

/** Her own profile: name, job and organisation, and her passkeys. */
export function Profile() {
  const { t } = useTranslation('werk');
  const { me } = useWork();
  return (
    <WorkPage title={t('profile.title')}>
      <dl className="onsplan-work-facts">
        <dt>{t('profile.name')}</dt>
        <dd>{me.name}</dd>
        {me.jobTitle && (
          <>
            <dt>{t('profile.jobTitle')}</dt>
            <dd>{me.jobTitle}</dd>
          </>
        )}
        {me.organisation && (
          <>
            <dt>{t('profile.organisation')}</dt>
            <dd>{me.organisation}</dd>
          </>
        )}
      </dl>
      <p>
        <Link replace className="nl-link" to="/apparaten">
          {t('profile.devices')}
        </Link>
      </p>
    </WorkPage>
  );
}
