import type { MemberInstemmingView } from '@onsplan/shared';
import { describe, expect, it } from 'vitest';
import { openDeciders } from './ReminderSection.tsx';

const answer = { id: 'a', versionId: 'v', versionNumber: 1, memberId: 'x', decision: 'eens' as const, answeredAt: '2026-11-24T10:00:00.000Z', by: { kind: 'member' as const, isMe: false } };

describe('openDeciders', () => {
  it('lists each decider who still has to answer once, with the latest reminder, and leaves out who answered', () => {
    const members: MemberInstemmingView[] = [
      { memberId: 'mark', firstName: 'Mark', status: 'open', deciders: [{ memberId: 'mark', firstName: 'Mark', answer: null, remindedAt: '2026-11-24T10:00:00.000Z' }] },
      { memberId: 'mila', firstName: 'Mila', status: 'open', deciders: [
        { memberId: 'mark', firstName: 'Mark', answer: null, remindedAt: '2026-11-25T10:00:00.000Z' },
        { memberId: 'samira', firstName: 'Samira', answer },
      ] },
      { memberId: 'noor', firstName: 'Noor', status: 'open', deciders: [{ memberId: 'noor', firstName: 'Noor', answer: null }] },
    ];
    expect(openDeciders(members)).toEqual([
      { memberId: 'mark', name: 'Mark', remindedAt: '2026-11-25T10:00:00.000Z' },
      { memberId: 'noor', name: 'Noor' },
    ]);
  });
});
