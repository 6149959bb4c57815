import type { NewPlanVersion, PlanItemAudienceInput, PlanItemChangeInput, PlanItemContentInput, PlanVersionSummary, PublishedPlanVersion } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { AppError } from '../http/problems.ts';
import { cleanText } from './decisions.ts';
import { subjectsOf, type FamilyScope } from './family-scope.ts';
import { diffItems, publishNextVersion, type ItemChange, type ItemContent } from './plan-versions.ts';
import { envelopeSelect, type EnvelopeRow } from './rows.ts';
import { planGuarded } from './written-objects.ts';
import { reasonsForChange, shieldsOf, type KeptReason } from './shield-reasons.ts';
import type { EnterFamily } from './scoped-repository.ts';

type VersionRow = EnvelopeRow & { id: string; number: number; title: string; publishedAt: Date };
type StoredItem = ItemContent & EnvelopeRow & { itemKey: string };

/** Item fields a professional may shield from named members. */
const shieldableFields = new Set(['what', 'who', 'when', 'where', 'whatIf', 'scale']);

/**
 * The versions of a family's plan. A professional publishes a new version; the published one stays
 * as history, and every member is asked for instemming again on the new one.
 */
export class PlanVersionsRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  /** The published versions this viewer may see, newest first. */
  async list(familyId: string): Promise<PlanVersionSummary[]> {
    const scope = await this.#enter(familyId);
    const currentId = scope.snapshot.plan?.version.id;
    const rows = await scope.db.query<VersionRow>(
      `select v.id, v.number, v.title, v.published_at as "publishedAt", ${envelopeSelect('v')}
         from plan_versions v where v.family_id = $1 and v.published_at is not null order by v.number desc`,
      [familyId],
    );
    const visible = scope.visible('plan', rows);
    await scope.record('lezen', 'planversies', visible.map((v) => v.id), []);
    return visible.map((v) => ({ id: v.id, number: v.number, title: v.title, publishedAt: v.publishedAt.toISOString(), isCurrent: v.id === currentId }));
  }

  /** Publishes the next version with these changes; 409 plan-veranderd when the plan moved on since `baseVersionId`. */
  async publish(familyId: string, input: NewPlanVersion): Promise<PublishedPlanVersion> {
    const scope = await this.#enter(familyId);
    const actor = scope.authorize('publiceren');
    const title = input.title === undefined ? undefined : cleanText(input.title);
    if (input.title !== undefined && !title) throw new AppError('ongeldige-invoer', { fields: ['title'] });
    const summary = input.summary?.trim();
    const items = input.items.map((change, index) => checkedChange(scope, change, index));
    if (items.length === 0 && title === undefined && summary === undefined) throw new AppError('ongeldige-invoer', { fields: ['items'], detail: 'Er is niets veranderd.' });

    const result = await scope.write(async (tx) => {
      const [plan] = await tx.query<{ currentVersionId: string }>('select current_version_id as "currentVersionId" from plans where family_id = $1 for update', [familyId]);
      if (!plan) throw new AppError('niet-gevonden');
      if (plan.currentVersionId !== input.baseVersionId) {
        const [known] = await tx.query('select 1 from plan_versions where id = $1 and family_id = $2', [input.baseVersionId, familyId]);
        throw new AppError(known ? 'plan-veranderd' : 'niet-gevonden');
      }
      const itemsOf = (id: string) =>
        tx.query<StoredItem>(
          `select i.item_key as "itemKey", i.section, i.kind, i.what, i.who, i.when_text as "when", i.where_text as "where", i.what_if as "whatIf", i.scale,
                  ${envelopeSelect('i')} from plan_items i where i.version_id = $1 order by i.position`,
          [id],
        );
      const before = await itemsOf(input.baseVersionId);
      const reasons = items.flatMap((change, index) => reasonsOf(change, input.items[index]!, index, before, actor.userId, scope.now));
      const { versionId, number } = await publishNextVersion(tx, familyId, actor.userId, scope.now, { title, summary, items, reasons });
      const after = await itemsOf(versionId);
      return { versionId, number, before, after };
    });
    const changes = withAudienceChanges(diffItems(result.before, result.after), result.before, result.after);
    const touched = new Set([...changes.added, ...changes.changed, ...changes.removed]);
    const subjects = subjectsOf([...result.before, ...result.after].filter((i) => touched.has(i.itemKey)));
    await scope.record('aanmaken', 'planversie', [result.versionId], subjects);
    scope.announce(planGuarded(scope));
    return { version: { id: result.versionId, number: result.number, publishedAt: scope.now.toISOString() }, changes };
  }
}

/** The reasons a change gives for the shields it adds; 422 reden-nodig when one is missing (see shield-reasons.ts). */
function reasonsOf(change: ItemChange, input: PlanItemChangeInput, index: number, before: readonly StoredItem[], decidedBy: string, now: Date): KeptReason[] {
  if (change.op === 'verwijderen' || input.op === 'verwijderen') return [];
  const itemKey = change.op === 'toevoegen' ? change.itemKey! : change.itemKey;
  const old = before.find((i) => i.itemKey === itemKey);
  if (change.op === 'wijzigen' && !old) throw new AppError('niet-gevonden');
  const after = change.op === 'toevoegen' ? change.envelope : { ...old!, ...change.envelope };
  return reasonsForChange(`items/${index}`, itemKey, old ? shieldsOf(old) : [], shieldsOf(after), input.reasons ?? [], decidedBy, now);
}

/** An item whose audience changed is changed too, for the professional, even when its text did not. */
function withAudienceChanges(diff: ReturnType<typeof diffItems>, before: StoredItem[], after: StoredItem[]): ReturnType<typeof diffItems> {
  const audience = (i: StoredItem) =>
    JSON.stringify([i.audience, i.audienceMembers, i.subjects, i.authorMemberId, i.shieldedFrom, i.sharedAcrossContactverbod, i.generalInfo, i.fieldShields]);
  const old = new Map(before.map((i) => [i.itemKey, audience(i)]));
  const moved = after.filter((i) => old.has(i.itemKey) && old.get(i.itemKey) !== audience(i) && !diff.changed.includes(i.itemKey)).map((i) => i.itemKey);
  return { ...diff, changed: [...diff.changed, ...moved] };
}

/** A change as `publishNextVersion` takes it, with texts trimmed and every named member one of this family. */
function checkedChange(scope: FamilyScope, change: PlanItemChangeInput, index: number): ItemChange {
  const at = `items/${index}`;
  switch (change.op) {
    case 'verwijderen':
      return change;
    case 'wijzigen': {
      if (!change.content && !change.envelope) throw new AppError('ongeldige-invoer', { fields: [at] });
      return {
        op: 'wijzigen',
        itemKey: change.itemKey,
        ...(change.content ? { content: checkedContent(change.content, `${at}/content`) } : {}),
        ...(change.envelope ? { envelope: checkedEnvelope(scope, change.envelope, `${at}/envelope`) } : {}),
      };
    }
    case 'toevoegen': {
      const content = checkedContent(change.content, `${at}/content`);
      const envelope = checkedEnvelope(scope, change.envelope, `${at}/envelope`);
      return {
        op: 'toevoegen',
        // Known before publishing, so the reasons for its shields can be kept with it.
        itemKey: randomUUID(),
        content: { ...content, who: content.who ?? '', when: content.when ?? '', where: content.where ?? null, whatIf: content.whatIf ?? null, scale: content.scale ?? null },
        envelope: {
          ...envelope,
          audienceMembers: envelope.audienceMembers ?? [],
          subjects: envelope.subjects ?? [],
          authorMemberId: envelope.authorMemberId ?? null,
          shieldedFrom: envelope.shieldedFrom ?? [],
          sharedAcrossContactverbod: envelope.sharedAcrossContactverbod ?? false,
          generalInfo: envelope.generalInfo ?? false,
          fieldShields: envelope.fieldShields ?? {},
        },
      };
    }
  }
}

function checkedContent<T extends Partial<PlanItemContentInput>>(content: T, at: string): T {
  const out: Record<string, unknown> = { ...content };
  for (const field of ['what', 'who', 'when', 'where', 'whatIf'] as const) {
    const value = content[field];
    if (typeof value === 'string') out[field] = value.trim();
  }
  if (out.what === '') throw new AppError('ongeldige-invoer', { fields: [`${at}/what`] });
  for (const field of ['where', 'whatIf'] as const) if (out[field] === '') out[field] = null;
  return out as T;
}

function checkedEnvelope<T extends Partial<PlanItemAudienceInput>>(scope: FamilyScope, envelope: T, at: string): T {
  const members = new Set(scope.snapshot.members.map((m) => m.id));
  const wrong = (field: string) => new AppError('ongeldige-invoer', { fields: [`${at}/${field}`] });
  for (const field of ['audienceMembers', 'subjects', 'shieldedFrom'] as const) {
    if (envelope[field]?.some((id) => !members.has(id))) throw wrong(field);
  }
  if (envelope.authorMemberId && !members.has(envelope.authorMemberId)) throw wrong('authorMemberId');
  for (const [field, ids] of Object.entries(envelope.fieldShields ?? {})) {
    if (!shieldableFields.has(field) || ids.some((id) => !members.has(id))) throw wrong(`fieldShields/${field}`);
  }
  return envelope;
}
