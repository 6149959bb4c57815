import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../dates/calendar.ts';
import { actedOnArb, delegationArb, familyArb, memberIds, viewerArb, writeActionArb } from './arbitraries.ts';
import { decideFor } from './evaluate.ts';
import { delegationScopes, legalChoices, memberActions, scopeForAction, type Moment, type Viewer } from './types.ts';

const runs = { numRuns: 1000 };
const at: Moment = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };

describe('acting properties', () => {
  it('any action other than reading implies reading', () => {
    fc.assert(
      fc.property(familyArb, actedOnArb, viewerArb(at.instant), writeActionArb, (family, object, viewer, action) => {
        const acting = decideFor(viewer, family, at, object, action);
        if (acting.allowed) {
          expect(acting.visible).toBe(true);
          expect(decideFor(viewer, family, at, object).visible).toBe(true);
        }
      }),
      runs,
    );
  });

  it('a helper with a delegation to read never gets a write action', () => {
    const readingHelper = fc
      .constantFrom(...memberIds)
      .chain((memberId) => delegationArb(memberId, at.instant))
      .map((delegation): Viewer => ({ kind: 'helper', userId: 'u-helper', delegation: { ...delegation, scopes: ['lezen'] } }));
    fc.assert(
      fc.property(familyArb, actedOnArb, readingHelper, writeActionArb, (family, object, helper, action) => {
        expect(decideFor(helper, family, at, object, action).allowed).toBe(false);
      }),
      runs,
    );
  });

  it('a preview ("bekijk als") never acts, whatever it sees', () => {
    const preview = fc.constantFrom(...memberIds).map((memberId): Viewer => ({ kind: 'bekijk-als', userId: 'u-pro', memberId, familyId: 'f0000000-0000-4000-8000-000000000001' }));
    fc.assert(
      fc.property(familyArb, actedOnArb, preview, writeActionArb, (family, object, viewer, action) => {
        expect(decideFor(viewer, family, at, object, action).allowed).toBe(false);
      }),
      runs,
    );
  });

  it('a helper never gives instemming or toestemming for a member under 16 (or of unknown age)', () => {
    const helping = fc
      .constantFrom(...memberIds)
      .chain((memberId) => delegationArb(memberId, at.instant))
      .map((delegation): Viewer & { kind: 'helper' } => ({ kind: 'helper', userId: 'u-helper', delegation: { ...delegation, scopes: [...delegationScopes] } }));
    fc.assert(
      fc.property(familyArb, actedOnArb, helping, fc.constantFrom(...legalChoices), (family, object, helper, action) => {
        const birthDate = family.members.find((m) => m.id === helper.delegation.memberId)?.birthDate ?? null;
        fc.pre(birthDate === null || ageOn(birthDate, at.day) < 16);
        expect(decideFor(helper, family, at, object, action).allowed).toBe(false);
      }),
      runs,
    );
  });

  it('a helper never does a member action whose scope her delegation lacks', () => {
    const pair = fc.constantFrom(...memberIds).chain((memberId) => delegationArb(memberId, at.instant));
    fc.assert(
      fc.property(familyArb, actedOnArb, pair, fc.constantFrom(...memberActions), (family, object, delegation, action) => {
        fc.pre(!delegation.scopes.includes(scopeForAction[action]));
        const decision = decideFor({ kind: 'helper', userId: 'u-helper', delegation }, family, at, object, action);
        expect(decision.allowed).toBe(false);
      }),
      runs,
    );
  });

  it('a helper never makes a legal choice about another member under 16 without the scope for choices about children', () => {
    const pair = fc
      .constantFrom(...memberIds)
      .chain((memberId) => delegationArb(memberId, at.instant))
      .map((delegation) => ({ ...delegation, scopes: delegation.scopes.filter((s) => s !== 'keuzes-voor-kinderen') }));
    fc.assert(
      fc.property(familyArb, actedOnArb, pair, fc.constantFrom(...legalChoices), (family, object, delegation, action) => {
        const young = (id: string) => {
          const birthDate = family.members.find((m) => m.id === id)?.birthDate ?? null;
          return birthDate === null || ageOn(birthDate, at.day) < 16;
        };
        fc.pre(object.subjects.some((s) => s !== delegation.memberId && young(s)));
        expect(decideFor({ kind: 'helper', userId: 'u-helper', delegation }, family, at, object, action).allowed).toBe(false);
      }),
      runs,
    );
  });

  it('a helper may do no more than the member she helps', () => {
    const pair = fc.constantFrom(...memberIds).chain((memberId) => delegationArb(memberId, at.instant).map((delegation) => ({ memberId, delegation })));
    fc.assert(
      fc.property(familyArb, actedOnArb, pair, writeActionArb, (family, object, { memberId, delegation }, action) => {
        const helper = decideFor({ kind: 'helper', userId: 'u-helper', delegation }, family, at, object, action);
        const member = decideFor({ kind: 'member', userId: `u-${memberId}`, memberId, familyId: delegation.familyId }, family, at, object, action);
        if (helper.allowed) expect(member.allowed).toBe(true);
      }),
      runs,
    );
  });
});
