import { describe, expect, it } from 'vitest';
import { familyIdsOf, viewerIn, type Principal } from './principals.ts';

/** One account, many relations: what it may enter and as whom (issue 10, "who acts, as whom"). */
const at = { day: '2026-11-24', instant: '2026-11-24T10:00:00.000Z' };
const A = 'f0000000-0000-4000-8000-00000000000a';
const B = 'f0000000-0000-4000-8000-00000000000b';
const C = 'f0000000-0000-4000-8000-00000000000c';

const delegation = (memberId: string, familyId: string, until = '2027-01-01T00:00:00.000Z') => ({
  id: `d-${memberId}`, memberId, familyId, scopes: ['lezen', 'reageren'] as const, validFrom: '2026-01-01T00:00:00.000Z', validUntil: until, revokedAt: null, memberFirstName: memberId, decidedByUserId: null,
});

function person(relations: Partial<Pick<Principal, 'memberships' | 'delegations' | 'assignments' | 'kind'>>): Principal {
  return { userId: 'u-1', name: 'Els', organisation: null, jobTitle: null, kind: 'member', memberships: [], delegations: [], assignments: [], ...relations };
}

describe('a principal with relations', () => {
  const els = person({
    memberships: [{ memberId: 'm-els', familyId: A, firstName: 'Els', birthDate: '1980-04-02' }],
    delegations: [delegation('m-buur', B), delegation('m-oud', C, '2026-11-01T00:00:00.000Z')],
  });

  it('enters every family one of its relations opens, whatever kind the account was made as', () => {
    expect(familyIdsOf(els, at).sort()).toEqual([A, B].sort());
    expect(viewerIn(els, A, at)).toMatchObject({ kind: 'member', memberId: 'm-els' });
    expect(viewerIn(els, B, at)).toMatchObject({ kind: 'helper', delegation: { memberId: 'm-buur' } });
    // An ended delegation is no way in.
    expect(viewerIn(els, C, at)).toBeUndefined();
  });

  it('must say for whom it acts when one family has two ways in; never "the first"', () => {
    const ria = person({ kind: 'helper', delegations: [delegation('m-1', B), delegation('m-2', B)] });
    expect(viewerIn(ria, B, at)).toBeUndefined();
    expect(viewerIn(ria, B, at, { as: 'namens', memberId: 'm-2' })).toMatchObject({ kind: 'helper', delegation: { memberId: 'm-2' } });
    expect(viewerIn(ria, B, at, { as: 'namens', memberId: 'm-3' })).toBeUndefined();
    expect(viewerIn(ria, A, at, { as: 'namens', memberId: 'm-1' })).toBeUndefined();
  });

  it('looks as a member only as a professional with a running assignment in that family', () => {
    const fatima = person({ kind: 'professional', assignments: [{ familyId: A, role: 'regisseur', since: '2026-01-01T00:00:00.000Z', until: null }, { familyId: B, role: 'betrokken', since: '2026-01-01T00:00:00.000Z', until: '2026-11-01T00:00:00.000Z' }] });
    expect(viewerIn(fatima, A, at, { as: 'bekijk-als', memberId: 'm-els' })).toEqual({ kind: 'bekijk-als', userId: 'u-1', memberId: 'm-els', familyId: A });
    expect(viewerIn(fatima, B, at, { as: 'bekijk-als', memberId: 'm-els' })).toBeUndefined();
    expect(viewerIn(els, A, at, { as: 'bekijk-als', memberId: 'm-els' })).toBeUndefined();
    expect(viewerIn(fatima, A, at)).toEqual({ kind: 'professional', userId: 'u-1', familyIds: [A], roles: { [A]: 'regisseur' } });
  });

  it('a beheerder has no relation to any family', () => {
    const anouk = person({ kind: 'beheerder' });
    expect(familyIdsOf(anouk, at)).toEqual([]);
    expect(viewerIn(anouk, A, at)).toBeUndefined();
  });
});
