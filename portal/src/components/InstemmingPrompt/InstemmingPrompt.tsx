import type { InstemmingOverview } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';

/**
 * On the plan: asks for instemming while this version has no answer yet, and again after a new
 * version; says so when a professional sent a reminder (until the member answered).
 */
export function InstemmingPrompt({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const overview = useApi<InstemmingOverview>(paths.instemming(familyId));
  if (overview.state.kind !== 'ready' || !overview.state.data.version.isCurrent) return null;
  const open = overview.state.data.mine.filter((m) => !m.answer);
  if (!open.length) return null;
  return (
    <div className="onsplan-notice">
      <p className="onsplan-notice__title">{t(open.some((m) => m.previous) ? 'instemming.promptAgain' : 'instemming.prompt')}</p>
      {overview.state.data.reminder && <p className="onsplan-notice__reminder">{t('instemming.reminder', { name: overview.state.data.reminder.byName })}</p>}
      <Link replace className="nl-link" to={`/plan/${familyId}/instemming`}>
        {t('instemming.promptLink')}
      </Link>
    </div>
  );
}
