import type { CommentView } from '@onsplan/shared';
import { describe, expect, it } from 'vitest';
import { waitsForAnswer } from './CommentThreads.tsx';

const comment = (kind: CommentView['author']['kind']): CommentView => ({
  id: crypto.randomUUID(),
  itemKey: null,
  replyTo: null,
  versionNumber: 1,
  author: { kind, isMe: false },
  body: 'tekst',
  createdAt: '2026-11-24T10:00:00Z',
  audience: 'alleen-professionals',
  isNew: false,
  readers: { members: [], helpers: [], professionals: [] },
});

describe('a thread waits for an answer', () => {
  it('while the last word is a member\'s or a helper\'s', () => {
    expect(waitsForAnswer({ root: comment('member'), replies: [] })).toBe(true);
    expect(waitsForAnswer({ root: comment('member'), replies: [comment('professional'), comment('helper')] })).toBe(true);
  });

  it('no longer once a professional answered last', () => {
    expect(waitsForAnswer({ root: comment('member'), replies: [comment('professional')] })).toBe(false);
  });
});
