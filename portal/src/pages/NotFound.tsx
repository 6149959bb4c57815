import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../components/Page/Page.tsx';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <Link replace className="nl-link" to="/">
        {t('notFound.home')}
      </Link>
    </Page>
  );
}
