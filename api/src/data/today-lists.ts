import { groupBy, newDocumentDays, type CommentView, type DocumentView } from '@onsplan/shared';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The threads whose last word is a member's (or a helper's for her): no professional answered after it.
 * Returns each thread's first comment with the time and text of the message that waits.
 */
export function unansweredThreads(comments: readonly CommentView[]): { root: CommentView; last: CommentView }[] {
  const threads = groupBy(comments, (c) => c.replyTo ?? c.id);
  const waiting: { root: CommentView; last: CommentView }[] = [];
  for (const [rootId, messages] of threads) {
    const root = messages.find((m) => m.id === rootId);
    // A reply whose first comment this viewer cannot see is no thread she can answer.
    if (!root) continue;
    // Comments come in written order, so on an equal time the later one is the last word.
    const last = messages.reduce((a, b) => (b.createdAt >= a.createdAt ? b : a));
    if (last.author.kind !== 'professional') waiting.push({ root, last });
  }
  return waiting.sort((a, b) => a.last.createdAt.localeCompare(b.last.createdAt));
}

/** Documents a member or a helper shared within the last `newDocumentDays` days before `now`. */
export function newMemberDocuments(documents: readonly DocumentView[], now: Date): DocumentView[] {
  const since = now.getTime() - newDocumentDays * dayMs;
  return documents
    .filter((d) => d.uploadedBy.kind !== 'professional' && Date.parse(d.createdAt) >= since)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
