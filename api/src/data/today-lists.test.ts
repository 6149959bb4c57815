import type { CommentView, DocumentView } from '@onsplan/shared';
import { describe, expect, it } from 'vitest';
import { newMemberDocuments, unansweredThreads } from './today-lists.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute)).toISOString();
function comment(id: string, kind: CommentView['author']['kind'], minute: number, replyTo: string | null = null): CommentView {
  return { id, itemKey: null, replyTo, versionNumber: 1, author: { kind, isMe: false }, body: id, createdAt: at(minute), audience: 'alleen-professionals', isNew: false, readers: { everyone: false, names: [] } as unknown as CommentView['readers'] };
}

describe('unanswered threads', () => {
  it("waits on a thread whose last word is a member's or a helper's, not on one a professional answered last", () => {
    const comments = [
      comment('a', 'member', 0),
      comment('b', 'member', 1),
      comment('b1', 'professional', 2, 'b'),
      comment('c', 'member', 3),
      comment('c1', 'professional', 4, 'c'),
      comment('c2', 'helper', 5, 'c'),
    ];
    expect(unansweredThreads(comments).map((w) => [w.root.id, w.last.id])).toEqual([
      ['a', 'a'],
      ['c', 'c2'],
    ]);
  });

  it('on an equal time the later written comment is the last word', () => {
    expect(unansweredThreads([comment('a', 'member', 0), comment('a1', 'professional', 0, 'a')])).toEqual([]);
    expect(unansweredThreads([comment('a', 'member', 0), comment('a1', 'professional', 0, 'a'), comment('a2', 'member', 0, 'a')]).map((w) => w.last.id)).toEqual(['a2']);
  });

  it('leaves out replies whose first comment this viewer does not see', () => {
    expect(unansweredThreads([comment('x1', 'member', 0, 'x')])).toEqual([]);
  });
});

describe('new documents', () => {
  const doc = (id: string, kind: DocumentView['uploadedBy']['kind'], createdAt: string) => ({ id, createdAt, uploadedBy: { kind, isMe: false } }) as DocumentView;
  const now = new Date('2026-11-24T10:00:00.000Z');
  it('are those members or helpers shared in the last 14 days, newest first; a professional’s own are not', () => {
    const docs = [doc('old', 'member', '2026-11-09T09:59:59.000Z'), doc('edge', 'member', '2026-11-10T10:00:00.000Z'), doc('helper', 'helper', '2026-11-20T10:00:00.000Z'), doc('prof', 'professional', '2026-11-23T10:00:00.000Z')];
    expect(newMemberDocuments(docs, now).map((d) => d.id)).toEqual(['helper', 'edge']);
  });
});
