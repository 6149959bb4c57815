import { newDocumentDays, type TodayView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/useApi.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { workPaths } from './paths.ts';
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
          </ul>
          <h2 id="correctieverzoeken" tabIndex={-1}>
            {t('today.corrections')}
          </h2>
          {data.corrections.length ? (
            <table className="onsplan-work-table">
              <thead>
                <tr>
                  <th scope="col">{t('today.request')}</th>
                  <th scope="col">{t('today.deadline')}</th>
                </tr>
              </thead>
              <tbody>
                {data.corrections.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link replace className="nl-link" to={`/plan/${r.familyId}/verzoeken#verzoek-${r.id}`}>
                        {t('today.openRequest', { name: r.requesterName ?? t('today.someone'), family: r.familyName })}
                      </Link>
                    </td>
                    <td className={r.overdue || r.warning ? 'onsplan-deadline--warning' : undefined}>
                      {t(r.overdue ? 'today.overdue' : 'today.due', { date: formatDate(r.dueOn, i18n.language) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Paragraph>{t('today.correctionsNone')}</Paragraph>
          )}
          <h2 id="reacties" tabIndex={-1}>
            {t('today.comments')}
          </h2>
          {data.unansweredComments.length ? (
            <table className="onsplan-work-table">
              <thead>
                <tr>
                  <th scope="col">{t('today.comment')}</th>
                  <th scope="col">{t('today.writtenAt')}</th>
                </tr>
              </thead>
              <tbody>
                {data.unansweredComments.map((c) => (
                  <tr key={c.id}>
                    <td>
                      {/* Comments are answered on the plan screen, which the workspace does not have yet. */}
                      <Link replace className="nl-link" to={`/plan/${c.familyId}`}>
                        {t('today.commentFrom', { name: c.authorName ?? t('today.someone'), family: c.familyName })}
                      </Link>
                      <p className="onsplan-work-quote">{c.body}</p>
                    </td>
                    <td>{formatDateTime(c.lastAt, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Paragraph>{t('today.commentsNone')}</Paragraph>
          )}
          <h2 id="documenten" tabIndex={-1}>
            {t('today.documents')}
          </h2>
          <Paragraph>{t('today.documentsHint', { days: newDocumentDays })}</Paragraph>
          {data.newDocuments.length ? (
            <table className="onsplan-work-table">
              <thead>
                <tr>
                  <th scope="col">{t('today.document')}</th>
                  <th scope="col">{t('today.sharedBy')}</th>
                  <th scope="col">{t('today.sharedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {data.newDocuments.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <Link replace className="nl-link" to={`/plan/${d.familyId}/documenten`}>
                        {d.name}
                      </Link>
                    </td>
                    <td>{t('today.commentFrom', { name: d.uploaderName ?? t('today.someone'), family: d.familyName })}</td>
                    <td>{formatDateTime(d.createdAt, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Paragraph>{t('today.documentsNone')}</Paragraph>
          )}
          <h2 id="per-gezin" tabIndex={-1}>
            {t('today.perFamily')}
          </h2>
          <table className="onsplan-work-table onsplan-work-table--stack">
            <thead>
              <tr>
                <th scope="col">{t('today.family')}</th>
                <th scope="col">{t('today.instemming')}</th>
                <th scope="col">{t('today.comments')}</th>
                <th scope="col">{t('today.documents')}</th>
                <th scope="col">{t('today.contactChanges')}</th>
                <th scope="col">{t('today.openCodes')}</th>
                <th scope="col">{t('today.consentRequests')}</th>
              </tr>
            </thead>
            <tbody>
              {data.families.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <Link replace className="nl-link" to={workPaths.family(f.id)}>
                      {f.name}
                    </Link>
                  </th>
                  <td data-label={t('today.instemming')}>
                    {f.instemming ? (
                      <Link replace className="nl-link" to={`/plan/${f.id}/instemming`}>
                        {t('today.instemmingProgress', { answered: f.instemming.answered, total: f.instemming.total })}
                      </Link>
                    ) : (
                      t('today.noPlan')
                    )}
                  </td>
                  <td data-label={t('today.comments')}>
                    <Link replace className="nl-link" to={`/plan/${f.id}`}>
                      {f.unansweredComments}
                    </Link>
                  </td>
                  <td data-label={t('today.documents')}>
                    <Link replace className="nl-link" to={`/plan/${f.id}/documenten`}>
                      {f.newDocuments}
                    </Link>
                  </td>
                  <td data-label={t('today.contactChanges')}>
                    <Link replace className="nl-link" to={`/plan/${f.id}/contact`}>
                      {f.contactChanges}
                    </Link>
                  </td>
                  <td data-label={t('today.openCodes')}>
                    <Link replace className="nl-link" to={workPaths.family(f.id)}>
                      {f.openCodes}
                    </Link>
                  </td>
                  <td data-label={t('today.consentRequests')}>
                    <Link replace className="nl-link" to={workPaths.family(f.id)}>
                      {f.openConsentRequests}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
