import { commentEnvelope, nobody, replyEnvelope, type Envelope } from './written.ts';

/**
 * The envelope of the first message of a contact thread (a question for help, "bel mij terug", a
 * message): a comment only for the professionals, the writer's own words about herself. So only the
 * professionals and the writer (and her helper, through her lens) read it, as with a comment
 * "alleen voor de hulpverleners".
 */
export function contactMessageEnvelope(writer: string): Envelope {
  // A contact thread hangs on nothing: it is about its writer only.
  return commentEnvelope(nobody, writer, new Set(), 'alleen-professionals');
}

/**
 * The envelope of an answer in a contact thread: a reply to its first message, so it goes to the
 * professionals and to whoever started the thread, and hangs on that first message. `replier` is
 * null for a professional.
 */
export function contactAnswerEnvelope(first: Parameters<typeof replyEnvelope>[0], replier: string | null): Envelope {
  return replyEnvelope(first, replier, new Set());
}
