import { decide, isDelegationActive, type Guarded, type ReadersView, firstName } from '@onsplan/shared';
import type { FamilyScope } from './family-scope.ts';

/**
 * "Wie ziet dit?": the people who can read an object, decided for each member by the same
 * evaluator and lens that decide that member's own reads. Only people this viewer may know about
 * are named (never a contactverbod partner, never a member hidden from them).
 */
export function readersOf(scope: FamilyScope, object: Guarded): ReadersView {
  const self = scope.isMembersOwnView ? scope.selfMemberId : null;
  const members: string[] = [];
  for (const m of scope.snapshot.members) {
    if (m.id === self || scope.memberName(m.id) === undefined) continue;
    if (decide(scope.lensOfMember(m.id), object).visible) members.push(m.firstName);
  }
  return { members, helpers: self && scope.decides(object).visible ? helpersOf(scope, self) : [], professionals: professionalsOf(scope) };
}

/** First names of the helpers acting for this member now. */
function helpersOf(scope: FamilyScope, memberId: string): string[] {
  const at = { day: scope.at.day, instant: scope.at.instant };
  return scope.snapshot.helpers
    .filter((h) => h.memberId === memberId && isDelegationActive({ validFrom: h.validFrom.toISOString(), validUntil: h.validUntil.toISOString(), revokedAt: h.revokedAt?.toISOString() ?? null }, at))
    .map((h) => firstName(h.name));
}

// Named under every item of a read: worked out once per scope (its moment and snapshot are fixed).
const professionalNames = new WeakMap<FamilyScope, readonly string[]>();

/** First names of the professionals assigned to the family now. */
export function professionalsOf(scope: FamilyScope): string[] {
  let names = professionalNames.get(scope);
  if (!names) {
    names = currentProfessionals(scope).map((p) => firstName(p.name));
    professionalNames.set(scope, names);
  }
  return [...names];
}

/** The professionals working with the family today. */
export function currentProfessionals(scope: FamilyScope): FamilyScope['snapshot']['professionals'] {
  const now = scope.now.getTime();
  return scope.snapshot.professionals.filter((p) => p.since.getTime() <= now && (p.until === null || now < p.until.getTime()));
}

