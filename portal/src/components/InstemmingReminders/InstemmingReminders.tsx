import { Button } from '@nl-design-system-candidate/button-react';
import { useState } from 'react';

export interface InstemmingRemindersWords {
  title: string;
  intro: string;
  button: string;
  busy: string;
  allAnswered: string;
  notReminded: string;
  remindedOn: (date: string) => string;
  sentTo: (names: string) => string;
}

export interface OpenDecider {
  memberId: string;
  name: string;
  /** The latest reminder on this version, if any. */
  remindedAt?: string;
}

export type RemindOutcome = { ok: true; names: string[] } | { ok: false; message: string };

export interface InstemmingRemindersProps {
  words: InstemmingRemindersWords;
  /** Who still has to answer this version (each decider once). */
  open: readonly OpenDecider[];
  formatDay: (iso: string) => string;
  /** Only on the current version: an older one cannot be answered any more. */
  canRemind: boolean;
  onRemind: () => Promise<RemindOutcome>;
}

/**
 * "Herinnering sturen" on the instemming overview: who has not answered, when each was last
 * reminded, and one button for all of them. The server sends at most one a member a day and says so.
 */
export function InstemmingReminders({ words, open, formatDay, canRemind, onRemind }: InstemmingRemindersProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RemindOutcome>();

  async function remind() {
    if (busy) return;
    setBusy(true);
    try {
      setOutcome(await onRemind());
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="herinneren-titel" className="onsplan-reminders">
      <h2 id="herinneren-titel">{words.title}</h2>
      {open.length === 0 ? (
        <p>{words.allAnswered}</p>
      ) : (
        <>
          <p>{words.intro}</p>
          <ul className="onsplan-list">
            {open.map((d) => (
              <li key={d.memberId}>
                {d.name}: <span className="onsplan-meta">{d.remindedAt ? words.remindedOn(formatDay(d.remindedAt)) : words.notReminded}</span>
              </li>
            ))}
          </ul>
          {canRemind && (
            <Button purpose="secondary" type="button" busy={busy} onClick={() => void remind()}>
              {busy ? words.busy : words.button}
            </Button>
          )}
        </>
      )}
      {outcome && (
        <p role="status" className={outcome.ok ? 'onsplan-work-done' : 'onsplan-field__error'}>
          {outcome.ok ? words.sentTo(outcome.names.join(', ')) : outcome.message}
        </p>
      )}
    </section>
  );
}
