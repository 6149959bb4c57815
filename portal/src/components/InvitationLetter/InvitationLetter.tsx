import './InvitationLetter.css';

/** Every sentence of the letter, in B1 from the member's words: the component knows no language. */
export interface InvitationLetterWords {
  title: string;
  greeting: string;
  what: string;
  goTo: string;
  enterCode: string;
  validUntil: string;
  once: string;
  passkey: string;
  secret: string;
  questions: string;
}

export interface InvitationLetterProps {
  words: InvitationLetterWords;
  address: string;
  code: string;
}

/**
 * The letter a professional prints for a member: what Ons Plan is, where to go, the code, until when
 * it works and whom to call. On the screen it is the preview; printed, it is the only thing on the page.
 */
export function InvitationLetter({ words, address, code }: InvitationLetterProps) {
  return (
    <article className="onsplan-letter" aria-labelledby="brief-titel">
      <h2 id="brief-titel" className="onsplan-letter__title">
        {words.title}
      </h2>
      <p>{words.greeting}</p>
      <p>{words.what}</p>
      <p>{words.goTo}</p>
      <p className="onsplan-letter__address">{address}</p>
      <p>{words.enterCode}</p>
      <p className="onsplan-letter__code">{code}</p>
      <p>
        <strong>{words.validUntil}</strong> {words.once}
      </p>
      <p>{words.passkey}</p>
      <p>{words.secret}</p>
      <p>{words.questions}</p>
    </article>
  );
}
