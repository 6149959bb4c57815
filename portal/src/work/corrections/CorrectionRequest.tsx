import { isOpen, type CorrectieverzoekList, type CorrectieverzoekView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { useWork } from '../context.ts';
import { workPaths } from '../paths.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { DecideCorrection } from './DecideCorrection.tsx';
import { aboutText, deadlineText, requesterText } from './words.ts';

/** One correction request, opened at itself: the facts, the legal deadline, and her steps to decide. */
export function CorrectionRequest() {
  const { t } = useTranslation('werk');
  const { familyId, requestId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  // The API has no single-request read: the family's list is scoped and decided there.
  const list = useApi<CorrectieverzoekList>(family ? paths.correctieverzoeken(family.id) : null);
  if (!family) return <WorkNotFound />;
  const request = list.state.kind === 'ready' ? list.state.data.correctieverzoeken.find((r) => r.id === requestId) : undefined;
  const title = request ? `${t(`corrections.kind.${request.kind}`)}: ${aboutText(request.target, t)}` : t('corrections.title');
  return (
    <WorkPage title={title}>
      <p>
        <Link replace className="nl-link" to={workPaths.corrections(family.id)}>
          {t('corrections.backToList')}
        </Link>
      </p>
      <WorkLoading state={list.state} />
      {list.state.kind === 'ready' && !request && <Paragraph>{t('corrections.notFound')}</Paragraph>}
      {request && <RequestDetails request={request} onChanged={list.reload} />}
    </WorkPage>
  );
}

function RequestDetails({ request, onChanged }: { request: CorrectieverzoekView; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation('werk');
  const open = isOpen(request.status);
  const day = (d: string) => formatDate(d, i18n.language);
  const warn = open && (request.deadline.overdue || request.deadline.warning);
  return (
    <>
      <p className={`onsplan-work-deadline${warn ? ' onsplan-deadline--warning' : ''}`} id="termijn" tabIndex={-1}>
        <strong>{deadlineText(request.deadline, open, i18n.language, t)}</strong>
        {open && !request.deadline.overdue && <> {t('corrections.deadline.daysLeft', { count: request.deadline.daysLeft })}</>}
      </p>
      {open && request.deadline.destroyBy && <Paragraph>{t('corrections.deadline.destroyBy', { date: day(request.deadline.destroyBy) })}</Paragraph>}
      <dl className="onsplan-work-facts">
        <dt>{t('corrections.facts.status')}</dt>
        <dd>{t(`corrections.status.${request.status}`)}</dd>
        <dt>{t('corrections.facts.kind')}</dt>
        <dd>{t(`corrections.kind.${request.kind}`)}</dd>
        <dt>{t('corrections.facts.about')}</dt>
        <dd>{aboutText(request.target, t)}</dd>
        <dt>{t('corrections.facts.requester')}</dt>
        <dd>{requesterText(request.requester, t)}</dd>
        {request.proposedText && (
          <>
            <dt>{t(request.kind === 'aanvullen' ? 'corrections.facts.added' : 'corrections.facts.proposed')}</dt>
            <dd>{request.proposedText}</dd>
          </>
        )}
        <dt>{t('corrections.facts.reason')}</dt>
        <dd>{request.reason}</dd>
        <dt>{t('corrections.facts.received')}</dt>
        <dd>{day(request.deadline.receivedOn)}</dd>
        {request.extension && (
          <>
            <dt>{t('corrections.facts.extension')}</dt>
            <dd>{request.extension.reason}</dd>
          </>
        )}
        {request.decision && (
          <>
            <dt>{t('corrections.facts.decision')}</dt>
            <dd>{t(`corrections.status.${request.decision.status}`)}</dd>
            <dt>{t('corrections.facts.decidedAt')}</dt>
            <dd>{formatDateTime(request.decision.decidedAt, i18n.language)}</dd>
            {request.decision.reasons && (
              <>
                <dt>{t('corrections.facts.reasons')}</dt>
                <dd>{request.decision.reasons}</dd>
              </>
            )}
            {request.decision.removalGround && (
              <>
                <dt>{t('corrections.facts.ground')}</dt>
                <dd>{t(`corrections.ground.${request.decision.removalGround}`)}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {request.decision?.rightsNotice && <Paragraph>{t('corrections.rightsSent')}</Paragraph>}
      {request.eigenVerklaringen.length > 0 && (
        <section aria-labelledby="eigen-verklaringen">
          <h2 id="eigen-verklaringen">{t('corrections.statements')}</h2>
          {request.eigenVerklaringen.map((v) => (
            <blockquote key={v.id} className="onsplan-work-quote">
              <p>
                <strong>{t(v.author.byHelper ? 'corrections.statementByHelper' : 'corrections.statementBy', { name: v.author.name ?? '', helper: v.author.byHelper, date: formatDateTime(v.createdAt, i18n.language) })}</strong>
              </p>
              <p>{v.body}</p>
            </blockquote>
          ))}
        </section>
      )}
      {open && <DecideCorrection request={request} onChanged={onChanged} />}
    </>
  );
}
