import { Button } from '@nl-design-system-candidate/button-react';

export interface ConsentRequestStatusItem {
  id: string;
  organisation: string;
  purpose: string;
  /** Which data, already in words. */
  data: readonly string[];
  /** End day, already formatted. */
  until: string;
  /** "Gevraagd door Fatima Yılmaz op 24 november 2026". */
  asked: string;
  /** The state in words, and whether it is settled well, badly or still open. */
  status: { text: string; tone: 'open' | 'ok' | 'warning' };
  /** Per decider: "Samira: ja (door Ria namens Samira)". */
  answers: readonly string[];
  /** Offer withdrawing: only while open. */
  mayWithdraw: boolean;
}

export interface ConsentRequestStatusWords {
  heading: string;
  none: string;
  purpose: string;
  data: string;
  until: string;
  answers: string;
  withdraw: string;
  busy: string;
}

export interface ConsentRequestStatusProps {
  items: readonly ConsentRequestStatusItem[];
  words: ConsentRequestStatusWords;
  /** The id of the question being withdrawn now. */
  busyId?: string;
  onWithdraw: (id: string) => void;
}

const toneClass = { open: '', ok: ' onsplan-badge--ok', warning: ' onsplan-badge--warning' } as const;

/** The professional's questions for toestemming about one member, each with every decider's answer. */
export function ConsentRequestStatus({ items, words, busyId, onWithdraw }: ConsentRequestStatusProps) {
  return (
    <section aria-labelledby="vragen-toestemming-stand">
      <h3 id="vragen-toestemming-stand">{words.heading}</h3>
      {!items.length && <p>{words.none}</p>}
      {items.length > 0 && (
        <ul className="onsplan-cards">
          {items.map((item) => (
            <li key={item.id} className="onsplan-card" aria-labelledby={`vraag-stand-${item.id}`}>
              <p className="onsplan-card__title" id={`vraag-stand-${item.id}`}>
                {item.organisation} <strong className={`onsplan-badge${toneClass[item.status.tone]}`}>{item.status.text}</strong>
              </p>
              <p className="onsplan-meta">{item.asked}</p>
              <dl className="onsplan-facts">
                <div>
                  <dt>{words.purpose}</dt>
                  <dd>{item.purpose}</dd>
                </div>
                <div>
                  <dt>{words.data}</dt>
                  <dd>{item.data.join(', ')}</dd>
                </div>
                <div>
                  <dt>{words.until}</dt>
                  <dd>{item.until}</dd>
                </div>
                <div>
                  <dt>{words.answers}</dt>
                  <dd>
                    <ul>
                      {item.answers.map((a) => (
                        <li key={a}>{a}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              </dl>
              {item.mayWithdraw && (
                <Button purpose="secondary" hint="negative" type="button" busy={busyId === item.id} aria-describedby={`vraag-stand-${item.id}`} onClick={() => onWithdraw(item.id)}>
                  {busyId === item.id ? words.busy : words.withdraw}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
