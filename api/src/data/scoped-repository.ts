import {
  decide,
  dutchDay,
  lensFor,
  mayEnterFamily,
  memberProfileGuarded,
  type FamilySummary,
  type Lens,
  type Moment,
  type PlanItemView,
  type PlanView,
  type Viewer,
} from '@onsplan/shared';
import type { Clock } from '../config.ts';
import { AppError } from '../http/problems.ts';
import type { AccessAction, AccessLog } from './access-log.ts';
import type { FamilySnapshot, FamilyStore, ItemRow } from './family-store.ts';
import { familyIdsOf, onBehalfOf, viewerIn, type Principal } from './principals.ts';
import { guardedOfRow } from './rows.ts';

/** What the repository sees of one family for this request: the snapshot through the viewer's lens. */
interface Scope {
  readonly snapshot: FamilySnapshot;
  readonly viewer: Viewer;
  readonly lens: Lens;
  /** The member whose view this is (the member, or the one a helper acts for). */
  readonly selfMemberId: string | null;
}

/**
 * The only way routes reach family data (REQUIREMENTS C1). Built per request from the session:
 * every object passes the visibility engine before it leaves, hidden fields are stripped, every
 * read is written to the access log, and anything unknown or hidden is the same "niet gevonden".
 */
export class ScopedRepository {
  readonly #store: FamilyStore;
  readonly #log: AccessLog;
  readonly #principal: Principal;
  readonly #clientIp: string | null;
  readonly #now: Date;
  readonly #at: Moment;

  constructor(deps: { store: FamilyStore; log: AccessLog; clock: Clock }, principal: Principal, clientIp: string | null) {
    this.#store = deps.store;
    this.#log = deps.log;
    this.#principal = principal;
    this.#clientIp = clientIp;
    this.#now = deps.clock.now();
    this.#at = { day: dutchDay(this.#now), instant: this.#now.toISOString() };
  }

  async myFamilies(): Promise<FamilySummary[]> {
    const families: FamilySummary[] = [];
    for (const familyId of familyIdsOf(this.#principal, this.#at)) {
      const scope = await this.#scope(familyId).catch(() => undefined);
      if (scope) families.push(await this.#familyView(scope));
    }
    return families;
  }

  async family(familyId: string): Promise<FamilySummary> {
    return this.#familyView(await this.#scope(familyId));
  }

  async currentPlan(familyId: string): Promise<PlanView> {
    const scope = await this.#scope(familyId);
    const plan = scope.snapshot.plan;
    if (!plan || !decide(scope.lens, guardedOfRow('plan', plan.version.id, familyId, plan.version)).visible) throw new AppError('niet-gevonden');
    const items: PlanItemView[] = [];
    const subjects = new Set<string>();
    for (const row of plan.items) {
      const decision = decide(scope.lens, guardedOfRow('plan-item', row.id, familyId, row));
      if (!decision.visible) continue;
      items.push(itemView(row, decision.hiddenFields));
      for (const id of row.subjects) subjects.add(id);
    }
    await this.#logRead(scope, 'plan', [plan.version.id, ...items.map((i) => i.id)], [...subjects]);
    return {
      familyId,
      planId: plan.version.planId,
      title: plan.version.title,
      summary: plan.version.summary,
      version: { id: plan.version.id, number: plan.version.number, publishedAt: plan.version.publishedAt.toISOString() },
      items,
    };
  }

  async #familyView(scope: Scope): Promise<FamilySummary> {
    const { snapshot, lens } = scope;
    const members: FamilySummary['members'] = [];
    for (const m of snapshot.members) {
      if (!decide(lens, memberProfileGuarded(snapshot.id, m.id)).visible) continue;
      const fields = snapshot.fields
        .filter((f) => f.memberId === m.id && decide(lens, guardedOfRow('member-field', f.id, snapshot.id, f)).visible)
        .map((f) => ({ field: f.field, value: f.value }));
      members.push({ id: m.id, firstName: m.firstName, role: m.role, isMe: m.id === scope.selfMemberId, fields });
    }
    await this.#logRead(scope, 'gezin', members.map((m) => m.id), members.filter((m) => m.fields.length > 0).map((m) => m.id));
    return { id: snapshot.id, name: snapshot.name, members };
  }

  /** The family as this principal may see it; unknown and forbidden look the same. */
  async #scope(familyId: string): Promise<Scope> {
    const viewer = viewerIn(this.#principal, familyId, this.#at);
    if (!viewer || !mayEnterFamily(viewer, familyId, this.#at)) throw new AppError('niet-gevonden');
    const snapshot = await this.#store.snapshot(familyId);
    if (!snapshot) throw new AppError('niet-gevonden');
    const lens = lensFor(viewer, snapshot.factsOn(this.#at.day), this.#at);
    if (lens.kind === 'member' && !decide(lens, memberProfileGuarded(familyId, lens.memberId)).visible) throw new AppError('niet-gevonden');
    return { snapshot, viewer, lens, selfMemberId: lens.kind === 'member' ? lens.memberId : null };
  }

  #logRead(scope: Scope, objectKind: string, objectIds: string[], subjectMemberIds: string[]): Promise<void> {
    return this.#record(scope, 'lezen', objectKind, objectIds, subjectMemberIds);
  }

  #record(scope: Scope, action: AccessAction, objectKind: string, objectIds: string[], subjectMemberIds: string[]): Promise<void> {
    const p = this.#principal;
    return this.#log.record({
      at: this.#now,
      actorUserId: p.userId,
      actorKind: p.kind,
      actorName: p.name,
      actorOrganisation: p.organisation,
      onBehalfOfMemberId: onBehalfOf(scope.viewer),
      familyId: scope.snapshot.id,
      subjectMemberIds,
      action,
      objectKind,
      objectIds,
      clientIp: this.#clientIp,
    });
  }
}

const optionalFields = ['where', 'whatIf', 'scale'] as const;

function itemView(row: ItemRow, hiddenFields: readonly string[]): PlanItemView {
  const view: PlanItemView = {
    id: row.id,
    section: row.section,
    kind: row.kind,
    position: row.position,
    what: row.what,
    who: row.who,
    when: row.when,
  };
  for (const field of optionalFields) {
    const value = row[field];
    if (value !== null && !hiddenFields.includes(field)) (view as unknown as Record<string, unknown>)[field] = value;
  }
  for (const field of hiddenFields) delete (view as unknown as Record<string, unknown>)[field];
  return view;
}
