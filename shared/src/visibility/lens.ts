import { ageOn } from '../dates/calendar.ts';
import type { AssignmentRole, DelegationScope, FamilyFacts, MemberFacts, Moment, RuleCode, Viewer } from './types.ts';

/**
 * Everything about one viewer that does not depend on the object, worked out once per request so
 * that checking each object stays cheap.
 */
export type Lens = ProfessionalLens | BeheerderLens | InactiveHelperLens | MemberLens;

export interface ProfessionalLens {
  readonly kind: 'professional';
  readonly userId: string;
  readonly familyIds: ReadonlySet<string>;
  readonly roles: Readonly<Record<string, AssignmentRole>>;
}

/**
 * How the person behind a member lens acts: the member themself, a helper within the delegation's
 * scope, or a professional looking through the member's eyes who may only read.
 */
export type MemberActing = { readonly as: 'zelf' } | { readonly as: 'helper'; readonly scopes: ReadonlySet<DelegationScope> } | { readonly as: 'bekijk-als' };

export interface BeheerderLens {
  readonly kind: 'beheerder';
}

export interface InactiveHelperLens {
  readonly kind: 'inactive-helper';
}

export interface MemberLens {
  readonly kind: 'member';
  /** The account behind this lens: the member, the helper or the previewing professional. */
  readonly userId: string;
  readonly acting: MemberActing;
  readonly familyId: string;
  /** The member whose view this is: the viewer, or the member a helper acts for. */
  readonly memberId: string;
  readonly member: MemberFacts | undefined;
  readonly age: number | null;
  readonly isAdult: boolean;
  readonly isParentWithoutGezag: boolean;
  /** Members with whom a contactverbod applies. */
  readonly bannedContacts: ReadonlySet<string>;
  /** Members whose own items this viewer may see, and the rule that allows it. */
  readonly derivedAccess: ReadonlyMap<string, RuleCode>;
  /** Other members of the family under 16 (or of unknown age): a helper's legal choice about them needs an explicit scope. */
  readonly othersUnder16: ReadonlySet<string>;
  /** Per object id, the owners (16+, this viewer's child) who closed it for this viewer, and who opened it. */
  readonly closedByOwner: ReadonlyMap<string, ReadonlySet<string>>;
  readonly openedByOwner: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Works out the lens for a viewer in one family at one moment. */
export function lensFor(viewer: Viewer, family: FamilyFacts, at: Moment): Lens {
  switch (viewer.kind) {
    case 'professional':
      return { kind: 'professional', userId: viewer.userId, familyIds: new Set(viewer.familyIds), roles: viewer.roles };
    case 'beheerder':
      return { kind: 'beheerder' };
    case 'helper': {
      if (!isDelegationActive(viewer.delegation, at)) return { kind: 'inactive-helper' };
      const { memberId, familyId, scopes } = viewer.delegation;
      return memberLens(viewer.userId, { as: 'helper', scopes: new Set(scopes) }, memberId, familyId === family.familyId ? family : noFacts(familyId), at);
    }
    case 'member':
      // Facts of another family say nothing about this member: every object there is denied.
      return memberLens(viewer.userId, { as: 'zelf' }, viewer.memberId, viewer.familyId === family.familyId ? family : noFacts(viewer.familyId), at);
    case 'bekijk-als':
      return memberLens(viewer.userId, { as: 'bekijk-als' }, viewer.memberId, viewer.familyId === family.familyId ? family : noFacts(viewer.familyId), at);
  }
}

/** A delegation counts from its start until (not including) its end, unless revoked before. */
export function isDelegationActive(
  delegation: { readonly validFrom: string; readonly validUntil: string; readonly revokedAt: string | null },
  at: Moment,
): boolean {
  const now = Date.parse(at.instant);
  if (delegation.revokedAt !== null && Date.parse(delegation.revokedAt) <= now) return false;
  return Date.parse(delegation.validFrom) <= now && now < Date.parse(delegation.validUntil);
}

function noFacts(familyId: string): FamilyFacts {
  return { familyId, members: [], contactverboden: [], parentAccessBlocked: [], ownerConsents: [], ownerChoices: [] };
}

function memberLens(userId: string, acting: MemberActing, memberId: string, family: FamilyFacts, at: Moment): MemberLens {
  const member = family.members.find((m) => m.id === memberId);
  const age = member?.birthDate ? ageOn(member.birthDate, at.day) : null;
  const isAdult = age === null ? member?.role === 'ouder' || member?.role === 'volwassene' : age >= 18;
  const bannedContacts = new Set<string>();
  for (const [a, b] of family.contactverboden) {
    if (a === memberId) bannedContacts.add(b);
    if (b === memberId) bannedContacts.add(a);
  }
  return {
    kind: 'member',
    userId,
    acting,
    familyId: family.familyId,
    memberId,
    member,
    age,
    isAdult,
    isParentWithoutGezag: member?.role === 'ouder' && member.gezagOver.length === 0,
    bannedContacts,
    derivedAccess: member ? derivedAccessOf(member, family, at) : new Map(),
    othersUnder16: new Set(family.members.filter((m) => m.id !== memberId && (m.birthDate === null || ageOn(m.birthDate, at.day) < 16)).map((m) => m.id)),
    ...(member ? ownerChoicesFor(member, family, at) : { closedByOwner: new Map(), openedByOwner: new Map() }),
  };
}

/**
 * The choices of this viewer's children of 16 and older about their own objects for this viewer.
 * A choice for anyone but her own parent, or made before 16, counts for nothing: it never widens.
 */
function ownerChoicesFor(viewer: MemberFacts, family: FamilyFacts, at: Moment) {
  const closedByOwner = new Map<string, Set<string>>();
  const openedByOwner = new Map<string, Set<string>>();
  const isChild = (ownerId: string) => viewer.parentOf.includes(ownerId) || viewer.gezagOver.includes(ownerId);
  const isSixteen = (ownerId: string) => {
    const birthDate = family.members.find((m) => m.id === ownerId)?.birthDate;
    return birthDate ? ageOn(birthDate, at.day) >= 16 : false;
  };
  for (const c of family.ownerChoices) {
    if (c.viewerId !== viewer.id || !isChild(c.ownerId) || !isSixteen(c.ownerId)) continue;
    const into = c.open ? openedByOwner : closedByOwner;
    into.set(c.objectId, (into.get(c.objectId) ?? new Set()).add(c.ownerId));
  }
  return { closedByOwner, openedByOwner };
}

/** Age rules (Jeugdwet 7.3.4/7.3.5, DOMAIN rule 5): through whom a member sees another member's own items. */
function derivedAccessOf(viewer: MemberFacts, family: FamilyFacts, at: Moment): Map<string, RuleCode> {
  const access = new Map<string, RuleCode>();
  for (const owner of family.members) {
    if (owner.id === viewer.id) continue;
    const ownerAge = owner.birthDate ? ageOn(owner.birthDate, at.day) : null;
    // A parent's own "yes" for their child's data is not the child's consent.
    const consented = family.ownerConsents.some((c) => c.ownerId === owner.id && c.viewerId === viewer.id && c.givenBy === owner.id);
    if (ownerAge !== null && ownerAge >= 16 && consented) {
      access.set(owner.id, 'toestemming-van-eigenaar');
    } else if (ownerAge !== null && viewer.gezagOver.includes(owner.id)) {
      if (ownerAge < 12) access.set(owner.id, 'kind-onder-12-via-gezag');
      else if (ownerAge < 16 && !family.parentAccessBlocked.includes(owner.id)) access.set(owner.id, 'jeugdige-12-15-via-gezag');
    }
  }
  return access;
}
