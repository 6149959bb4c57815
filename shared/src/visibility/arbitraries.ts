import fc from 'fast-check';
import { addDays } from '../dates/calendar.ts';
import { delegationScopes, writeActions, type AudienceKind, type Delegation, type DelegationScope, type FamilyFacts, type Guarded, type MemberFacts, type MemberRole, type Viewer } from './types.ts';

/** fast-check generators for families and objects, shared by the property tests. */

export const familyId = 'f0000000-0000-4000-8000-000000000001';
export const memberIds = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'] as const;

const roles: MemberRole[] = ['ouder', 'jeugdige', 'netwerk', 'volwassene'];
const audiences: AudienceKind[] = ['gezin', 'volwassenen', 'leden', 'professionals', 'organisatie'];

export const dayArb = fc.integer({ min: 0, max: 365 * 90 }).map((n) => addDays('1940-01-01', n));

const subset = fc.subarray([...memberIds]);

export const memberArb = (id: string): fc.Arbitrary<MemberFacts> =>
  fc.record({
    id: fc.constant(id),
    role: fc.constantFrom(...roles),
    birthDate: fc.option(dayArb, { nil: null, freq: 8 }),
    gezagOver: subset.map((ids) => ids.filter((x) => x !== id)),
    parentOf: subset.map((ids) => ids.filter((x) => x !== id)),
    generalInfoBlocked: fc.boolean(),
  });

export const familyArb: fc.Arbitrary<FamilyFacts> = fc
  .tuple(
    fc.tuple(...memberIds.map(memberArb)),
    fc.array(fc.tuple(fc.constantFrom(...memberIds), fc.constantFrom(...memberIds)), { maxLength: 3 }),
    subset,
    fc.array(fc.record({ ownerId: fc.constantFrom(...memberIds), viewerId: fc.constantFrom(...memberIds), givenBy: fc.constantFrom(...memberIds) }), { maxLength: 4 }),
  )
  .map(([members, contactverboden, parentAccessBlocked, ownerConsents]) => ({
    familyId,
    members,
    contactverboden: contactverboden.filter(([a, b]) => a !== b),
    parentAccessBlocked,
    ownerConsents,
    ownerChoices: [],
  }));

export const guardedArb: fc.Arbitrary<Guarded> = fc.record({
  kind: fc.constantFrom('plan-item' as const, 'member-field' as const, 'comment' as const, 'document' as const),
  id: fc.uuid(),
  familyId: fc.constantFrom(familyId, 'f0000000-0000-4000-8000-000000000002'),
  audience: fc.constantFrom(...audiences),
  audienceMembers: subset,
  subjects: subset,
  authorMemberId: fc.option(fc.constantFrom(...memberIds), { nil: null }),
  shieldedFrom: subset,
  sharedAcrossContactverbod: fc.boolean(),
  generalInfo: fc.boolean(),
  fieldShields: fc.dictionary(fc.constantFrom('where', 'whatIf', 'value'), subset, { maxKeys: 2 }),
});

/** Any set of scopes a member can choose: `lezen` always, any of the others. */
export const scopesArb: fc.Arbitrary<DelegationScope[]> = fc.subarray(delegationScopes.filter((s) => s !== 'lezen')).map((chosen) => ['lezen' as const, ...chosen]);

export const delegationArb = (memberId: string, at: string): fc.Arbitrary<Delegation> =>
  fc.record({
    id: fc.uuid(),
    memberId: fc.constant(memberId),
    familyId: fc.constantFrom(familyId, 'f0000000-0000-4000-8000-000000000002'),
    scopes: scopesArb,
    validFrom: fc.integer({ min: -30, max: 5 }).map((d) => new Date(Date.parse(at) + d * 86_400_000).toISOString()),
    validUntil: fc.integer({ min: -5, max: 90 }).map((d) => new Date(Date.parse(at) + d * 86_400_000).toISOString()),
    revokedAt: fc.option(fc.integer({ min: -10, max: 10 }).map((d) => new Date(Date.parse(at) + d * 86_400_000).toISOString()), { nil: null }),
  });

const actingMembers = fc.constantFrom(...memberIds);
const otherFamilyId = 'f0000000-0000-4000-8000-000000000002';

/** Any person who can look at a family: member, helper (any scope, active or not), professional (any role), preview, beheerder. */
export const viewerArb = (at: string): fc.Arbitrary<Viewer> =>
  fc.oneof(
    actingMembers.map((memberId): Viewer => ({ kind: 'member', userId: `u-${memberId}`, memberId, familyId })),
    actingMembers.chain((memberId) => delegationArb(memberId, at)).map((delegation): Viewer => ({ kind: 'helper', userId: 'u-helper', delegation })),
    fc
      .record({ families: fc.subarray([familyId, otherFamilyId]), regisseur: fc.subarray([familyId, otherFamilyId]), userId: fc.constantFrom('u-pro', 'u-m1') })
      .map(({ families, regisseur, userId }): Viewer => ({
        kind: 'professional',
        userId,
        familyIds: families,
        roles: Object.fromEntries(families.map((id) => [id, regisseur.includes(id) ? 'regisseur' : 'betrokken'])),
      })),
    actingMembers.map((memberId): Viewer => ({ kind: 'bekijk-als', userId: 'u-pro', memberId, familyId })),
    fc.constant<Viewer>({ kind: 'beheerder', userId: 'u-beheer' }),
  );

/** Any object, sometimes with the account that wrote it (removing a document depends on it). */
export const actedOnArb: fc.Arbitrary<Guarded> = fc
  .tuple(guardedArb, fc.option(fc.constantFrom('u-m1', 'u-m2', 'u-helper', 'u-pro'), { nil: undefined }))
  .map(([object, authorUserId]) => (authorUserId === undefined ? object : { ...object, authorUserId }));

/** Every action but reading. */
export const writeActionArb = fc.constantFrom(...writeActions);
