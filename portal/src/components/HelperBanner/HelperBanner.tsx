import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActing } from '../../family/acting-context.ts';
import { helperChoicePath } from '../../family/helper-choice-path.ts';

/**
 * "U helpt Samira": on every member screen a helper sees for whom she acts (issue 11; NHS App's
 * "Acting for" banner). It sits in the sticky bar with Snel weg, so it never scrolls away, and the
 * page keeps room for it above focus (scroll-padding), so it never hides what has focus (WCAG 2.4.11).
 */
export function HelperBanner() {
  const { t } = useTranslation();
  const acting = useActing();
  if (!acting) return null;
  return (
    <div className="onsplan-helper-banner" role="region" aria-label={t('namens.bannerLabel')}>
      <strong>{t('namens.banner', { name: acting.name })}</strong>
      {acting.canSwitch && (
        <Link className="nl-link onsplan-helper-banner__switch" to={helperChoicePath}>
          {t('namens.switch')}
        </Link>
      )}
    </div>
  );
}
