import type { AfspraakView, AfsprakenOverview, NewVerplaatsverzoek } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newClientId } from '../api/client.ts';
import { holdWhileSessionEndOwed } from '../api/download.ts';
import { apiUrl, paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { PendingState } from '../app/Pending.tsx';
import { usePending, useWrite } from '../app/writes.ts';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { TextArea } from '../components/TextArea/TextArea.tsx';
import { selfMemberId, useFamily } from '../family/context.ts';
import { formatTime, formatWeekday, dutchDayOf } from '../format.ts';

/**
 * "Afspraken": the appointments this member takes part in (the API decides which, and strips a
 * place hidden from her). Each one can go into her phone's calendar as an `.ics` file, and she can
 * ask for another moment; that question goes through the outbox, so it also works offline.
 */
export function Afspraken() {
  const { t } = useTranslation();
  const context = useFamily();
  const familyId = context.family.id;
  const list = useApi<AfsprakenOverview>(paths.afspraken(familyId));
  return (
    <FamilyPage title={t('agenda.title')}>
      <Paragraph purpose="lead">{t('agenda.intro')}</Paragraph>
      <LoadState state={list.state} />
      {list.state.kind === 'ready' &&
        (list.state.data.afspraken.length ? (
          <ul className="onsplan-cards">
            {list.state.data.afspraken.map((a) => (
              <AfspraakCard key={a.id} familyId={familyId} afspraak={a} onChanged={list.reload} />
            ))}
          </ul>
        ) : (
          <Paragraph>{t('agenda.none')}</Paragraph>
        ))}
    </FamilyPage>
  );
}

/** On the plan, the member's next appointment (read from the local copy offline), with a link to all of them. */
export function NextAfspraakLine({ familyId }: { familyId: string }) {
  const { t, i18n } = useTranslation();
  const list = useApi<AfsprakenOverview>(paths.afspraken(familyId));
  if (list.state.kind !== 'ready') return null;
  const now = Date.now();
  const next = list.state.data.afspraken.filter((a) => Date.parse(a.end) > now).sort((a, b) => a.start.localeCompare(b.start))[0];
  if (!next) return null;
  return (
    <div className="onsplan-notice">
      <p className="onsplan-notice__title">{t('agenda.next', { what: next.title })}</p>
      <p>{whenText(next, i18n.language, t)}</p>
      <Link replace className="nl-link" to={`/plan/${familyId}/afspraken`}>
        {t('agenda.nextLink')}
      </Link>
    </div>
  );
}

/** "Dinsdag 1 december 2026, 10:00 tot 11:00", in Dutch time. */
export function whenText(a: Pick<AfspraakView, 'start' | 'end'>, lng: string, t: (key: string, options: Record<string, string>) => string): string {
  return t('agenda.when', { day: formatWeekday(dutchDayOf(new Date(a.start)), lng), from: formatTime(a.start, lng), to: formatTime(a.end, lng) });
}

function AfspraakCard({ familyId, afspraak: a, onChanged }: { familyId: string; afspraak: AfspraakView; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const headingId = `afspraak-${a.id}`;
  const pending = usePending((p) => p.what === 'verplaatsverzoek' && p.url === paths.afspraak(familyId, a.id, 'verplaatsverzoeken'));
  const self = selfMemberId(useFamily());
  const professionals = [a.plannedBy, ...a.professionals].map((p) => t('agenda.professional', { name: p.name.split(' ')[0]! }));
  const people = [...professionals, ...a.members.filter((m) => m.memberId !== self).map((m) => m.firstName)];
  return (
    <li className="onsplan-card" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} className="onsplan-card__title">
        {a.title}
      </Heading>
      <p>{whenText(a, i18n.language, t)}</p>
      <Place afspraak={a} />
      <p>{t('agenda.with', { names: people.filter((n, i, all) => all.indexOf(n) === i).join(', ') })}</p>
      {a.note && <p>{a.note}</p>}
      <p>
        <a className="nl-button nl-button--secondary onsplan-link-button" href={apiUrl(paths.afspraak(familyId, a.id, 'ics'))} download onClick={holdWhileSessionEndOwed}>
          {t('agenda.addToCalendar')}
        </a>
      </p>
      {a.verplaatsverzoeken.map((v) => (
        <div key={v.id} className="onsplan-notice">
          <p className="onsplan-notice__title">{t('agenda.asked')}</p>
          <p>{t('agenda.yourReason', { reason: v.reason })}</p>
          {v.answer ? (
            <>
              <p>{t(v.answer.kind === 'nieuw-moment' ? 'agenda.answerNewTime' : 'agenda.answerNo', { name: v.answer.answeredBy.split(' ')[0] ?? '' })}</p>
              <p>{v.answer.message}</p>
            </>
          ) : (
            <p>{t('agenda.waitingForAnswer')}</p>
          )}
        </div>
      ))}
      {pending.map((p) => (
        <p key={p.clientId} className="onsplan-status-line">
          <PendingState item={p} />
        </p>
      ))}
      {a.mayAskToMove && pending.length === 0 && <AskToMove familyId={familyId} afspraak={a} onSent={onChanged} />}
    </li>
  );
}

function Place({ afspraak: a }: { afspraak: AfspraakView }) {
  const { t } = useTranslation();
  if (!a.place) return <p>{t('agenda.placeHidden')}</p>;
  const { kind, value } = a.place;
  if (kind === 'video') {
    return (
      <p>
        {t('agenda.place.video')}{' '}
        <a className="nl-link" href={value} rel="noreferrer noopener" target="_blank">
          {t('agenda.videoLink')}
        </a>
      </p>
    );
  }
  if (kind === 'telefoon') {
    return (
      <p>
        {t('agenda.place.telefoon')}{' '}
        <a className="nl-link" href={`tel:${value.replace(/[^\d+]/g, '')}`}>
          {value}
        </a>
      </p>
    );
  }
  return <p>{t('agenda.place.adres', { address: value })}</p>;
}

/** "Ik kan niet, kan het op een ander moment?": a short reason, written through the outbox. */
function AskToMove({ familyId, afspraak: a, onSent }: { familyId: string; afspraak: AfspraakView; onSent: () => Promise<void> }) {
  const { t } = useTranslation();
  const write = useWrite();
  const submit = useSubmit();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const clientId = useRef(newClientId());
  const field = `reden-${a.id}`;

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('agenda.reasonMissing'));
      document.getElementById(field)?.focus();
      return;
    }
    setError(undefined);
    let waiting = false;
    const body: NewVerplaatsverzoek = { clientId: clientId.current, reason: reason.trim() };
    const ok = await submit.run(async () => {
      waiting = (await write({ what: 'verplaatsverzoek', familyId, method: 'POST', path: paths.afspraak(familyId, a.id, 'verplaatsverzoeken'), clientId: clientId.current, body })).kind === 'waiting';
    });
    if (!ok) return;
    setDone(t(waiting ? 'offline.saved' : 'agenda.sent'));
    setOpen(false);
    setReason('');
    clientId.current = newClientId();
    await onSent();
  }

  if (!open) {
    return (
      <>
        {done && (
          <p role="status" className="onsplan-status-line">
            {done}
          </p>
        )}
        <Button purpose="secondary" type="button" aria-expanded={false} aria-controls={`${field}-form`} onClick={() => setOpen(true)}>
          {t('agenda.cannot')}
        </Button>
      </>
    );
  }
  return (
    <form id={`${field}-form`} noValidate onSubmit={(e) => void send(e)}>
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <TextArea id={field} label={t('agenda.reasonLabel')} hint={t('agenda.reasonHint')} error={error} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      <div className="onsplan-actions">
        <Button purpose="primary" type="submit" aria-disabled={submit.busy || undefined}>
          {submit.busy ? t('app.busy') : t('agenda.send')}
        </Button>
        <Button purpose="subtle" type="button" onClick={() => setOpen(false)}>
          {t('agenda.cancel')}
        </Button>
      </div>
    </form>
  );
}
