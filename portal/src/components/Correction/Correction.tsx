import type { CorrectieDeadlineView, CorrectieverzoekView, EigenVerklaringView } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Explained } from '../Glossary/Explained.tsx';
import { newClientId } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { useSubmit } from '../../api/useApi.ts';
import { useWrite } from '../../app/writes.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { DutchBeside } from '../DutchBeside/DutchBeside.tsx';
import { helperWords, useActing } from '../../family/acting-context.ts';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage.tsx';
import { TextArea } from '../TextArea/TextArea.tsx';
import { focusFirstInvalid } from '../form-focus.ts';

type T = ReturnType<typeof useTranslation>['t'];
/** `helperWords`: a helper reads the texts about the member's request as about hers ("Samira krijgt antwoord"). */
type Words = ReturnType<typeof helperWords>;

/** The deadline in words: the date and how far away it is, or that it passed. */
export function deadlineWords(deadline: CorrectieDeadlineView, open: boolean, lng: string, t: T, words: Words = {}): string {
  const date = formatDate(deadline.dueOn, lng);
  if (!open) return t('correction.deadline.was', { date, ...words });
  if (deadline.overdue) return t('correction.deadline.overdue', { date, ...words });
  if (deadline.daysLeft === 0) return t('correction.deadline.today', { date, ...words });
  return t('correction.deadline.left', { date, count: deadline.daysLeft, ...words });
}

/** What a request is about, in words: its text (quoted on a card), or for a personal field the field's name. */
export function targetText(target: CorrectieverzoekView['target'], t: T, quoted = true, words: Words = {}): string {
  if (!target.label) return t(`correction.target.${target.kind}`, words);
  // A personal field's label is its kind (adres), never its value.
  if (target.kind === 'member-field') return t(`contact.field.${target.label}`, { defaultValue: t('correction.target.member-field', words) });
  return quoted ? `“${target.label}”` : target.label;
}

const isOpenStatus = (status: CorrectieverzoekView['status']) => status === 'ontvangen' || status === 'in-behandeling' || status === 'extra-tijd';

/** Who wrote it: a helper's statement is "Ria namens Samira" for everyone, Samira too (never "Uw"). */
function verklaringBy({ author }: EigenVerklaringView, t: ReturnType<typeof useTranslation>['t']): string {
  if (author.byHelper && author.name) return t('correction.verklaring.byHelper', { helper: author.byHelper, name: author.name });
  return author.isMe ? t('correction.verklaring.mine') : t('correction.verklaring.of', { name: author.name ?? t('comments.someone') });
}

/** An eigen verklaring: the member's own words beside something they disagree with (A3). */
export function EigenVerklaring({ verklaring }: { verklaring: EigenVerklaringView }) {
  const { t, i18n } = useTranslation();
  return (
    <aside className="onsplan-verklaring" aria-label={t('correction.verklaring.label')}>
      <p className="onsplan-verklaring__title">
        <strong>{verklaringBy(verklaring, t)}</strong>{' '}
        <time dateTime={verklaring.createdAt} className="onsplan-comment__time">
          {formatDateTime(verklaring.createdAt, i18n.language)}
        </time>
      </p>
      <p className="onsplan-verklaring__body" dir="auto">
        {verklaring.body}
      </p>
      <p className="onsplan-meta">{t('correction.verklaring.note')}</p>
    </aside>
  );
}

/** One request with everything the member needs to know, and what they can do next. Professionals decide in the workspace. */
export function RequestCard({ request, familyName, onChanged }: { request: CorrectieverzoekView; familyName?: string; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const words = helperWords(useActing());
  const open = isOpenStatus(request.status);
  const refused = request.decision?.rightsNotice ?? false;
  return (
    <li className="onsplan-card" id={`verzoek-${request.id}`}>
      {familyName && <p className="onsplan-meta">{familyName}</p>}
      <p className="onsplan-card__title onsplan-focus-target" id={`verzoek-${request.id}-titel`} tabIndex={-1}>
        {t(`correction.kind.${request.kind}`)}
      </p>
      <p className="onsplan-status-line">
        <strong className={`onsplan-badge${refused ? ' onsplan-badge--warning' : request.status === 'toegekend' ? ' onsplan-badge--ok' : ''}`}>{t(`correction.status.${request.status}`)}</strong>
        {open && request.deadline.overdue && <strong className="onsplan-badge onsplan-badge--warning">{t('correction.late')}</strong>}
      </p>
      <dl className="onsplan-facts">
        <div>
          <dt>{t('correction.about')}</dt>
          <dd>{targetText(request.target, t, true, words)}</dd>
        </div>
        {request.proposedText && (
          <div>
            <dt>{t(request.kind === 'aanvullen' ? 'correction.addText' : 'correction.newText')}</dt>
            <dd dir="auto">{request.proposedText}</dd>
          </div>
        )}
        <div>
          <dt>{t('correction.reason')}</dt>
          <dd dir="auto">{request.reason}</dd>
        </div>
        <div>
          <dt>{t('correction.sentOn')}</dt>
          <dd>{formatDate(request.deadline.receivedOn, i18n.language)}</dd>
        </div>
      </dl>
      {open && (
        <Paragraph className={request.deadline.warning || request.deadline.overdue ? 'onsplan-deadline onsplan-deadline--warning' : 'onsplan-deadline'}>
          {deadlineWords(request.deadline, open, i18n.language, t, words)}
        </Paragraph>
      )}
      {request.extension && (
        <div className="onsplan-note">
          <p className="onsplan-notice__title">{open ? t('correction.extended', { date: formatDate(request.deadline.dueOn, i18n.language), ...words }) : t('correction.extendedPast')}</p>
          <p>{t('correction.extendedWhy', { reason: request.extension.reason })}</p>
        </div>
      )}
      {request.decision && (
        <div className={`onsplan-decision${refused ? ' onsplan-decision--refused' : ''}`}>
          <p className="onsplan-notice__title">
            <DutchBeside k={`correction.decided.${request.decision.status}`} options={(lng) => ({ date: formatDate(request.decision!.decidedAt, lng), ...words })} />
          </p>
          {request.decision.reasons && (
            <p>
              <strong>{t('correction.decisionReasons')}</strong> {request.decision.reasons}
            </p>
          )}
          {request.decision.removalGround && (
            <p>
              <DutchBeside k={`correction.removalGround.${request.decision.removalGround}`} />
            </p>
          )}
          {refused && <RefusalRights />}
        </div>
      )}
      {request.eigenVerklaringen.map((v) => (
        <EigenVerklaring key={v.id} verklaring={v} />
      ))}
      {request.mayAddEigenVerklaring && <EigenVerklaringForm familyId={request.familyId} requestId={request.id} onAdded={onChanged} />}
    </li>
  );
}

/** The rights after a refusal (A2): complain to the Autoriteit Persoonsgegevens, go to court, add an eigen verklaring. */
export function RefusalRights() {
  const words = helperWords(useActing());
  const options = () => words;
  return (
    <div className="onsplan-rights">
      <p className="onsplan-notice__title">
        <DutchBeside k="correction.refusal.title" options={options} />
      </p>
      <ul>
        <li>
          <DutchBeside k="correction.refusal.ap" options={options} />
        </li>
        <li>
          <DutchBeside k="correction.refusal.court" options={options} />
        </li>
        <li>
          <DutchBeside k="correction.refusal.statement" options={options} />
        </li>
      </ul>
    </div>
  );
}

function EigenVerklaringForm({ familyId, requestId, onAdded }: { familyId: string; requestId: string; onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const clientId = useRef(newClientId());
  const submit = useSubmit();
  const write = useWrite();
  const id = `verklaring-${requestId}`;

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('correction.verklaring.empty', words));
      return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    }
    setError(undefined);
    setDone('');
    let waiting = false;
    const ok = await submit.run(async () => {
      const path = paths.correctieverzoek(familyId, requestId, 'eigen-verklaringen');
      waiting = (await write({ what: 'eigen-verklaring', familyId, method: 'POST', path, clientId: clientId.current, body: { clientId: clientId.current, body: body.trim() } })).kind === 'waiting';
    });
    if (!ok) return;
    clientId.current = newClientId();
    setBody('');
    if (waiting) setDone(t('offline.saved'));
    await onAdded();
  }

  return (
    <form noValidate className="onsplan-form" onSubmit={(e) => void send(e)} aria-labelledby={`${id}-title`}>
      <p className="onsplan-notice__title" id={`${id}-title`}>
        {t('correction.verklaring.formTitle')}
      </p>
      <p>
        <Explained text={t('correction.verklaring.formIntro', words)} />
      </p>
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <TextArea id={`${id}-tekst`} label={t('correction.verklaring.bodyLabel', words)} error={error} value={body} maxLength={4000} onChange={(e) => setBody(e.target.value)} />
      <Button purpose="primary" type="submit" busy={submit.busy}>
        {submit.busy ? t('app.busy') : t('correction.verklaring.send')}
      </Button>
      <p role="status" className="onsplan-status onsplan-status--quiet">
        {done}
      </p>
    </form>
  );
}
