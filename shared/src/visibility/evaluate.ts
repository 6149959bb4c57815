import { firstActingRule, memberActingRules, professionalActingRules } from './acting.ts';
import { isDelegationActive, lensFor, type Lens } from './lens.ts';
import { beheerderRules, inactiveHelperRules, memberRules, professionalRules, type Rule } from './rules.ts';
import type { Action, ActionDecision, Decision, FamilyFacts, Guarded, Moment, Viewer } from './types.ts';

const noFields: readonly string[] = [];

/** Cheap check: may this viewer see anything of this family at all? Lets the data layer skip work. */
export function mayEnterFamily(viewer: Viewer, familyId: string, at: Moment): boolean {
  switch (viewer.kind) {
    case 'professional':
      return viewer.familyIds.includes(familyId);
    case 'beheerder':
      return false;
    case 'member':
    case 'bekijk-als':
      return viewer.familyId === familyId;
    case 'helper':
      return viewer.delegation.familyId === familyId && isDelegationActive(viewer.delegation, at);
  }
}

/**
 * Deep check: may the lens's viewer see this object, which fields must go, and which rule decided.
 * With an action other than `lezen`: may they do it; reading comes first, so nobody acts on what
 * they may not see.
 */
export function decide(lens: Lens, object: Guarded): Decision;
export function decide(lens: Lens, object: Guarded, action: Action): ActionDecision;
export function decide(lens: Lens, object: Guarded, action?: Action): Decision | ActionDecision {
  const reading = decideReading(lens, object);
  if (action === undefined) return reading;
  if (!reading.visible || action === 'lezen') return { visible: reading.visible, allowed: reading.visible, rule: reading.rule };
  switch (lens.kind) {
    case 'member':
      return { visible: true, ...firstActingRule(memberActingRules, lens, object, action) };
    case 'professional':
      return { visible: true, ...firstActingRule(professionalActingRules, lens, object, action) };
    default:
      // A beheerder or an inactive helper sees nothing, so never gets here; fail closed all the same.
      return { visible: true, allowed: false, rule: 'niet-toegestaan' };
  }
}

function decideReading(lens: Lens, object: Guarded): Decision {
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
export function decideFor(viewer: Viewer, family: FamilyFacts, at: Moment, object: Guarded): Decision;
export function decideFor(viewer: Viewer, family: FamilyFacts, at: Moment, object: Guarded, action: Action): ActionDecision;
export function decideFor(viewer: Viewer, family: FamilyFacts, at: Moment, object: Guarded, action?: Action): Decision | ActionDecision {
  const lens = lensFor(viewer, family, at);
  return action === undefined ? decide(lens, object) : decide(lens, object, action);
}

function firstMatch<L extends Lens>(rules: readonly Rule<L>[], lens: L, object: Guarded, hiddenFields: readonly string[]): Decision {
  const sees = (other: Guarded) => decideReading(lens, other).visible;
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
