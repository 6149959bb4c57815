import type { CommentAuthorView } from './comments.ts';

/** Wire types for contact with the professionals: asking for help, "bel mij terug", a message. */

/** What a member starts: a question for help, a call back, or a short message. */
export const contactKinds = ['hulp', 'terugbellen', 'bericht'] as const;
export type ContactKind = (typeof contactKinds)[number];

/** "Ik wil hulp bij …": the B1 choices. */
export const helpTopics = ['opvoeding', 'geld', 'huis', 'veiligheid', 'iets-anders'] as const;
export type HelpTopic = (typeof helpTopics)[number];

/** When she would like to be called back. */
export const callMoments = ['ochtend', 'middag', 'avond', 'maakt-niet-uit'] as const;
export type CallMoment = (typeof callMoments)[number];

/** The longest text in one contact message: a short message, not a letter. */
export const contactBodyMaxLength = 2000;

export interface NewContactThread {
  /** Made by the client (the outbox); the same id sent twice stores one thread. */
  clientId: string;
  kind: ContactKind;
  /** Required for `hulp`. */
  topic?: HelpTopic;
  /** Required for `terugbellen`. */
  callMoment?: CallMoment;
  /** Her own words: required for `bericht` and for help with `iets-anders`, optional otherwise. */
  body?: string;
}

export interface NewContactAnswer {
  clientId: string;
  body: string;
}

export interface ContactMessageView {
  id: string;
  author: CommentAuthorView;
  body: string | null;
  createdAt: string;
  /** Written by someone else (for a professional: by the family) after this person last looked. */
  isNew: boolean;
}

/** `open`: nobody of the professionals answered yet; `beantwoord`: answered; `afgehandeld`: marked done by a professional. */
export type ContactThreadStatus = 'open' | 'beantwoord' | 'afgehandeld';

export interface ContactThreadView {
  id: string;
  kind: ContactKind;
  topic: HelpTopic | null;
  callMoment: CallMoment | null;
  status: ContactThreadStatus;
  createdAt: string;
  /** First name of the member the thread is with, when this viewer may see who (professionals). */
  memberName?: string;
  /** Her phone number, for a professional who may read it (to call her back). */
  memberPhone?: string;
  messages: ContactMessageView[];
  /** May this viewer answer in this thread? */
  mayAnswer: boolean;
  /** May this viewer mark it done (a professional)? */
  mayClose: boolean;
  /** How many of its messages are new for this person (see `ContactMessageView.isNew`). */
  newMessages: number;
}

export interface ContactThreadList {
  threads: ContactThreadView[];
  /** May this viewer start a thread (a member, or a helper with "reageren")? */
  mayStart: boolean;
  /** Until when this person read the family's threads; marking them read needs the server. */
  seenUntil: string | null;
}

/** "Gelezen": this person read the family's threads up to this moment (the newest message shown). */
export interface ContactSeen {
  until: string;
}

/** "Berichten" in the workspace: open threads of all her families, oldest first. */
export interface ContactInbox {
  threads: (ContactThreadView & { familyId: string; familyName: string })[];
}

/**
 * The fields of a new thread that are missing or do not fit, in the order of the form; empty when
 * it can be sent. One check for the portal (before it goes to the outbox) and the API.
 */
export function contactThreadProblems(input: Omit<NewContactThread, 'clientId'>): ('topic' | 'callMoment' | 'body')[] {
  const problems: ('topic' | 'callMoment' | 'body')[] = [];
  const words = input.body?.trim() ?? '';
  if (input.kind === 'hulp' && !input.topic) problems.push('topic');
  if (input.kind !== 'hulp' && input.topic !== undefined) problems.push('topic');
  if (input.kind === 'terugbellen' && !input.callMoment) problems.push('callMoment');
  if (input.kind !== 'terugbellen' && input.callMoment !== undefined) problems.push('callMoment');
  const wordsNeeded = input.kind === 'bericht' || (input.kind === 'hulp' && input.topic === 'iets-anders');
  if ((wordsNeeded && !words) || words.length > contactBodyMaxLength) problems.push('body');
  return problems;
}
