import type { CorrectieInbox } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../api/paths.ts';
import { useApi } from '../api/useApi.ts';
import { formatDate } from '../format.ts';
import { useWork } from './context.ts';
import { workPaths } from './paths.ts';
import { WorkPage } from './WorkPage.tsx';
import { WorkProblem } from './WorkProblem.tsx';

/** Vandaag: what waits for her across her families, most urgent first; each line opens at the request itself. */
export function Today() {
  const { t, i18n } = useTranslation('werk');
  const { families } = useWork();
  const inbox = useApi<CorrectieInbox>(paths.correctieInbox());
  return (
    <WorkPage title={t('today.title')}>
      <Paragraph purpose="lead">{t('today.intro')}</Paragraph>
      <ul className="onsplan-work-counts">
        <li className="onsplan-work-count">
          <Link replace className="nl-link" to="#correctieverzoeken">
            <span className="onsplan-work-count__number">{inbox.state.kind === 'ready' ? inbox.state.data.correctieverzoeken.length : '…'}</span>
            {t('today.corrections')}
          </Link>
        </li>
        <li className="onsplan-work-count">
          <Link replace className="nl-link" to={workPaths.families}>
            <span className="onsplan-work-count__number">{families.length}</span>
            {t('today.families')}
          </Link>
        </li>
      </ul>
      <h2 id="correctieverzoeken">{t('today.corrections')}</h2>
      {inbox.state.kind === 'problem' && <WorkProblem messageKey={inbox.state.key} />}
      {inbox.state.kind === 'loading' && (
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      )}
      {inbox.state.kind === 'ready' &&
        (inbox.state.data.correctieverzoeken.length ? (
          <ol className="onsplan-cards">
            {inbox.state.data.correctieverzoeken.map((r) => (
              <li key={r.id} className="onsplan-card">
                <Link replace className="nl-link" to={`/plan/${r.familyId}/verzoeken#verzoek-${r.id}`}>
                  {t('today.openRequest', { name: r.requester.name ?? '?', family: r.familyName })}
                </Link>
                <p className={r.deadline.overdue || r.deadline.warning ? 'onsplan-deadline onsplan-deadline--warning' : 'onsplan-deadline'}>
                  {t(r.deadline.overdue ? 'today.overdue' : 'today.due', { date: formatDate(r.deadline.dueOn, i18n.language) })}
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <Paragraph>{t('today.correctionsNone')}</Paragraph>
        ))}
    </WorkPage>
  );
}
