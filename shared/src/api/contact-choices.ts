import type { NewContactThread } from './contact-messages.ts';

/** The choices of contact with the professionals (asking for help, "bel mij terug", a message), and the one check of a new thread. */

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
