import type { ToestemmingDecisionView, ToestemmingOverview as Overview, ToestemmingStateView, ToestemmingsverzoekenOverview, ToestemmingsverzoekWorkView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { WorkTable } from '../../components/WorkTable/WorkTable.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useWork } from '../context.ts';
import { workPaths } from '../paths.ts';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { WorkProblem } from '../WorkProblem.tsx';
import { toestemmingenPerMember, type MemberToestemmingen } from './per-member.ts';

/**
 * Toestemming to share data, per member whose data it is: each recipient with its state and who
 * decided what, and the questions professionals asked that are still open. Read-only: she asks and
 * withdraws on the member's page; the members decide.
 */
export function ToestemmingOverview() {
  const { t } = useTranslation('werk');
  const { familyId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  const overview = useApi<Overview>(family ? paths.toestemmingen(family.id) : null);
  const questions = useApi<ToestemmingsverzoekenOverview>(family ? paths.toestemmingsverzoeken(family.id) : null);
  if (!family) return <WorkNotFound />;
  const problem = overview.state.kind === 'problem' ? overview.state.key : questions.state.kind === 'problem' ? questions.state.key : undefined;
  const groups = overview.state.kind === 'ready' && questions.state.kind === 'ready' ? toestemmingenPerMember(overview.state.data, questions.state.data.work) : undefined;
  return (
    <WorkPage title={`${t('toestemming.title')} – ${family.name}`}>
      <Paragraph purpose="lead">{t('toestemming.intro')}</Paragraph>
      {problem && <WorkProblem messageKey={problem} />}
      {!problem && !groups && (
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      )}
      {groups && !groups.length && <Paragraph>{t('toestemming.none')}</Paragraph>}
      {groups?.map((group) => <MemberSection key={group.memberId} familyId={family.id} group={group} />)}
    </WorkPage>
  );
}

function MemberSection({ familyId, group }: { familyId: string; group: MemberToestemmingen }) {
  const { t } = useTranslation('werk');
  const headingId = `gegevens-${group.memberId}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('toestemming.dataOf', { name: group.firstName })}</h2>
      <p className="onsplan-meta">
        {group.deciders.length ? t('toestemming.deciders', { names: group.deciders.map((d) => d.firstName).join(', ') }) : t('toestemming.noDeciders')}
      </p>
      {group.toestemmingen.length > 0 && <StatesTable states={group.toestemmingen} caption={t('toestemming.statesCaption', { name: group.firstName })} />}
      {group.openQuestions.length > 0 && <OpenQuestions questions={group.openQuestions} caption={t('toestemming.openCaption', { name: group.firstName })} />}
      <p>
        <Link className="nl-link" to={workPaths.member(familyId, group.memberId)}>
          {t('toestemming.toMember', { name: group.firstName })}
        </Link>
      </p>
    </section>
  );
}

function StatesTable({ states, caption }: { states: ToestemmingStateView[]; caption: string }) {
  const { t, i18n } = useTranslation('werk');
  const statusOf = (s: ToestemmingStateView) => (s.status === 'compleet' && s.deciders.length > 1 ? t('toestemming.status.compleetAll', { count: s.deciders.length }) : t(`toestemming.status.${s.status}`));
  const decision = (name: string, d: ToestemmingDecisionView | null) =>
    d
      ? t(d.by.kind === 'helper' ? 'toestemming.decidedByHelper' : 'toestemming.decided', {
          name,
          decision: t(`toestemming.decision.${d.decision}`),
          date: formatDateTime(d.decidedAt, i18n.language),
          helper: d.by.name ?? '',
        })
      : t('toestemming.notDecided', { name });
  return (
    <WorkTable
      stack
      caption={caption}
      rows={states}
      rowKey={(s) => `${s.recipient.kind}-${s.recipient.memberId ?? s.recipient.name}`}
      columns={[
        {
          heading: t('toestemming.colRecipient'),
          rowHeader: true,
          // One element, so the stacked phone layout keeps the kind beside the name.
          cell: (s) => (
            <span>
              {s.recipient.name} <span className="onsplan-meta">({t(`toestemming.recipientKind.${s.recipient.kind}`)})</span>
            </span>
          ),
        },
        { heading: t('toestemming.colStatus'), cell: statusOf },
        { heading: t('toestemming.colPurpose'), cell: (s) => s.purpose },
        {
          heading: t('toestemming.colDecisions'),
          cell: (s) =>
            s.deciders.length ? (
              <ul className="onsplan-list">
                {s.deciders.map((d) => (
                  <li key={d.memberId}>{decision(d.firstName, d.decision)}</li>
                ))}
              </ul>
            ) : null,
        },
        { heading: t('toestemming.colUntil'), cell: (s) => (s.validUntil ? formatDate(s.validUntil, i18n.language) : '') },
      ]}
    />
  );
}

function OpenQuestions({ questions, caption }: { questions: ToestemmingsverzoekWorkView[]; caption: string }) {
  const { t, i18n } = useTranslation('werk');
  return (
    <WorkTable
      stack
      caption={caption}
      rows={questions}
      rowKey={(q) => q.id}
      columns={[
        { heading: t('toestemming.colOrganisation'), rowHeader: true, cell: (q) => q.organisation },
        { heading: t('toestemming.colPurpose'), cell: (q) => q.purpose },
        { heading: t('toestemming.colAsked'), cell: (q) => t('consentRequest.askedBy', { name: q.askedBy.name, date: formatDate(q.askedAt, i18n.language) }) },
        {
          heading: t('toestemming.colAnswers'),
          cell: (q) => (
            <ul className="onsplan-list">
              {q.answers.map((a) => (
                <li key={a.memberId}>{t(a.answer ? `consentRequest.answer.${a.answer}` : 'consentRequest.answer.none', { name: a.firstName, context: a.by?.kind === 'helper' ? 'helper' : undefined, helper: a.by?.name ?? '' })}</li>
              ))}
            </ul>
          ),
        },
        { heading: t('toestemming.colUntil'), cell: (q) => formatDate(q.validUntil, i18n.language) },
      ]}
    />
  );
}
