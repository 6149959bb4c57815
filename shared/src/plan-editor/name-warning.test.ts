import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familyArb, familyId, guardedArb, memberIds } from '../visibility/arbitraries.ts';
import { decideFor } from '../visibility/evaluate.ts';
import type { FamilyFacts, Guarded, Moment } from '../visibility/types.ts';
import { membersNamedIn, nameWarnings } from './name-warning.ts';

const at: Moment = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };
const names = ['Samira', 'Mark', 'Noor', 'Daan', 'Mila', 'Henk'];
const members = memberIds.map((id, i) => ({ id, firstName: names[i]! }));
const [samira, mark, noor] = members;

const family: FamilyFacts = {
  familyId,
  members: [
    { id: 'm1', role: 'ouder', birthDate: '1988-03-01', gezagOver: ['m3'], parentOf: ['m3'], generalInfoBlocked: false },
    { id: 'm2', role: 'ouder', birthDate: '1985-05-01', gezagOver: ['m3'], parentOf: ['m3'], generalInfoBlocked: false },
    { id: 'm3', role: 'jeugdige', birthDate: '2010-06-01', gezagOver: [], parentOf: [], generalInfoBlocked: false },
    { id: 'm4', role: 'jeugdige', birthDate: '2013-06-01', gezagOver: [], parentOf: [], generalInfoBlocked: false },
    { id: 'm5', role: 'jeugdige', birthDate: '2018-06-01', gezagOver: [], parentOf: [], generalInfoBlocked: false },
    { id: 'm6', role: 'netwerk', birthDate: '1959-06-01', gezagOver: [], parentOf: [], generalInfoBlocked: false },
  ],
  contactverboden: [['m1', 'm2']],
  parentAccessBlocked: [],
  ownerConsents: [],
  ownerChoices: [],
};

const item = (extra: Partial<Guarded> = {}): Guarded => ({
  kind: 'plan-item', id: 'i1', familyId, audience: 'gezin', audienceMembers: [], subjects: [], authorMemberId: null, shieldedFrom: [],
  sharedAcrossContactverbod: false, generalInfo: false, fieldShields: {}, ...extra,
});

describe('the name warning', () => {
  it('finds names as whole words only', () => {
    expect(membersNamedIn('Samira belt Noor.', members).map((m) => m.firstName)).toEqual(['Samira', 'Noor']);
    expect(membersNamedIn('Markt op zaterdag; Noortje komt.', members)).toEqual([]);
  });

  it('warns that Mark can read an item naming Samira, and not once she is a subject', () => {
    expect(nameWarnings(item(), ['Samira woont nu in Utrecht.'], members, family, at)).toEqual([{ named: samira, readers: [mark] }]);
    expect(nameWarnings(item({ subjects: ['m1'] }), ['Samira woont nu in Utrecht.'], members, family, at)).toEqual([]);
  });

  it('does not warn when Mark is not in the audience, nor on an item shared across the contactverbod on purpose', () => {
    expect(nameWarnings(item({ shieldedFrom: ['m2'] }), ['Samira belt.'], members, family, at)).toEqual([]);
    expect(nameWarnings(item({ audience: 'leden', audienceMembers: ['m3'] }), ['Samira belt Noor.'], members, family, at)).toEqual([]);
    expect(nameWarnings(item({ sharedAcrossContactverbod: true }), ['Samira belt.'], members, family, at)).toEqual([]);
    expect(nameWarnings(item(), ['Noor belt.'], members, family, at)).toEqual([]);
    expect(noor).toBeDefined();
  });

  it('for any family and item: each reader named is a contactverbod partner the evaluator lets read it, and adding the named member as subject ends the warning', () => {
    fc.assert(
      fc.property(familyArb, guardedArb, fc.subarray(members, { minLength: 1 }), (facts, object, named) => {
        const text = named.map((m) => `${m.firstName} komt.`).join(' ');
        const warnings = nameWarnings(object, [text], members, facts, at);
        for (const w of warnings) {
          expect(object.subjects).not.toContain(w.named.id);
          for (const reader of w.readers) {
            expect(facts.contactverboden.some(([a, b]) => (a === reader.id && b === w.named.id) || (b === reader.id && a === w.named.id))).toBe(true);
            expect(decideFor({ kind: 'member', userId: '', memberId: reader.id, familyId: facts.familyId }, facts, at, object).visible).toBe(true);
          }
          const asSubject = { ...object, subjects: [...object.subjects, w.named.id] };
          expect(nameWarnings(asSubject, [text], members, facts, at).some((x) => x.named.id === w.named.id)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
