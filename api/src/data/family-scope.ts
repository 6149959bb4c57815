import { decide, dutchDay, lensFor, mayEnterFamily, memberProfileGuarded, type Decision, type Delegation, type Guarded, type GuardedKind, type Lens, type Moment, type Viewer } from '@onsplan/shared';
import type { Invitations } from '../auth/invitations.ts';
import type { SessionStore } from '../auth/sessions.ts';
import type { Clock } from '../config.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { AccessAction, AccessEntry, AccessLog } from './access-log.ts';
import type { FamilySnapshot, FamilyStore } from './family-store.ts';
import { onBehalfOf, viewerIn, type Principal } from './principals.ts';
import type { RefusalTrail } from './refusals.ts';
import { guardedOfRow, type EnvelopeRow } from './rows.ts';

export interface DataDeps {
  store: FamilyStore;
  log: AccessLog;
  db: Db;
  clock: Clock;
  /** Drops every cached principal: after a write that changes who may enter a family (an assignment). */
  forgetPrincipals?: () => void;
  /** Makes sign-in codes for members (invitations, recovery after a lost phone). */
  invitations?: Pick<Invitations, 'create'>;
  /** Ends the sessions a revoked passkey opened (a lost phone is out at once). */
  sessions?: Pick<SessionStore, 'endOpenedWith' | 'forgetEnded'>;
  /** The portal's web address, printed on an invitation letter. */
  origin?: string;
}

/** Who acts when a write is made: the user, and the member on whose behalf (member or helper). */
export interface Actor {
  userId: string;
  kind: Principal['kind'];
  /** The member the write is for: the member themself, or the one a helper acts for. */
  memberId: string | null;
  /** Set when a helper acts for a member. */
  onBehalfOfMemberId: string | null;
}

/**
 * One family through one viewer's lens, for one request. Lives only inside `api/src/data`: routes
 * never get the snapshot, only what a repository method hands out after `sees`.
 */
export class FamilyScope {
  readonly snapshot: FamilySnapshot;
  readonly viewer: Viewer;
  readonly lens: Lens;
  readonly principal: Principal;
  readonly at: Moment;
  readonly now: Date;
  /** The member whose view this is (the member, or the one a helper acts for); null for professionals. */
  readonly selfMemberId: string | null;
  readonly #deps: DataDeps;
  readonly #clientIp: string | null;
  readonly #memberLenses = new Map<string, Lens>();
  readonly #trail: RefusalTrail | undefined;
  /** The professional's own scope when this one is only a lens for her preview ("Bekijk als"). */
  readonly #previewOf: FamilyScope | undefined;

  constructor(
    deps: DataDeps,
    principal: Principal,
    clientIp: string | null,
    now: Date,
    snapshot: FamilySnapshot,
    viewer: Viewer,
    trail?: RefusalTrail,
    previewOf?: FamilyScope,
  ) {
    this.#deps = deps;
    this.#clientIp = clientIp;
    this.#trail = trail;
    this.#previewOf = previewOf;
    this.principal = principal;
    this.now = now;
    this.at = { day: dutchDay(now), instant: now.toISOString() };
    this.snapshot = snapshot;
    this.viewer = viewer;
    this.lens = lensFor(viewer, snapshot.factsOn(this.at.day), this.at);
    this.selfMemberId = this.lens.kind === 'member' ? this.lens.memberId : null;
  }

  get familyId(): string {
    return this.snapshot.id;
  }

  get isProfessional(): boolean {
    return this.viewer.kind === 'professional';
  }

  sees(kind: GuardedKind, id: string, envelope: EnvelopeRow): Decision {
    return this.decides(guardedOfRow(kind, id, this.familyId, envelope));
  }

  /** The lens of another member of this family at this moment, to say who else can read something. */
  lensOfMember(memberId: string): Lens {
    let lens = this.#memberLenses.get(memberId);
    if (!lens) {
      lens = lensFor({ kind: 'member', userId: '', memberId, familyId: this.familyId }, this.snapshot.factsOn(this.at.day), this.at);
      this.#memberLenses.set(memberId, lens);
    }
    return lens;
  }

  /**
   * This family through one member's eyes, for a professional's "Bekijk als" preview: every decision
   * by that member's lens. Only a professional of this family gets one (403 otherwise), and it is a
   * lens, nothing more: it cannot act, write or log, since whatever it did would be recorded as the
   * member's doing ("namens Samira") or land under the member's name.
   */
  throughMember(memberId: string): FamilyScope {
    if (!this.snapshot.members.some((m) => m.id === memberId)) throw new AppError('niet-gevonden');
    return this.#through({ kind: 'member', userId: '', memberId, familyId: this.familyId });
  }

  /** The same, through the eyes of a helper acting for a member of this family under this delegation. */
  throughHelper(userId: string, delegation: Delegation): FamilyScope {
    if (delegation.familyId !== this.familyId || !this.snapshot.members.some((m) => m.id === delegation.memberId)) throw new AppError('niet-gevonden');
    return this.#through({ kind: 'helper', userId, delegation });
  }

  #through(viewer: Viewer): FamilyScope {
    // A preview of a preview would be a member's scope looking through another member's eyes.
    if (this.#previewOf || this.viewer.kind !== 'professional') throw new AppError('niet-toegestaan');
    return new FamilyScope(this.#deps, this.principal, this.#clientIp, this.now, this.snapshot, viewer, undefined, this);
  }

  /** Whether this scope is only a professional's preview lens (see `throughMember`). */
  get isPreview(): boolean {
    return this.#previewOf !== undefined;
  }

  #mayAct(): void {
    if (this.#previewOf) throw new AppError('niet-toegestaan');
  }

  /** The decision on an object that names what it hangs on (a written object, see written-objects.ts). */
  decides(object: Guarded): Decision {
    const decision = decide(this.lens, object);
    // Noted, so that a 404 on this very object is logged as a refused attempt (it exists).
    if (!decision.visible) this.#trail?.hidden.set(object.id, object.kind);
    return decision;
  }

  /** The rows this viewer may see, in their order. */
  visible<T extends EnvelopeRow & { id: string }>(kind: GuardedKind, rows: readonly T[]): T[] {
    return rows.filter((row) => this.sees(kind, row.id, row).visible);
  }

  /** A member's first name when this viewer may see that member, else a neutral word. */
  memberName(memberId: string | null): string | undefined {
    if (!memberId) return undefined;
    if (!decide(this.lens, memberProfileGuarded(this.familyId, memberId)).visible) return undefined;
    return this.snapshot.members.find((m) => m.id === memberId)?.firstName;
  }

  /**
   * The actor for a write by a family member (or a helper allowed to help). Professionals and
   * read-only helpers get 403: they may read, but this is not theirs to do.
   */
  memberActor(): Actor & { memberId: string } {
    this.#mayAct();
    const viewer = this.viewer;
    if (viewer.kind === 'member') return { userId: viewer.userId, kind: 'member', memberId: viewer.memberId, onBehalfOfMemberId: null };
    if (viewer.kind === 'helper' && viewer.delegation.scope === 'lezen-en-helpen') {
      return { userId: viewer.userId, kind: 'helper', memberId: viewer.delegation.memberId, onBehalfOfMemberId: viewer.delegation.memberId };
    }
    throw new AppError('niet-toegestaan');
  }

  /** The member a write by this viewer is for, when the viewer may write as a member (see memberActor). */
  get writingMemberId(): string | undefined {
    // A preview shows who would read what the member writes, so it answers as the member would;
    // the write itself is refused by memberActor.
    const viewer = this.viewer;
    if (viewer.kind === 'member') return viewer.memberId;
    if (viewer.kind === 'helper' && viewer.delegation.scope === 'lezen-en-helpen') return viewer.delegation.memberId;
    return undefined;
  }

  /** The actor for a write by a professional of this family. */
  professionalActor(): Actor {
    this.#mayAct();
    if (this.viewer.kind !== 'professional') throw new AppError('niet-toegestaan');
    return { userId: this.viewer.userId, kind: 'professional', memberId: null, onBehalfOfMemberId: null };
  }

  /** The actor for a write anyone who may act in this family can make (comments, replies). */
  anyActor(): Actor {
    return this.viewer.kind === 'professional' ? this.professionalActor() : this.memberActor();
  }

  /** Runs a write in one transaction; the family's snapshot is dropped once it commits. */
  async write<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    this.#mayAct();
    try {
      return await this.#deps.db.transaction(work);
    } finally {
      this.#deps.store.forget(this.familyId);
    }
  }

  /** Reads outside the snapshot (history, large lists); still only inside the data layer. */
  get db(): Db {
    return this.#deps.db;
  }

  async record(action: AccessAction, objectKind: string, objectIds: readonly string[], subjectMemberIds: readonly string[]): Promise<void> {
    // A preview's entry would say "namens" the member previewed; the professional's own scope logs it.
    this.#mayAct();
    return this.#deps.log.record(this.entry(action, objectKind, objectIds, subjectMemberIds));
  }

  /** The log entry for something this person does in this family, as they act now. */
  entry(action: AccessAction, objectKind: string, objectIds: readonly string[], subjectMemberIds: readonly string[]): AccessEntry {
    const p = this.principal;
    return {
      at: this.now,
      actorUserId: p.userId,
      actorKind: p.kind,
      actorName: p.name,
      actorOrganisation: p.organisation,
      onBehalfOfMemberId: onBehalfOf(this.viewer),
      familyId: this.familyId,
      subjectMemberIds: [...new Set(subjectMemberIds)],
      action,
      objectKind,
      objectIds,
      clientIp: this.#clientIp,
    };
  }
}

/**
 * Opens a family for this principal; unknown and forbidden answer the same "niet gevonden". With a
 * trail, a family that would not open is noted there (whether it exists is asked only when the
 * request is refused, off its path).
 */
export async function enterFamily(deps: DataDeps, principal: Principal, clientIp: string | null, now: Date, familyId: string, trail?: RefusalTrail): Promise<FamilyScope> {
  const closed = () => {
    if (trail) trail.closedFamilyId = familyId;
    return new AppError('niet-gevonden');
  };
  const at: Moment = { day: dutchDay(now), instant: now.toISOString() };
  const viewer = viewerIn(principal, familyId, at);
  if (!viewer || !mayEnterFamily(viewer, familyId, at)) throw closed();
  const snapshot = await deps.store.snapshot(familyId);
  if (!snapshot) throw closed();
  const scope = new FamilyScope(deps, principal, clientIp, now, snapshot, viewer, trail);
  const self = scope.selfMemberId;
  if (self && !decide(scope.lens, memberProfileGuarded(familyId, self)).visible) throw closed();
  if (trail) trail.scope = scope;
  return scope;
}

/** Subjects of a set of rows, for the access log. */
export function subjectsOf(rows: readonly { subjects: readonly string[] }[], extra: readonly (string | null)[] = []): string[] {
  const all = new Set<string>();
  for (const row of rows) for (const id of row.subjects) all.add(id);
  for (const id of extra) if (id) all.add(id);
  return [...all];
}
