import { addressingOn, isDelegationActive, memberRules, nameWarnings, type Delegation, type DraftNameWarning, type DraftPreview, type MemberChanges, type PlanItemView, type PreviewHidden, type RuleCode, type ShieldableItemField, firstName } from '@onsplan/shared';
import type { FamilyScope } from './family-scope.ts';
import type { ItemRow } from './family-store.ts';
import type { StoredDraftItem } from './plan-draft-items.ts';
import { planViewThrough, type VersionHeading } from './plan-reads.ts';
import { guardedOfRow, type EnvelopeRow } from './rows.ts';

/** The version a draft will become: its heading, its rows as they will be stored, and the draft items behind them. */
export interface DraftVersion {
  heading: VersionHeading;
  /** Who the version is for: the current version's, or the first version's defaults. */
  envelope: EnvelopeRow;
  rows: ItemRow[];
  items: StoredDraftItem[];
}

/** The rule in its own words, from the rule table itself. */
export function ruleSays(code: RuleCode): string {
  return memberRules.find((r) => r.code === code)?.says ?? code;
}

/**
 * "Bekijk als": the draft through this member's lens by `planViewThrough`, the filter of the
 * member's own plan read, and beside it what the lens hides and which rule hides it.
 */
export function draftPreview(scope: FamilyScope, draft: DraftVersion, memberId: string, helper?: PreviewHelper): DraftPreview {
  const as = helper ? scope.throughHelper(helper.userId, helper.delegation) : scope.throughMember(memberId);
  const member = scope.snapshot.members.find((m) => m.id === memberId)!;
  const planDecision = as.sees('plan', draft.heading.id, draft.envelope);
  const hidden: PreviewHidden[] = [];
  for (const row of draft.rows) {
    const decision = planDecision.visible ? as.sees('plan-item', row.id, row) : planDecision;
    if (!decision.visible) hidden.push({ key: row.itemKey, section: row.section, what: row.what, fields: null, rule: decision.rule, says: ruleSays(decision.rule) });
    else if (decision.hiddenFields.length > 0) {
      hidden.push({ key: row.itemKey, section: row.section, what: row.what, fields: decision.hiddenFields as ShieldableItemField[], rule: 'afgeschermd', says: ruleSays('afgeschermd') });
    }
  }
  return {
    member: { id: member.id, firstName: member.firstName },
    // What the member's own screens say to her; a helper is spoken to as the adult she is.
    addressing: helper ? 'u' : addressingOn(member.birthDate, scope.at.day),
    ...(helper ? { helper: { id: helper.userId, firstName: firstName(helper.name) } } : {}),
    helpers: activeHelpers(scope, memberId),
    plan: planDecision.visible ? planViewThrough(as, draft.heading, draft.rows, draft.envelope).view : null,
    hidden,
  };
}

/** A helper to preview as: who, and the delegation they act under. */
export interface PreviewHelper {
  userId: string;
  name: string;
  delegation: Delegation;
}

/** The helpers acting for this member now, with the user ids a preview asks for. */
function activeHelpers(scope: FamilyScope, memberId: string): { id: string; firstName: string }[] {
  return scope.snapshot.helpers
    .filter((h) => h.memberId === memberId && isDelegationActive({ validFrom: h.validFrom.toISOString(), validUntil: h.validUntil.toISOString(), revokedAt: h.revokedAt?.toISOString() ?? null }, scope.at))
    .map((h) => ({ id: h.userId, firstName: firstName(h.name) }));
}


/**
 * For each member who reads the plan: what is new, changed or gone between their view of the
 * current version and their view of the draft. Both sides are that member's own filtered views, so
 * nothing they may not read is named, and a change to a field hidden from them is no change for them.
 */
export function memberChanges(scope: FamilyScope, draft: DraftVersion): MemberChanges[] {
  const plan = scope.snapshot.plan;
  const current: VersionHeading | undefined = plan && { ...plan.version, publishedAt: plan.version.publishedAt.toISOString() };
  const result: MemberChanges[] = [];
  for (const member of scope.snapshot.members) {
    const as = scope.throughMember(member.id);
    if (!as.sees('plan', draft.heading.id, draft.envelope).visible) continue;
    // Before the first version there is nothing to compare: everything she reads is new to her.
    const before = byKey(plan && current && as.sees('plan', plan.version.id, plan.version).visible ? planViewThrough(as, current, plan.items, plan.version).view.items : []);
    const after = byKey(planViewThrough(as, draft.heading, draft.rows, draft.envelope).view.items);
    const changes: MemberChanges = { memberId: member.id, firstName: member.firstName, added: [], changed: [], removed: [] };
    for (const [key, item] of after) {
      const old = before.get(key);
      if (!old) changes.added.push(item.what);
      else if (fingerprint(old) !== fingerprint(item)) changes.changed.push(item.what);
    }
    for (const [key, item] of before) if (!after.has(key)) changes.removed.push(item.what);
    result.push(changes);
  }
  return result;
}

function byKey(items: readonly PlanItemView[]): Map<string, PlanItemView> {
  return new Map(items.map((i) => [i.key, i]));
}

/** What a member reads of an item: its content, not its id, place or who else reads it. */
function fingerprint(i: PlanItemView): string {
  return JSON.stringify([i.section, i.kind, i.what, i.who, i.when, i.where, i.whatIf, i.scale, i.scaleLow, i.scaleHigh]);
}

/** The name warnings of every item, decided by the evaluator with the family's facts of today. */
export function draftWarnings(scope: FamilyScope, items: readonly StoredDraftItem[], rows: readonly ItemRow[]): DraftNameWarning[] {
  const facts = scope.snapshot.factsOn(scope.at.day);
  const members = scope.snapshot.members.map((m) => ({ id: m.id, firstName: m.firstName }));
  return rows.flatMap((row, i) => {
    const item = items[i]!;
    const texts = [item.what, item.who, item.when, item.where, item.whatIf];
    return nameWarnings(guardedOfRow('plan-item', row.id, scope.familyId, row), texts, members, facts, scope.at).map((w) => ({
      key: item.key,
      named: { ...w.named },
      readers: w.readers.map((r) => ({ ...r })),
    }));
  });
}
