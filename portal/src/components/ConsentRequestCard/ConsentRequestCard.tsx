import { Button } from '@nl-design-system-candidate/button-react';
import type { RequestAnswer } from '@onsplan/shared';
import type { ReactNode } from 'react';

/** The words of the card, from the caller's namespace (member screens: B1). */
export interface ConsentRequestCardWords {
  /** "Fatima vraagt uw toestemming", with the name already filled in (on a translated screen with its Dutch beside it). */
  title: ReactNode;
  /** "Het gaat over de gegevens van Daan", for a child's data; absent for one's own. */
  whose?: ReactNode;
  organisation: string;
  purpose: string;
  data: string;
  until: string;
  note: string;
  yes: string;
  no: string;
  busy: string;
  /** Said once answered: "U zei: ja, dat mag." */
  answered?: string;
  /** Said when the professional took the question back. */
  withdrawn?: string;
  /** Why the buttons are not there, for a helper who may only read. */
  readOnly?: string;
}

export interface ConsentRequestCardProps {
  id: string;
  organisation: string;
  purpose: string;
  /** Which data, already in words. */
  data: readonly string[];
  /** The end day, already formatted. */
  until: string;
  note?: string;
  words: ConsentRequestCardWords;
  /** Offer the two buttons; false once answered, withdrawn, or for someone who only reads. */
  mayAnswer: boolean;
  busy?: boolean;
  onAnswer: (answer: RequestAnswer) => void;
}

/**
 * A professional's question for toestemming as a member sees it: who asks, for which organisation,
 * why, which data and until when, with two plain answers. Data, words and callbacks come from the
 * caller, so the card holds no rule and fetches nothing.
 */
export function ConsentRequestCard({ id, organisation, purpose, data, until, note, words, mayAnswer, busy = false, onAnswer }: ConsentRequestCardProps) {
  const titleId = `vraag-${id}`;
  return (
    <li className="onsplan-card onsplan-consent-request" aria-labelledby={titleId}>
      <h3 className="onsplan-card__title" id={titleId}>
        {words.title}
      </h3>
      {words.whose && <p>{words.whose}</p>}
      <dl className="onsplan-facts">
        <div>
          <dt>{words.organisation}</dt>
          <dd>{organisation}</dd>
        </div>
        <div>
          <dt>{words.purpose}</dt>
          <dd>{purpose}</dd>
        </div>
        <div>
          <dt>{words.data}</dt>
          <dd>{data.join(', ')}</dd>
        </div>
        <div>
          <dt>{words.until}</dt>
          <dd>{until}</dd>
        </div>
        {note && (
          <div>
            <dt>{words.note}</dt>
            <dd>{note}</dd>
          </div>
        )}
      </dl>
      {words.withdrawn && <p className="onsplan-status-line">{words.withdrawn}</p>}
      {words.answered && (
        <p className="onsplan-status-line">
          <strong className="onsplan-badge">{words.answered}</strong>
        </p>
      )}
      {words.readOnly && <p className="onsplan-meta">{words.readOnly}</p>}
      {mayAnswer && (
        <div className="onsplan-actions">
          <Button purpose="primary" type="button" busy={busy} aria-describedby={titleId} onClick={() => onAnswer('ja')}>
            {busy ? words.busy : words.yes}
          </Button>
          <Button purpose="secondary" type="button" busy={busy} aria-describedby={titleId} onClick={() => onAnswer('nee')}>
            {busy ? words.busy : words.no}
          </Button>
        </div>
      )}
    </li>
  );
}
