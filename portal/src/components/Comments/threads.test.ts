import type { CommentView } from '@onsplan/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { threadsOf } from './threads.ts';

const comment = (id: string, createdAt: string, replyTo: string | null = null): CommentView => ({
  id,
  itemKey: null,
  replyTo,
  versionNumber: 1,
  author: { kind: 'member', isMe: false, name: 'Samira' },
  body: id,
  createdAt,
  audience: 'zoals-onderdeel',
  isNew: false,
  readers: { members: [], helpers: [], professionals: [] },
});

describe('threadsOf', () => {
  it('puts replies under their first comment, oldest first', () => {
    const threads = threadsOf([
      comment('b-reply', '2026-11-24T12:00:00.000Z', 'b'),
      comment('a', '2026-11-24T09:00:00.000Z'),
      comment('b', '2026-11-24T10:00:00.000Z'),
      comment('a-reply', '2026-11-24T11:00:00.000Z', 'a'),
      comment('a-reply-2', '2026-11-24T13:00:00.000Z', 'a-reply'),
    ]);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ['a', ['a-reply', 'a-reply-2']],
      ['b', ['b-reply']],
    ]);
  });

  it('shows a reply whose first comment this person may not see on its own', () => {
    expect(threadsOf([comment('r', '2026-11-24T12:00:00.000Z', 'hidden')]).map((t) => t.root.id)).toEqual(['r']);
  });

  it('never loses or repeats a comment, whatever the order and links', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const arb = fc.array(fc.record({ id: fc.constantFrom(...ids), minute: fc.integer({ min: 0, max: 59 }), replyTo: fc.option(fc.constantFrom(...ids, 'gone'), { nil: null }) }), { maxLength: 6 });
    fc.assert(
      fc.property(arb, (rows) => {
        const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
        const comments = unique.map((r) => comment(r.id, `2026-11-24T10:${String(r.minute).padStart(2, '0')}:00.000Z`, r.replyTo));
        const shown = threadsOf(comments).flatMap((t) => [t.root.id, ...t.replies.map((r) => r.id)]);
        expect(shown.sort()).toEqual(comments.map((c) => c.id).sort());
      }),
    );
  });
});
