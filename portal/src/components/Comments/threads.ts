import type { CommentView } from '@onsplan/shared';

export interface Thread {
  root: CommentView;
  replies: CommentView[];
}

/**
 * Groups comments into threads, oldest first. A reply hangs under the first comment of its thread
 * (following replyTo upwards); a reply whose first comment is not shown to this person stands alone.
 */
export function threadsOf(comments: CommentView[]): Thread[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const rootOf = (c: CommentView): CommentView => {
    const seen = new Set<string>();
    let at = c;
    while (at.replyTo && byId.has(at.replyTo) && !seen.has(at.id)) {
      seen.add(at.id);
      at = byId.get(at.replyTo)!;
    }
    return at;
  };
  const threads = new Map<string, Thread>();
  for (const c of [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const root = rootOf(c);
    if (root === c) threads.set(c.id, { root: c, replies: threads.get(c.id)?.replies ?? [] });
    else {
      const thread = threads.get(root.id) ?? { root, replies: [] };
      thread.replies.push(c);
      threads.set(root.id, thread);
    }
  }
  // Oldest thread first, by its first comment.
  return [...threads.values()].sort((a, b) => a.root.createdAt.localeCompare(b.root.createdAt));
}
