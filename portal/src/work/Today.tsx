import { newDocumentDays, type TodayView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/useApi.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { workPaths } from './paths.ts';
import { WorkTable } from '../components/WorkTable/WorkTable.tsx';
import { WorkPage } from './WorkPage.tsx';
import { WorkProblem } from './WorkProblem.tsx';

/** Vandaag: what waits for her across her families; each number leads to its list, each request opens at itself. */
export function Today() {
  const { t, i18n } = useTranslation('werk');
  const today = useApi<TodayView>('/werk/vandaag');
  const data = today.state.kind === 'ready' ? today.state.data : undefined;
  const sum = (pick: (f: TodayView['families'][number]) => number) => data?.families.reduce((n, f) => n + pick(f), 0) ?? 0;
  return (
    <WorkPage title={t('today.title')}>
      <Paragraph purpose="lead">{t('today.intro')}</Paragraph>
      {today.state.kind === 'problem' && <WorkProblem messageKey={today.state.key} />}
      {today.state.kind === 'loading' && (
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      )}
      {data && (
        <>
          <ul className="onsplan-work-counts">
            <Count href="#correctieverzoeken" number={data.corrections.length} label={t('today.corrections')} />
            <Count href="#reacties" number={data.unansweredComments.length} label={t('today.comments')} />
            <Count href="#documenten" number={data.newDocuments.length} label={t('today.documents')} />
            <Count href="#per-gezin" number={sum((f) => f.contactChanges)} label={t('today.contactChanges')} />
            <Count href="#per-gezin" number={sum((f) => f.openCodes)} label={t('today.openCodes')} />
            <Count href="#per-gezin" number={sum((f) => f.openConsentRequests)} label={t('today.consentRequests')} />
            <Count href="#per-gezin" number={sum((f) => f.openMoveRequests)} label={t('today.moveRequests')} />
          </ul>
          <h2 id="correctieverzoeken" tabIndex={-1}>
            {t('today.corrections')}
          </h2>
          {data.corrections.length ? (
            <WorkTable
              rows={data.corrections}
              rowKey={(r) => r.id}
              columns={[
                {
                  heading: t('today.request'),
                  cell: (r) => (
                    <Link replace className="nl-link" to={workPaths.correction(r.familyId, r.id)}>
                      {t('today.openRequest', { name: r.requesterName ?? t('today.someone'), family: r.familyName })}
                    </Link>
                  ),
                },
                {
                  heading: t('today.deadline'),
                  cell: (r) => t(r.overdue ? 'today.overdue' : 'today.due', { date: formatDate(r.dueOn, i18n.language) }),
                  className: (r) => (r.overdue || r.warning ? 'onsplan-deadline--warning' : undefined),
                },
              ]}
            />
          ) : (
            <Paragraph>{t('today.correctionsNone')}</Paragraph>
          )}
          <h2 id="reacties" tabIndex={-1}>
            {t('today.comments')}
          </h2>
          {data.unansweredComments.length ? (
            <WorkTable
              rows={data.unansweredComments}
              rowKey={(c) => c.id}
              columns={[
                {
                  heading: t('today.comment'),
                  cell: (c) => (
                    <>
                      <Link replace className="nl-link" to={workPaths.comments(c.familyId)}>
                        {t('today.commentFrom', { name: c.authorName ?? t('today.someone'), family: c.familyName })}
                      </Link>
                      <p className="onsplan-work-quote">{c.body}</p>
                    </>
                  ),
                },
                { heading: t('today.writtenAt'), cell: (c) => formatDateTime(c.lastAt, i18n.language) },
              ]}
            />
          ) : (
            <Paragraph>{t('today.commentsNone')}</Paragraph>
          )}
          <h2 id="documenten" tabIndex={-1}>
            {t('today.documents')}
          </h2>
          <Paragraph>{t('today.documentsHint', { days: newDocumentDays })}</Paragraph>
          {data.newDocuments.length ? (
            <WorkTable
              rows={data.newDocuments}
              rowKey={(d) => d.id}
              columns={[
                {
                  heading: t('today.document'),
                  cell: (d) => (
                    <Link replace className="nl-link" to={workPaths.documents(d.familyId)}>
                      {d.name}
                    </Link>
                  ),
                },
                { heading: t('today.sharedBy'), cell: (d) => t('today.commentFrom', { name: d.uploaderName ?? t('today.someone'), family: d.familyName }) },
                { heading: t('today.sharedAt'), cell: (d) => formatDateTime(d.createdAt, i18n.language) },
              ]}
            />
          ) : (
            <Paragraph>{t('today.documentsNone')}</Paragraph>
          )}
          <h2 id="per-gezin" tabIndex={-1}>
            {t('today.perFamily')}
          </h2>
          <WorkTable
            stack
            rows={data.families}
            rowKey={(f) => f.id}
            columns={[
              {
                heading: t('today.family'),
                rowHeader: true,
                cell: (f) => (
                  <Link replace className="nl-link" to={workPaths.family(f.id)}>
                    {f.name}
                  </Link>
                ),
              },
              {
                heading: t('today.instemming'),
                cell: (f) =>
                  f.instemming ? (
                    <Link replace className="nl-link" to={workPaths.instemming(f.id)}>
                      {t('today.instemmingProgress', { answered: f.instemming.answered, total: f.instemming.total })}
                    </Link>
                  ) : (
                    t('today.noPlan')
                  ),
              },
              {
                heading: t('today.comments'),
                cell: (f) => (
                  <Link replace className="nl-link" to={workPaths.comments(f.id)}>
                    {f.unansweredComments}
                  </Link>
                ),
              },
              {
                heading: t('today.documents'),
                cell: (f) => (
                  <Link replace className="nl-link" to={workPaths.documents(f.id)}>
                    {f.newDocuments}
                  </Link>
                ),
              },
              {
                heading: t('today.contactChanges'),
                cell: (f) => (
                  <Link replace className="nl-link" to={workPaths.contactChanges(f.id)}>
                    {f.contactChanges}
                  </Link>
                ),
              },
              {
                heading: t('today.openCodes'),
                cell: (f) => (
                  <Link replace className="nl-link" to={workPaths.family(f.id)}>
                    {f.openCodes}
                  </Link>
                ),
              },
              {
                heading: t('today.consentRequests'),
                cell: (f) => (
                  <Link replace className="nl-link" to={workPaths.family(f.id)}>
                    {f.openConsentRequests}
                  </Link>
                ),
              },
              {
                heading: t('today.moveRequests'),
                cell: (f) => (
                  <Link replace className="nl-link" to={workPaths.agenda(f.id)}>
                    {f.openMoveRequests}
                  </Link>
                ),
              },
            ]}
          />
        </>
      )}
    </WorkPage>
  );
}

function Count({ href, number, label }: { href: string; number: number; label: string }) {
  return (
    <li className="onsplan-work-count">
      <a className="nl-link" href={href}>
        <span className="onsplan-work-count__number">{number}</span>
        {label}
      </a>
    </li>
  );
}
