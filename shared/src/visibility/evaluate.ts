import { isDelegationActive, lensFor, type Lens } from './lens.ts';
import { beheerderRules, inactiveHelperRules, memberRules, professionalRules, type Rule } from './rules.ts';
import type { Decision, FamilyFacts, Guarded, Moment, Viewer } from './types.ts';

const noFields: readonly string[] = [];

/** Cheap check: may this viewer see anything of this family at all? Lets the data layer skip work. */
export function mayEnterFamily(viewer: Viewer, familyId: string, at: Moment): boolean {
  switch (viewer.kind) {
    case 'professional':
      return viewer.familyIds.includes(familyId);
    case 'beheerder':
      return false;
    case 'member':
      return viewer.familyId === familyId;
    case 'helper':
      return viewer.delegation.familyId === familyId && isDelegationActive(viewer.delegation, at);
  }
}

/** Deep check: may the lens's viewer see this object, which fields must go, and which rule decided. */
export function decide(lens: Lens, object: Guarded): Decision {
  switch (lens.kind) {
    case 'professional':
      return firstMatch(professionalRules, lens, object, noFields);
    case 'beheerder':
      return firstMatch(beheerderRules, lens, object, noFields);
    case 'inactive-helper':
      return firstMatch(inactiveHelperRules, lens, object, noFields);
    case 'member':
      return firstMatch(memberRules, lens, object, hiddenFieldsFor(lens.memberId, object));
  }
}

/** One-shot form of `decide` for tests and rare callers; the data layer reuses one lens per request. */
export function decideFor(viewer: Viewer, family: FamilyFacts, at: Moment, object: Guarded): Decision {
  return decide(lensFor(viewer, family, at), object);
}

function firstMatch<L extends Lens>(rules: readonly Rule<L>[], lens: L, object: Guarded, hiddenFields: readonly string[]): Decision {
  const sees = (other: Guarded) => decide(lens, other).visible;
  for (const rule of rules) {
    if (rule.applies(lens, object, sees)) {
      return rule.effect === 'allow' ? { visible: true, rule: rule.code, hiddenFields } : { visible: false, rule: rule.code, hiddenFields: noFields };
    }
  }
  // Fail closed: the rule tables end in a catch-all deny, but a table edited wrongly must not open up.
  return { visible: false, rule: 'niet-in-publiek', hiddenFields: noFields };
}

function hiddenFieldsFor(memberId: string, object: Guarded): readonly string[] {
  const hidden: string[] = [];
  for (const field in object.fieldShields) {
    if (object.fieldShields[field]?.includes(memberId)) hidden.push(field);
  }
  return hidden.length ? hidden : noFields;
}
