import { isDelegationActive, type Delegation, type DraftChanges, type DraftPreview, type PlanDraft, type PlanDraftSave, type PlanDraftSaved, type PublishDraft, type PublishedDraft } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import { cleanText } from './decisions.ts';
import type { FamilyScope } from './family-scope.ts';
import { checkedDraftItems, checkPublishable, draftItemOfRow, envelopeOfDraft, rowOfDraft, wireItem, type ShieldReasonRow, type StoredDraftItem, type StoredShield } from './plan-draft-items.ts';
import { draftPreview, draftWarnings, memberChanges, type DraftVersion, type PreviewHelper } from './plan-draft-views.ts';
import { insertPublishedVersion } from './plan-versions.ts';
import type { KeptReason } from './shield-reasons.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { guardedOfRow, type EnvelopeRow } from './rows.ts';

interface DraftRow {
  id: string;
  /** Null for the first draft of a plan that has no version yet. */
  baseVersionId: string | null;
  revision: number;
  title: string;
  summary: string;
  items: StoredDraftItem[];
  savedAt: Date;
  savedBy: string;
}

/** The draft as the data layer holds it; `row` undefined while nothing was saved yet. */
interface LoadedDraft {
  row: DraftRow | undefined;
  planId: string;
  /** The version the draft builds on; id null (number 0) before the first version. */
  baseVersion: { id: string | null; number: number };
  title: string;
  summary: string;
  items: StoredDraftItem[];
  /** The current version's items as a draft, for which shields may stay without a kept reason. */
  baseItems: StoredDraftItem[];
}

/**
 * The professional's draft of the next plan version: one per family, saved as she types, previewed
 * as each member will see it, published as a new version. Only a professional of the family reaches
 * any of it (403 for members and helpers); no member route reads the drafts table.
 */
export class PlanDraftsRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  /** The draft, or (nothing saved yet) the current version as a draft at revision 0; logged as read. */
  async get(familyId: string): Promise<PlanDraft> {
    const scope = await this.#professional(familyId);
    const draft = await loadDraft(scope, scope.db);
    await scope.record('lezen', 'planconcept', [draft.row?.id ?? draft.baseVersion.id ?? draft.planId], subjectsOfDraft(draft.items));
    return {
      familyId,
      baseVersion: draft.baseVersion,
      outdated: draft.baseVersion.id !== currentVersionId(scope),
      revision: draft.row?.revision ?? 0,
      title: draft.title,
      summary: draft.summary,
      items: draft.items.map(wireItem),
      savedAt: draft.row?.savedAt.toISOString() ?? null,
      savedBy: draft.row ? nameOf(scope, draft.row.savedBy) : null,
      warnings: warningsOf(scope, draft.items),
    };
  }

  /** An autosave; 409 concept-veranderd when someone saved (or published) since `revision`. */
  async save(familyId: string, input: PlanDraftSave): Promise<PlanDraftSaved> {
    const scope = await this.#professional(familyId);
    const userId = scope.professionalActor('bewerken').userId;
    const memberIds = new Set(scope.snapshot.members.map((m) => m.id));
    const result = await scope.db.transaction(async (tx) => {
      const draft = await loadDraft(scope, tx, { lock: true });
      // A tab loaded before a publication shows the old version: its items would undo, unseen, what the new one changed (a shield).
      if (draft.baseVersion.id !== (input.baseVersionId ?? null)) throw new AppError('plan-veranderd');
      if ((draft.row?.revision ?? 0) !== input.revision) throw new AppError('concept-veranderd');
      const { items, decided } = checkedDraftItems(input.items, { memberIds, baseItems: draft.baseItems, savedItems: draft.row?.items ?? [], userId, now: scope.now });
      const title = input.title.trim() === '' ? draft.title : input.title;
      // Sharing across a contactverbod widens who sees an item as much as a shield narrows it: a decision of its own.
      const before = (key: string) => (draft.row?.items ?? draft.baseItems).find((i) => i.key === key);
      const shared = items.filter((i) => i.sharedAcrossContactverbod && !before(i.key)?.sharedAcrossContactverbod);
      // Never a number an earlier (published or thrown away) draft had, so a tab left open on it cannot match this one.
      const [next] = await tx.query<{ revision: number }>(`select nextval('plan_draft_revisions')::int as revision`);
      const revision = next!.revision;
      if (draft.row) {
        await tx.query('update plan_drafts set revision = $2, title = $3, summary = $4, items = $5, saved_at = $6, saved_by = $7 where id = $1', [
          draft.row.id, revision, title, input.summary, JSON.stringify(items), scope.now.toISOString(), userId,
        ]);
        return { id: draft.row.id, revision, decided, shared, items };
      }
      const id = randomUUID();
      // Two first saves at once: the second finds the row the first made and is told so.
      const inserted = await tx.query<{ id: string }>(
        `insert into plan_drafts (id, family_id, base_version_id, revision, title, summary, items, saved_at, saved_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (family_id) do nothing returning id`,
        [id, familyId, draft.baseVersion.id, revision, title, input.summary, JSON.stringify(items), scope.now.toISOString(), userId],
      );
      if (inserted.length === 0) throw new AppError('concept-veranderd');
      return { id, revision, decided, shared, items };
    });
    await scope.record('wijzigen', 'planconcept', [result.id], subjectsOfDraft(result.items));
    if (result.decided.length > 0) await scope.record('wijzigen', 'afscherming', [result.id], shieldSubjects(result.items, result.decided));
    if (result.shared.length > 0) await scope.record('wijzigen', 'afscherming', [result.id], subjectsOfDraft(result.shared));
    return { revision: result.revision, savedAt: scope.now.toISOString(), warnings: warningsOf(scope, result.items) };
  }

  /**
   * Throws the draft away; the next one starts from the current version. Only at the revision she
   * saw (409 concept-veranderd otherwise): a screen left open must not throw away a colleague's newer work.
   */
  async discard(familyId: string, revision: number): Promise<void> {
    const scope = await this.#professional(familyId);
    scope.professionalActor('bewerken');
    const removed = await scope.db.query<{ id: string }>('delete from plan_drafts where family_id = $1 and revision = $2 returning id', [familyId, revision]);
    if (removed.length === 0) {
      const [exists] = await scope.db.query('select 1 from plan_drafts where family_id = $1', [familyId]);
      throw new AppError(exists ? 'concept-veranderd' : 'niet-gevonden');
    }
    await scope.record('verwijderen', 'planconcept', removed.map((r) => r.id), []);
  }

  /** "Bekijk als": the draft as this member will receive it, through the same filter as their own plan read; logged as a preview. */
  async preview(familyId: string, memberId: string, helperUserId?: string): Promise<DraftPreview> {
    const scope = await this.#professional(familyId);
    if (!scope.snapshot.members.some((m) => m.id === memberId)) throw new AppError('niet-gevonden');
    const helper = helperUserId ? await activeHelper(scope, memberId, helperUserId) : undefined;
    const draft = await loadDraft(scope, scope.db);
    const preview = draftPreview(scope, draftVersion(scope, draft), memberId, helper);
    await scope.record('lezen', 'planconcept-bekijk-als', [draft.row?.id ?? draft.baseVersion.id ?? draft.planId], [memberId]);
    return preview;
  }

  /** Per member, what changes from the current version to the draft, from that member's own views. */
  async changes(familyId: string): Promise<DraftChanges> {
    const scope = await this.#professional(familyId);
    const draft = await loadDraft(scope, scope.db);
    const members = memberChanges(scope, draftVersion(scope, draft));
    await scope.record('lezen', 'planconcept-veranderingen', [draft.row?.id ?? draft.baseVersion.id ?? draft.planId], members.map((m) => m.memberId));
    return { baseVersion: draft.baseVersion, members };
  }

  /**
   * Publishes the draft as the next version: immutable from then on, the old one stays as history,
   * and every member is asked for instemming again (instemming is per version). 409 concept-veranderd
   * when the draft changed since `revision`, plan-veranderd when the plan moved on since the draft began.
   */
  async publish(familyId: string, input: PublishDraft): Promise<PublishedDraft> {
    const scope = await this.#professional(familyId);
    const actor = scope.professionalActor('publiceren');
    const loaded = await loadDraft(scope, scope.db);
    if (!loaded.row || loaded.row.revision !== input.revision) throw new AppError('concept-veranderd');
    checkPublishable(loaded.row.items);
    if (!cleanText(loaded.title)) throw new AppError('ongeldige-invoer', { fields: ['title'] });
    const plan = scope.snapshot.plan;
    if (currentVersionId(scope) !== loaded.baseVersion.id) throw new AppError('plan-veranderd');
    // Computed before the write from this same snapshot: the version published below is exactly this draft on top of it.
    const members = memberChanges(scope, draftVersion(scope, loaded));
    const items = loaded.row.items.map(publishedText);
    const published = await scope.write(async (tx) => {
      const [current] = await tx.query<{ currentVersionId: string }>('select current_version_id as "currentVersionId" from plans where family_id = $1 for update', [familyId]);
      if (!current || (current.currentVersionId ?? null) !== loaded.baseVersion.id) throw new AppError('plan-veranderd');
      const [row] = await tx.query<{ revision: number }>('select revision from plan_drafts where family_id = $1 for update', [familyId]);
      if (!row || row.revision !== input.revision) throw new AppError('concept-veranderd');
      const version = await insertPublishedVersion(tx, {
        familyId, planId: loaded.planId, number: loaded.baseVersion.number + 1, title: cleanText(loaded.title)!, summary: loaded.summary.trim(),
        envelope: plan?.version ?? firstVersionEnvelope, items: items.map((item) => ({ ...item, itemKey: item.key, ...envelopeOfDraft(item) })), publishedBy: actor.userId, now: scope.now,
        previousVersionId: loaded.baseVersion.id, reasons: reasonsOfDraft(items, actor.userId, scope.now),
      });
      await tx.query('delete from plan_drafts where family_id = $1', [familyId]);
      return version;
    });
    // Removing an item changes its subjects' data as much as adding one.
    const removed = loaded.baseItems.filter((b) => !items.some((i) => i.key === b.key));
    await scope.record('aanmaken', 'planversie', [published.versionId], subjectsOfDraft([...items, ...removed]));
    const shields = items.flatMap((i) => i.shields);
    if (shields.length > 0) await scope.record('aanmaken', 'afscherming', [published.versionId], shieldSubjects(items, shields));
    scope.announce(guardedOfRow('plan', published.versionId, scope.familyId, plan?.version ?? firstVersionEnvelope));
    return { version: { id: published.versionId, number: published.number, publishedAt: scope.now.toISOString() }, members };
  }

  /** Reading the draft is for every professional of the family; writing it needs the acting rules' own action on top. */
  async #professional(familyId: string): Promise<FamilyScope> {
    const scope = await this.#enter(familyId);
    scope.professionalActor('beslissen');
    return scope;
  }
}

async function loadDraft(scope: FamilyScope, db: Db, { lock = false } = {}): Promise<LoadedDraft> {
  const plan = scope.snapshot.plan;
  const [planRow] = await db.query<{ id: string }>('select id from plans where family_id = $1', [scope.familyId]);
  if (!planRow) throw new AppError('niet-gevonden');
  const planId = planRow.id;
  const [row] = await db.query<DraftRow>(
    `select id, base_version_id as "baseVersionId", revision, title, summary, items, saved_at as "savedAt", saved_by as "savedBy"
       from plan_drafts where family_id = $1${lock ? ' for update' : ''}`,
    [scope.familyId],
  );
  const reasons = await db.query<ShieldReasonRow>(
    `select item_key as "itemKey", member_id as "memberId", field, reason, reason_text as "reasonText", decided_by as "decidedBy", decided_at as "decidedAt"
       from plan_shield_reasons where version_id = $1`,
    [plan?.version.id ?? null],
  );
  const baseItems = (plan?.items ?? []).map((i) => draftItemOfRow(i, reasons));
  if (!row) {
    const baseVersion = plan ? { id: plan.version.id, number: plan.version.number } : { id: null, number: 0 };
    return { row, planId, baseVersion, title: plan?.version.title ?? firstTitle, summary: plan?.version.summary ?? '', items: baseItems, baseItems };
  }
  const [base] = row.baseVersionId ? await db.query<{ number: number }>('select number from plan_versions where id = $1', [row.baseVersionId]) : [];
  return { row, planId, baseVersion: { id: row.baseVersionId, number: base?.number ?? 0 }, title: row.title, summary: row.summary, items: row.items, baseItems };
}

/** The helper's active delegation from this member, to preview as that helper; 404 when there is none now. */
async function activeHelper(scope: FamilyScope, memberId: string, userId: string): Promise<PreviewHelper> {
  const rows = await scope.db.query<{ id: string; scopes: Delegation['scopes']; validFrom: Date; validUntil: Date; revokedAt: Date | null; name: string }>(
    `select d.id, d.scopes, d.valid_from as "validFrom", d.valid_until as "validUntil", d.revoked_at as "revokedAt", u.display_name as name
       from delegations d join users u on u.id = d.helper_user_id
      where d.family_id = $1 and d.member_id = $2 and d.helper_user_id = $3 and u.disabled_at is null order by d.created_at desc`,
    [scope.familyId, memberId, userId],
  );
  for (const row of rows) {
    const delegation = {
      id: row.id, memberId, familyId: scope.familyId, scopes: row.scopes,
      validFrom: row.validFrom.toISOString(), validUntil: row.validUntil.toISOString(), revokedAt: row.revokedAt?.toISOString() ?? null,
    };
    if (isDelegationActive(delegation, scope.at)) return { userId, name: row.name, delegation };
  }
  throw new AppError('niet-gevonden');
}

/** The version the draft will become, for the views: heading and rows as they will be stored. */
function draftVersion(scope: FamilyScope, draft: LoadedDraft): DraftVersion {
  const envelope = scope.snapshot.plan?.version ?? firstVersionEnvelope;
  return {
    heading: {
      id: draft.row?.id ?? draft.baseVersion.id ?? draft.planId, planId: draft.planId, number: draft.baseVersion.number + 1, title: draft.title, summary: draft.summary,
      publishedAt: scope.now.toISOString(),
    },
    envelope,
    rows: draft.items.map((item, position) => rowOfDraft(publishedText(item), position)),
    items: draft.items,
  };
}

/** Texts as they are published: trimmed, an empty optional text is none. */
function publishedText(item: StoredDraftItem): StoredDraftItem {
  const optional = (text: string | null) => (text === null || text.trim() === '' ? null : text.trim());
  return {
    ...item, what: item.what.trim(), who: item.who.trim(), when: item.when.trim(), where: optional(item.where), whatIf: optional(item.whatIf),
    scaleLow: optional(item.scaleLow), scaleHigh: optional(item.scaleHigh),
  };
}

/** The reasons of the draft's shields as they are kept with the version; a shield without one keeps none. */
function reasonsOfDraft(items: readonly StoredDraftItem[], publisher: string, now: Date): KeptReason[] {
  return items.flatMap((item) =>
    item.shields.flatMap((s) =>
      s.reason === null
        ? []
        : [{ itemKey: item.key, memberId: s.memberId, field: s.field, reason: s.reason, reasonText: s.reasonText ?? null, decidedBy: s.decidedBy ?? publisher, decidedAt: s.decidedAt ? new Date(s.decidedAt) : now }],
    ),
  );
}

function warningsOf(scope: FamilyScope, items: readonly StoredDraftItem[]) {
  return draftWarnings(scope, items, items.map((item, position) => rowOfDraft(item, position)));
}

/**
 * Whose data the draft's entries are about: each item's subjects, except a subject the item is
 * hidden from as a whole. As with a shielding decision (below), that member's own log must not show
 * work on something they may not know exists (DOMAIN rule 10); the draft and, once published, the
 * kept reason say who it is about.
 */
function subjectsOfDraft(items: readonly StoredDraftItem[]): string[] {
  const readers = (i: StoredDraftItem) => i.subjects.filter((id) => !i.shields.some((s) => s.memberId === id && s.field === null));
  return [...new Set(items.flatMap(readers))];
}

/**
 * Whose data a shielding decision is about: the subjects of the items it hides. Never the member it
 * hides from: their own "who looked at my data" would tell them that something is hidden (DOMAIN
 * rule 10). Who it hides from, and why, is kept with the reason itself (plan_shield_reasons).
 */
function shieldSubjects(items: readonly StoredDraftItem[], shields: readonly StoredShield[]): string[] {
  const hiddenFrom = new Set(shields.map((s) => s.memberId));
  const touched = items.filter((i) => i.shields.some((s) => shields.includes(s)));
  return [...new Set(touched.flatMap((i) => i.subjects))].filter((id) => !hiddenFrom.has(id));
}

function nameOf(scope: FamilyScope, userId: string): string {
  return scope.snapshot.professionals.find((p) => p.userId === userId)?.name ?? 'Een professional';
}

/** The current version's id, or null while the plan has none (a family made in the workspace). */
function currentVersionId(scope: FamilyScope): string | null {
  return scope.snapshot.plan?.version.id ?? null;
}

/** The title a first draft starts with, as the demo plan's; she can change it. */
const firstTitle = 'Ons plan';

/** Who a first version is for: the whole family, general information (the table's defaults). */
const firstVersionEnvelope: EnvelopeRow = {
  audience: 'gezin', audienceMembers: [], subjects: [], authorMemberId: null, shieldedFrom: [], sharedAcrossContactverbod: false, generalInfo: true, fieldShields: {},
};
