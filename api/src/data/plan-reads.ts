import { decide, memberProfileGuarded, type FamilySummary, type MemberFieldView, type PlanItemContent, type PlanItemView, type PlanView } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { subjectsOf, type FamilyScope } from './family-scope.ts';
import type { FieldRow, ItemRow } from './family-store.ts';
import { readersOf } from './readers.ts';
import { guardedOfRow, type EnvelopeRow } from './rows.ts';
import { draftCommentGuarded } from './written-objects.ts';

/** The family (members and their personal fields) as this viewer may see it; logged. */
export async function familyView(scope: FamilyScope): Promise<FamilySummary> {
  const { snapshot, lens } = scope;
  const members: FamilySummary['members'] = [];
  for (const m of snapshot.members) {
    if (!decide(lens, memberProfileGuarded(snapshot.id, m.id)).visible) continue;
    const fields = snapshot.fields.filter((f) => f.memberId === m.id && scope.sees('member-field', f.id, f).visible).map((f) => fieldView(scope, f));
    members.push({ id: m.id, firstName: m.firstName, role: m.role, isMe: m.id === scope.selfMemberId, fields });
  }
  await scope.record('lezen', 'gezin', members.map((m) => m.id), members.filter((m) => m.fields.length > 0).map((m) => m.id));
  return { id: snapshot.id, name: snapshot.name, members };
}

/**
 * A personal field with who reads it. The member it belongs to (not her helper) and the professionals
 * also learn from whom a professional hid it: her own data's protection, so the name is hers to know.
 */
function fieldView(scope: FamilyScope, f: FieldRow): MemberFieldView {
  const view: MemberFieldView = { id: f.id, field: f.field, value: f.value, readers: readersOf(scope, guardedOfRow('member-field', f.id, scope.familyId, f)) };
  const owner = scope.isMembersOwnView && f.memberId === scope.selfMemberId;
  if ((owner || scope.isProfessional) && f.shieldedFrom.length > 0) {
    view.hiddenFrom = f.shieldedFrom.flatMap((id) => scope.snapshot.members.filter((m) => m.id === id).map((m) => m.firstName));
  }
  return view;
}

/**
 * The current published plan version with the items this viewer may see, hidden fields stripped;
 * logged as read, or as printed when the portal prints it ("wie doet wat wanneer").
 */
export async function currentPlanView(scope: FamilyScope, action: 'lezen' | 'printen' = 'lezen'): Promise<PlanView> {
  const plan = scope.snapshot.plan;
  if (!plan || !scope.sees('plan', plan.version.id, plan.version).visible) throw new AppError('niet-gevonden');
  const { view, visible } = planViewThrough(scope, { ...plan.version, publishedAt: plan.version.publishedAt.toISOString() }, plan.items, plan.version);
  await scope.record(action, 'plan', [plan.version.id, ...view.items.map((i) => i.id)], subjectsOf(visible));
  return view;
}

/** A version's heading as `planViewThrough` shows it: the current one, or the one a draft will become. */
export interface VersionHeading {
  id: string;
  planId: string;
  number: number;
  title: string;
  summary: string;
  publishedAt: string;
}

/**
 * A plan version through the lens of `scope`: only the items that lens sees, hidden fields stripped,
 * with who else reads each. The one filter for a member's own plan read and for a professional's
 * "Bekijk als" preview of a draft (with a scope through that member's lens), so what she previews
 * is what the member will get. Writes nothing to the log; the caller says what was done.
 */
export function planViewThrough(scope: FamilyScope, version: VersionHeading, rows: readonly ItemRow[], envelope: EnvelopeRow): { view: PlanView; visible: ItemRow[] } {
  const visible: ItemRow[] = [];
  const items: PlanItemView[] = [];
  // The version shown, not the current one: a draft of a family's first plan has no current version.
  const plan = guardedOfRow('plan', version.id, scope.familyId, envelope);
  for (const row of rows) {
    const decision = scope.sees('plan-item', row.id, row);
    if (!decision.visible) continue;
    visible.push(row);
    const guarded = guardedOfRow('plan-item', row.id, scope.familyId, row, [plan]);
    const item: PlanItemView = { ...itemView(row, decision.hiddenFields), readers: readersOf(scope, guarded) };
    const draft = draftCommentGuarded(scope, row.itemKey, { plan, item: guardedOfRow('plan-item', row.id, scope.familyId, row) });
    if (draft) item.commentReaders = readersOf(scope, draft);
    items.push(item);
  }
  const planDraft = draftCommentGuarded(scope, null, { plan });
  const view: PlanView = {
    familyId: scope.familyId,
    planId: version.planId,
    title: version.title,
    summary: version.summary,
    version: { id: version.id, number: version.number, publishedAt: version.publishedAt },
    items,
    ...(planDraft ? { commentReaders: readersOf(scope, planDraft) } : {}),
  };
  return { view, visible };
}

const optionalFields = ['where', 'whatIf', 'scale'] as const;
const requiredTexts = ['what', 'who', 'when'] as const;

/** The item as this viewer may see it: a shielded optional field is left out, a shielded text is empty. */
export function itemView(row: ItemRow, hiddenFields: readonly string[]): PlanItemContent {
  const text = (field: (typeof requiredTexts)[number]) => (hiddenFields.includes(field) ? '' : row[field]);
  const view: PlanItemContent = { id: row.id, key: row.itemKey, section: row.section, kind: row.kind, position: row.position, what: text('what'), who: text('who'), when: text('when') };
  const optional = view as unknown as Record<string, unknown>;
  for (const field of optionalFields) {
    const value = row[field];
    if (value !== null && !hiddenFields.includes(field)) optional[field] = value;
  }
  // What 0 and 10 mean belongs to the scale: hidden with it.
  if (!hiddenFields.includes('scale')) {
    if (row.scaleLow) view.scaleLow = row.scaleLow;
    if (row.scaleHigh) view.scaleHigh = row.scaleHigh;
  }
  return view;
}
