import { commentEnvelope, replyEnvelope, type Envelope } from './written.ts';

/** Nothing to hang on: a contact thread is about no plan item, only about its writer. */
const aboutNothing: Envelope = {
  audience: 'professionals',
  audienceMembers: [],
  subjects: [],
  authorMemberId: null,
  shieldedFrom: [],
  sharedAcrossContactverbod: false,
  generalInfo: false,
  fieldShields: {},
};

/**
 * The envelope of the first message of a contact thread (a question for help, "bel mij terug", a
 * message): a comment only for the professionals, the writer's own words about herself. So only the
 * professionals and the writer (and her helper, through her lens) read it, as with a comment
 * "alleen voor de hulpverleners".
 */
export function contactMessageEnvelope(writer: string): Envelope {
  return commentEnvelope(aboutNothing, writer, new Set(), 'alleen-professionals');
}

/**
 * The envelope of an answer in a contact thread: a reply to its first message, so it goes to the
 * professionals and to whoever started the thread, and hangs on that first message. `replier` is
 * null for a professional.
 */
export function contactAnswerEnvelope(first: Parameters<typeof replyEnvelope>[0], replier: string | null): Envelope {
  return replyEnvelope(first, replier, new Set());
}
