import { markGlossarySection, type NewToestemming, type ToestemmingDecisionView, type ToestemmingOverview, type ToestemmingStateView, type ToestemmingSubjectView } from '@onsplan/shared';
import { helperWords, useActing } from '../family/acting-context.ts';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExplainedSegments } from '../components/Glossary/Explained.tsx';
import { ApiProblem, newClientId } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { PendingState } from '../app/Pending.tsx';
import { usePending, useWrite } from '../app/writes.ts';
import { Choice } from '../components/Choice/Choice.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { DutchBeside } from '../components/DutchBeside/DutchBeside.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { selfMemberId, useFamily } from '../family/context.ts';
import { dutchDayOf, formatDate, formatDateTime } from '../format.ts';
import { focusFirstInvalid } from '../components/form-focus.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { ConsentRequests } from './ConsentRequests.tsx';

type RecipientKind = 'organisatie' | 'professional' | 'gezinslid';

/** Toestemming: consent to share a member's data with a named recipient, for a purpose, until a date (not instemming, B4). */
export function Toestemming() {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const context = useFamily();
  const overview = useApi<ToestemmingOverview>(paths.toestemmingen(context.family.id));

  if (overview.state.kind !== 'ready') {
    return (
      <FamilyPage title={t('toestemming.title')}>
        <LoadState state={overview.state} />
      </FamilyPage>
    );
  }
  const { subjects, toestemmingen } = overview.state.data;
  const deciding = subjects.filter((s) => s.mayDecide);
  const whose = [...new Set([...subjects.map((s) => s.memberId), ...toestemmingen.map((s) => s.subject.memberId)])];
  const nameOf = (id: string) => subjects.find((s) => s.memberId === id)?.firstName ?? toestemmingen.find((s) => s.subject.memberId === id)?.subject.firstName ?? '';
  // The introduction is one section: each word is explained once, where it first appears.
  const [intro, revokeAnyTime, notInstemming] = markGlossarySection([t('toestemming.intro'), t('toestemming.revokeAnyTime'), t('toestemming.notInstemming')]);

  return (
    <FamilyPage title={t('toestemming.title')}>
      <Paragraph purpose="lead">
        <ExplainedSegments segments={intro!} />
      </Paragraph>
      <Paragraph>
        <ExplainedSegments segments={revokeAnyTime!} />
      </Paragraph>
      <Paragraph>
        <ExplainedSegments segments={notInstemming!} />
      </Paragraph>
      <ConsentRequests onAnswered={overview.reload} />
      {deciding.length > 0 && <DecideForm subjects={deciding} onDecided={overview.reload} />}
      <Heading level={2}>{t('toestemming.listTitle')}</Heading>
      {!toestemmingen.length && <Paragraph>{t('toestemming.none')}</Paragraph>}
      {whose.map((memberId) => {
        const states = toestemmingen.filter((s) => s.subject.memberId === memberId);
        const subject = subjects.find((s) => s.memberId === memberId);
        if (!states.length) return null;
        return (
          <section key={memberId} aria-labelledby={`gegevens-${memberId}`} className="onsplan-block">
            <Heading level={3} id={`gegevens-${memberId}`}>
              {memberId === selfMemberId(context) ? t('toestemming.yourData', words) : t('toestemming.dataOf', { name: nameOf(memberId) })}
            </Heading>
            {subject && subject.deciders.length > 0 && (
              <Paragraph className="onsplan-meta">{t('toestemming.whoDecides', { count: subject.deciders.length, names: subject.deciders.map((d) => (d.memberId === selfMemberId(context) ? t('toestemming.you', words) : d.firstName)).join(', ') })}</Paragraph>
            )}
            <ul className="onsplan-cards">
              {states.map((state) => (
                <StateCard key={`${state.recipient.kind}-${state.recipient.memberId ?? state.recipient.name}`} state={state} mayDecide={!!subject?.mayDecide} onChanged={overview.reload} />
              ))}
            </ul>
          </section>
        );
      })}
    </FamilyPage>
  );
}

function statusBadge(status: ToestemmingStateView['status']): string {
  return status === 'compleet' ? ' onsplan-badge--ok' : status === 'onvolledig' || status === 'onbekend' ? '' : ' onsplan-badge--warning';
}

/** One toestemming with its history; `historyOpen` for print, where a closed details element prints empty. */
export function StateCard({ state, mayDecide, onChanged, historyOpen }: { state: ToestemmingStateView; mayDecide: boolean; onChanged: () => Promise<void>; historyOpen?: boolean }) {
  const { t, i18n } = useTranslation();
  const acting = useActing();
  const context = useFamily();
  const me = selfMemberId(context);
  const submit = useSubmit();
  const write = useWrite();
  const clientId = useRef(newClientId());
  const mine = state.deciders.find((d) => d.memberId === me)?.decision;
  const latest = state.history[0];
  const revokePath = latest ? paths.revokeToestemming(context.family.id, latest.id) : undefined;
  // Taken back on this phone, not yet confirmed by the server.
  const [revoking] = usePending((p) => p.what === 'toestemming-intrekken' && p.url === revokePath);

  async function revoke() {
    if (!latest || !revokePath) return;
    const ok = await submit.run(async () => {
      await write({ what: 'toestemming-intrekken', familyId: context.family.id, method: 'POST', path: revokePath, clientId: clientId.current, body: { clientId: clientId.current } });
    });
    if (!ok) return;
    clientId.current = newClientId();
    await onChanged();
  }

  return (
    <li className="onsplan-card">
      <p className="onsplan-card__title">
        {t('toestemming.to', { name: state.recipient.name })} <span className="onsplan-meta">({t(`toestemming.recipientKind.${state.recipient.kind}`)})</span>
      </p>
      <p className="onsplan-status-line">
        <strong className={`onsplan-badge${statusBadge(state.status)}`}>{t(`toestemming.status.${state.status}`)}</strong>
      </p>
      <dl className="onsplan-facts">
        <div>
          <dt>{t('toestemming.purpose')}</dt>
          <dd>{state.purpose}</dd>
        </div>
        {state.validUntil && (
          <div>
            <dt>{t('toestemming.until')}</dt>
            <dd>{formatDate(state.validUntil, i18n.language)}</dd>
          </div>
        )}
        {state.deciders.map((d) => (
          <div key={d.memberId}>
            <dt>{d.memberId === me && !acting ? t('comments.you') : d.firstName}</dt>
            <dd>{d.decision ? t(`toestemming.decision.${d.decision.decision}`) : t('toestemming.notYet')}</dd>
          </div>
        ))}
      </dl>
      <details className="onsplan-details" open={historyOpen}>
        <summary>{t('toestemming.history', { count: state.history.length })}</summary>
        <ol className="onsplan-log">
          {state.history.map((h) => (
            <HistoryEntry key={h.id} decision={h} />
          ))}
        </ol>
      </details>
      {revoking && (
        <p className="onsplan-status-line">
          {t('offline.what.toestemming-intrekken')}: <PendingState item={revoking} />
        </p>
      )}
      {mayDecide && mine?.decision === 'gegeven' && !revoking && (
        <div className="onsplan-decide">
          {submit.problem && <ProblemMessage messageKey={submit.problem} />}
          <Button purpose="secondary" hint="negative" type="button" busy={submit.busy} onClick={() => void revoke()}>
            {submit.busy ? t('app.busy') : t('toestemming.revoke')}
          </Button>
        </div>
      )}
    </li>
  );
}

function HistoryEntry({ decision }: { decision: ToestemmingDecisionView }) {
  const { t, i18n } = useTranslation();
  const words = helperWords(useActing());
  // A helper's choice is "Ria namens Samira" for everyone, Samira too: never "U" for what Ria did.
  const by =
    decision.by.kind === 'helper' && decision.by.name
      ? t('comments.helperFor', { name: decision.by.name, member: decision.by.onBehalfOf ?? '' })
      : decision.by.isMe
        ? t('comments.you', words)
        : (decision.by.name ?? t('comments.someone'));
  return (
    <li className="onsplan-log__entry">
      <p className="onsplan-log__when">
        <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt, i18n.language)}</time>
      </p>
      <p className="onsplan-history__line">
        {t('toestemming.historyLine', { who: by, decision: t(`toestemming.decision.${decision.decision}`).toLowerCase() })}
        {decision.validUntil && ` ${t('toestemming.historyUntil', { date: formatDate(decision.validUntil, i18n.language) })}`}
      </p>
      <p className="onsplan-meta">{t('toestemming.historyPurpose', { purpose: decision.purpose })}</p>
    </li>
  );
}

interface Draft {
  subject?: string;
  recipientKind?: RecipientKind;
  recipientName: string;
  recipientMember?: string;
  purpose: string;
  decision?: 'gegeven' | 'geweigerd';
  validUntil: string;
}

type DraftErrors = Partial<Record<'subject' | 'recipientKind' | 'recipientName' | 'recipientMember' | 'purpose' | 'decision' | 'validUntil', string>>;

/** A new decision: whose data, to whom, why, yes or no, and until when. */
function DecideForm({ subjects, onDecided }: { subjects: ToestemmingSubjectView[]; onDecided: () => Promise<void> }) {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const context = useFamily();
  const me = selfMemberId(context);
  const [draft, setDraft] = useState<Draft>({ subject: subjects.length === 1 ? subjects[0]!.memberId : undefined, recipientName: '', purpose: '', validUntil: '' });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [done, setDone] = useState('');
  const clientId = useRef(newClientId());
  const submit = useSubmit();
  const write = useWrite();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const today = dutchDayOf(new Date());
  const subject = subjects.find((s) => s.memberId === draft.subject);
  // A family member as recipient only from 16: before that the parents with gezag already see it.
  const kinds: RecipientKind[] = subject && (subject.band === '16-17' || subject.band === 'volwassen') ? ['organisatie', 'professional', 'gezinslid'] : ['organisatie', 'professional'];
  const members = context.family.members.filter((m) => m.id !== draft.subject);

  function check(): DraftErrors {
    const found: DraftErrors = {};
    if (!draft.subject) found.subject = t('toestemming.error.subject');
    if (!draft.recipientKind) found.recipientKind = t('toestemming.error.recipientKind');
    if (draft.recipientKind && draft.recipientKind !== 'gezinslid' && !draft.recipientName.trim()) found.recipientName = t('toestemming.error.recipientName');
    if (draft.recipientKind === 'gezinslid' && !draft.recipientMember) found.recipientMember = t('toestemming.error.recipientMember');
    if (!draft.purpose.trim()) found.purpose = t('toestemming.error.purpose');
    if (!draft.decision) found.decision = t('toestemming.error.decision');
    if (draft.decision === 'gegeven' && !(draft.validUntil > today)) found.validUntil = t('toestemming.error.validUntil');
    return found;
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    const body: NewToestemming = {
      clientId: clientId.current,
      subjectMemberId: draft.subject!,
      recipient: draft.recipientKind === 'gezinslid' ? { kind: 'gezinslid', memberId: draft.recipientMember! } : { kind: draft.recipientKind!, name: draft.recipientName.trim() },
      purpose: draft.purpose.trim(),
      decision: draft.decision!,
      ...(draft.decision === 'gegeven' ? { validUntil: draft.validUntil } : {}),
    };
    let waiting = false;
    const ok = await submit.run(async () => {
      try {
        waiting = (await write({ what: 'toestemming', familyId: context.family.id, method: 'POST', path: paths.toestemmingen(context.family.id), clientId: clientId.current, body })).kind === 'waiting';
      } catch (error) {
        if (error instanceof ApiProblem && error.fields.includes('validUntil')) setErrors({ validUntil: t('toestemming.error.validUntil') });
        throw error;
      }
    });
    if (!ok) return;
    clientId.current = newClientId();
    setDraft({ subject: draft.subject, recipientName: '', purpose: '', validUntil: '' });
    setDone(t(waiting ? 'offline.saved' : body.decision === 'gegeven' ? 'toestemming.given' : 'toestemming.refused'));
    await onDecided();
  }

  return (
    <form noValidate className="onsplan-form onsplan-card" onSubmit={(e) => void send(e)} aria-labelledby="toestemming-nieuw">
      <Heading level={2} id="toestemming-nieuw">
        {t('toestemming.newTitle')}
      </Heading>
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      {subjects.length > 1 && (
        <Choice
          name="toestemming-wie"
          legend={t('toestemming.subjectLegend')}
          error={errors.subject}
          value={draft.subject}
          onChange={(subject) => set({ subject, recipientKind: undefined, recipientMember: undefined })}
          options={subjects.map((s) => ({ value: s.memberId, label: s.memberId === me ? t('toestemming.yourData', words) : t('toestemming.dataOf', { name: s.firstName }) }))}
        />
      )}
      <Choice
        name="toestemming-aan"
        legend={t('toestemming.recipientLegend')}
        error={errors.recipientKind}
        value={draft.recipientKind}
        onChange={(recipientKind) => set({ recipientKind })}
        options={kinds.map((k) => ({ value: k, label: t(`toestemming.recipientKind.${k}`) }))}
      />
      {draft.recipientKind === 'gezinslid' ? (
        <Choice
          name="toestemming-lid"
          legend={t('toestemming.memberLegend')}
          error={errors.recipientMember}
          value={draft.recipientMember}
          onChange={(recipientMember) => set({ recipientMember })}
          options={members.map((m) => ({ value: m.id, label: m.firstName }))}
        />
      ) : draft.recipientKind ? (
        <TextField id="toestemming-naam" label={t(`toestemming.nameLabel.${draft.recipientKind}`)} hint={t('toestemming.nameHint')} error={errors.recipientName} value={draft.recipientName} maxLength={200} onChange={(e) => set({ recipientName: e.target.value })} />
      ) : null}
      <TextField id="toestemming-doel" label={t('toestemming.purposeLabel')} hint={t('toestemming.purposeHint')} error={errors.purpose} value={draft.purpose} maxLength={500} onChange={(e) => set({ purpose: e.target.value })} />
      <Choice
        name="toestemming-keuze"
        legend={t('toestemming.decisionLegend')}
        error={errors.decision}
        value={draft.decision}
        onChange={(decision) => set({ decision })}
        options={[
          { value: 'gegeven', label: <DutchBeside k="toestemming.give" /> },
          { value: 'geweigerd', label: <DutchBeside k="toestemming.refuse" /> },
        ]}
      />
      {draft.decision === 'gegeven' && (
        <TextField id="toestemming-tot" type="date" label={t('toestemming.untilLabel')} hint={t('toestemming.untilHint')} error={errors.validUntil} min={today} value={draft.validUntil} onChange={(e) => set({ validUntil: e.target.value })} />
      )}
      <Button purpose="primary" type="submit" busy={submit.busy}>
        {submit.busy ? t('app.busy') : t('toestemming.send')}
      </Button>
      <p role="status" className="onsplan-status">
        {done}
      </p>
    </form>
  );
}
