import { instemmingProgress, type InstemmingAnswerView, type InstemmingOverview as Overview, type MemberInstemmingView, type PlanVersionSummary } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { ReminderSection } from '../ReminderSection.tsx';
import { WorkTable } from '../../components/WorkTable/WorkTable.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useWork } from '../context.ts';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { WorkProblem } from '../WorkProblem.tsx';

/** Instemming per plan version: how many responded, and per member who answered what. */
export function InstemmingOverview() {
  const { t, i18n } = useTranslation('werk');
  const { familyId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  const [versionId, setVersionId] = useState<string>();
  const versions = useApi<PlanVersionSummary[]>(family ? paths.planVersions(family.id) : null);
  const overview = useApi<Overview>(family ? paths.instemming(family.id, versionId) : null);
  if (!family) return <WorkNotFound />;
  const state = overview.state;
  return (
    <WorkPage title={`${t('instemming.title')} – ${family.name}`}>
      <Paragraph purpose="lead">{t('instemming.intro')}</Paragraph>
      {/* A family without a published plan answers niet-gevonden: that is a fact here, not a problem. */}
      {state.kind === 'problem' && (state.key === 'problem.niet-gevonden' ? <Paragraph>{t('instemming.noPlan')}</Paragraph> : <WorkProblem messageKey={state.key} />)}
      {state.kind === 'loading' && (
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          {versions.state.kind === 'ready' && versions.state.data.length > 1 && (
            <div className="onsplan-field">
              <label className="onsplan-field__label" htmlFor="instemming-versie">
                {t('instemming.versionLabel')}
              </label>
              <select id="instemming-versie" className="onsplan-field__input" value={state.data.version.id} onChange={(e) => setVersionId(e.target.value)}>
                {versions.state.data.map((v) => (
                  <option key={v.id} value={v.id}>
                    {t('instemming.version', { number: v.number, date: formatDate(v.publishedAt, i18n.language) })}
                  </option>
                ))}
              </select>
            </div>
          )}
          <h2>{t('instemming.version', { number: state.data.version.number, date: formatDate(state.data.version.publishedAt, i18n.language) })}</h2>
          <MembersTable members={state.data.members ?? []} />
          <ReminderSection familyId={family.id} overview={state.data} onSent={overview.reload} />
        </>
      )}
    </WorkPage>
  );
}

function MembersTable({ members }: { members: MemberInstemmingView[] }) {
  const { t, i18n } = useTranslation('werk');
  const answer = (a: InstemmingAnswerView) =>
    `${t(`instemming.decision.${a.decision}`)} ${t('instemming.at', { date: formatDateTime(a.answeredAt, i18n.language) })}${a.remark ? `: “${a.remark}”` : ''}`;
  return (
    <>
      <p className="onsplan-work-progress">
        <strong>{t('instemming.progress', instemmingProgress(members))}</strong>
      </p>
      <WorkTable
        rows={members}
        rowKey={(m) => m.memberId}
        columns={[
          { heading: t('instemming.colMember'), rowHeader: true, cell: (m) => m.firstName },
          { heading: t('instemming.colStatus'), cell: (m) => t(`instemming.status.${m.status}`) },
          {
            heading: t('instemming.colAnswers'),
            cell: (m) =>
              m.deciders.length ? (
                <ul className="onsplan-list">
                  {m.deciders.map((d) => (
                    <li key={d.memberId}>
                      {d.memberId === m.memberId ? t('instemming.self') : t('instemming.forChild', { name: d.firstName })}: {d.answer ? answer(d.answer) : t('instemming.noAnswer')}
                    </li>
                  ))}
                </ul>
              ) : null,
          },
        ]}
      />
    </>
  );
}
