import { shieldReasons, type DraftItem, type DraftShield } from '@onsplan/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/problems.ts';
import { checkedDraftItems, envelopeOfDraft, type SaveContext, type StoredDraftItem } from './plan-draft-items.ts';

const members = ['m1', 'm2', 'm3'];
const now = new Date('2026-11-24T10:00:00.000Z');
const item = (key: string, shields: DraftShield[] = []): DraftItem => ({
  key, section: 'veiligheid', kind: 'afspraak', what: 'Iets.', who: '', when: '', where: null, whatIf: null, scale: null, scaleLow: null, scaleHigh: null,
  audience: 'gezin', audienceMembers: [], subjects: [], shields, sharedAcrossContactverbod: false, generalInfo: false,
});
const stored = (i: DraftItem, decidedBy: string | null = null): StoredDraftItem => ({
  ...i, authorMemberId: null, shields: i.shields.map((s) => ({ ...s, decidedBy, decidedAt: decidedBy ? now.toISOString() : null })),
});
const ctx = (extra: Partial<SaveContext> = {}): SaveContext => ({ memberIds: new Set(members), baseItems: [], savedItems: [], userId: 'fatima', now, ...extra });

function refusal(run: () => unknown): AppError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error as AppError;
  }
}

describe('checking a draft autosave', () => {
  it('keeps a published shield without a kept reason, but refuses a new one without a reason', () => {
    const old = item('a', [{ memberId: 'm2', field: null, reason: null }]);
    expect(checkedDraftItems([old], ctx({ baseItems: [stored(old)] })).items[0]!.shields[0]).toMatchObject({ reason: null, decidedBy: null });
    expect(refusal(() => checkedDraftItems([old], ctx()))).toMatchObject({ code: 'reden-nodig', extra: { fields: ['items/0/shields/0/reason'] } });
  });

  it('notes who decided a new shield once, and keeps that decider on later saves', () => {
    const shielded = item('a', [{ memberId: 'm2', field: 'where', reason: 'veiligheid' }]);
    const first = checkedDraftItems([shielded], ctx());
    expect(first.decided).toEqual([{ memberId: 'm2', field: 'where', reason: 'veiligheid', decidedBy: 'fatima', decidedAt: now.toISOString() }]);
    const again = checkedDraftItems([shielded], ctx({ savedItems: first.items, userId: 'jeroen' }));
    expect(again.decided).toEqual([]);
    expect(again.items[0]!.shields[0]!.decidedBy).toBe('fatima');
  });

  it('refuses unknown members, a key twice and the same shield twice', () => {
    expect(refusal(() => checkedDraftItems([{ ...item('a'), subjects: ['x'] }], ctx()))).toMatchObject({ code: 'ongeldige-invoer', extra: { fields: ['items/0/subjects'] } });
    expect(refusal(() => checkedDraftItems([item('a'), item('a')], ctx()))).toMatchObject({ extra: { fields: ['items/1/key'] } });
    const twice = item('a', [{ memberId: 'm1', field: null, reason: 'veiligheid' }, { memberId: 'm1', field: null, reason: 'anders', reasonText: 'x' }]);
    expect(refusal(() => checkedDraftItems([twice], ctx()))).toMatchObject({ extra: { fields: ['items/0/shields/1'] } });
  });

  it('for any shields: saved only when each new one has a reason (and "anders" a text), and the envelope hides exactly them', () => {
    const shieldArb = fc.record({
      memberId: fc.constantFrom(...members),
      field: fc.constantFrom(null, 'what' as const, 'where' as const),
      reason: fc.constantFrom(null, ...shieldReasons),
      reasonText: fc.constantFrom(undefined, '', '  ', 'Op verzoek van de rechter'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(shieldArb, { selector: (s) => `${s.memberId}/${s.field}`, maxLength: 5 }), (raw) => {
        const shields = raw.map(({ reasonText, ...s }) => (reasonText === undefined ? s : { ...s, reasonText })) as DraftShield[];
        const valid = shields.every((s) => s.reason !== null && (s.reason !== 'anders' || (s.reasonText ?? '').trim() !== ''));
        const error = refusal(() => checkedDraftItems([item('a', shields)], ctx()));
        if (!valid) {
          expect(error?.code).toBe('reden-nodig');
          return;
        }
        expect(error).toBeUndefined();
        const [saved] = checkedDraftItems([item('a', shields)], ctx()).items;
        const envelope = envelopeOfDraft(saved!);
        expect([...envelope.shieldedFrom].sort()).toEqual(shields.filter((s) => s.field === null).map((s) => s.memberId).sort());
        for (const s of shields.filter((x) => x.field !== null)) expect(envelope.fieldShields[s.field!]).toContain(s.memberId);
      }),
      { numRuns: 300 },
    );
  });
});
