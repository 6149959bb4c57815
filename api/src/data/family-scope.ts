import { decide, dutchDay, lensFor, mayEnterFamily, memberProfileGuarded, type Action, type Decision, type Delegation, type Guarded, type GuardedKind, type Lens, type Moment, type Viewer } from '@onsplan/shared';
import type { Invitations } from '../auth/invitations.ts';
import type { SessionStore } from '../auth/sessions.ts';
import type { Clock } from '../config.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { AccessAction, AccessEntry, AccessLog, DelegationBasis } from './access-log.ts';
import type { FamilyReads, FamilySnapshot } from './family-store.ts';
import type { FamilyPart } from './family-parts.ts';
import { onBehalfOf, viewerIn, type ActingAs, type Principal } from './principals.ts';
import type { RefusalTrail } from './refusals.ts';
import { isHelperChoice } from './helper-actions.ts';
import { guardedOfRow, type EnvelopeRow } from './rows.ts';

export interface DataDeps {
  store: FamilyReads;
  log: Pick<AccessLog, 'record' | 'recordLater'>;
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
  /** "Er is iets nieuws" to people's devices (push/notifier.ts); absent where nothing is sent. */
  news?: { newsFor(userIds: Iterable<string>): void };
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
  // Asked for every reader of every item of a read: decided once per member for this lens.
  readonly #memberNames = new Map<string, string | undefined>();
  /** Accounts already told of news by this request: one notice each. */
  readonly #told = new Set<string>();
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

  /** A professional looks through a member's lens ("bekijk als"): she reads what the member reads, and writes nothing. */
  get isPreview(): boolean {
    // Also the plan editor's lens on a draft (`throughMember`, `throughHelper`).
    return this.viewer.kind === 'bekijk-als' || this.#previewOf !== undefined;
  }

  /** The view is the member's own: she herself, or a professional looking as her (not a helper's view of her). */
  get isMembersOwnView(): boolean {
    return this.viewer.kind === 'member' || this.viewer.kind === 'bekijk-als';
  }

  /**
   * The account whose view this is, for what depends on the account rather than the lens ("mine",
   * what was read before, what was sent before): the previewed member's, else the signed-in one's.
   */
  get viewUserId(): string {
    const viewer = this.viewer;
    if (this.#previewOf && viewer.kind === 'helper') return viewer.userId;
    if (viewer.kind !== 'bekijk-als' && !(this.#previewOf && viewer.kind === 'member')) return this.principal.userId;
    const memberId = viewer.memberId;
    // A member without an account has no own view to preview (the lens already refuses under 12).
    return this.snapshot.members.find((m) => m.id === memberId)?.userId ?? '00000000-0000-0000-0000-000000000000';
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
    if (this.#memberNames.has(memberId)) return this.#memberNames.get(memberId);
    const name = decide(this.lens, memberProfileGuarded(this.familyId, memberId)).visible ? this.snapshot.members.find((m) => m.id === memberId)?.firstName : undefined;
    this.#memberNames.set(memberId, name);
    return name;
  }

  /**
   * May this viewer do `action` on `object`? Answers with the actor, or throws: `niet-gevonden`
   * when the object is hidden from them (it might as well not exist), `niet-toegestaan` when they
   * see it but the acting rules say no. The one place in the API where acting is decided.
   */
  authorize(action: Exclude<Action, 'lezen'>, object: Guarded = this.standing): Actor {
    // The plan editor's lens on a draft looks as a member, so her lens would let her act: it never may.
    if (this.#previewOf) throw new AppError('niet-toegestaan');
    const decision = decide(this.lens, object, action);
    if (!decision.visible) {
      this.#trail?.hidden.set(object.id, object.kind);
      throw new AppError('niet-gevonden');
    }
    if (!decision.allowed) throw new AppError('niet-toegestaan');
    return this.#actor();
  }

  /**
   * The acting person's own place in the family, for actions that are not about one object yet
   * (starting a request, publishing): for a member lens the member's own profile, which `enterFamily`
   * made sure she sees; for a professional the family as a whole.
   */
  get standing(): Guarded {
    return memberProfileGuarded(this.familyId, this.selfMemberId ?? '');
  }

  /**
   * Does the screen offer `action` on `object` (a button, a "who will read this" line)? As the
   * member would be offered it: a preview shows the member's screen, though `authorize` refuses
   * every action of the preview itself.
   */
  may(action: Exclude<Action, 'lezen'>, object: Guarded = this.standing): boolean {
    const lens = this.viewer.kind === 'bekijk-als' ? this.lensOfMember(this.viewer.memberId) : this.lens;
    return decide(lens, object, action).allowed;
  }

  /** A member action (see `memberActions`), for writes that are the member's own; kept for callers that name no object. */
  memberActor(action: Exclude<Action, 'lezen'> = 'reageren'): Actor & { memberId: string } {
    const actor = this.authorize(action);
    if (actor.memberId === null) throw new AppError('niet-toegestaan');
    return { ...actor, memberId: actor.memberId };
  }

  /** A professional action on the family (editing the plan by default: regisseur only); kept for callers that name no action. */
  professionalActor(action: Exclude<Action, 'lezen'> = 'bewerken'): Actor {
    const actor = this.authorize(action);
    if (actor.kind !== 'professional') throw new AppError('niet-toegestaan');
    return actor;
  }

  #actor(): Actor {
    const viewer = this.viewer;
    switch (viewer.kind) {
      case 'member':
        return { userId: viewer.userId, kind: 'member', memberId: viewer.memberId, onBehalfOfMemberId: null };
      case 'helper':
        return { userId: viewer.userId, kind: 'helper', memberId: viewer.delegation.memberId, onBehalfOfMemberId: viewer.delegation.memberId };
      case 'professional':
        return { userId: viewer.userId, kind: 'professional', memberId: null, onBehalfOfMemberId: null };
      default:
        // The acting rules never let a preview or a beheerder act; should one get here, refuse.
        throw new AppError('niet-toegestaan');
    }
  }

  /** Runs a write in one transaction; the family's snapshot is dropped once it commits. */
  write<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return this.#changing(() => this.#deps.db.transaction(work));
  }

  /**
   * A write that changes the database in one statement, atomic by itself, sent without BEGIN and
   * COMMIT: two round trips fewer for the commonest write (a comment). `work` may read after that
   * statement (the row that was there already), never write a second time.
   */
  writeOnce<T>(work: (db: Db) => Promise<T>): Promise<T> {
    return this.#changing(() => work(this.#deps.db));
  }

  async #changing<T>(run: () => Promise<T>): Promise<T> {
    // The last net under "bekijk als": the acting rules refuse every action, and so does this.
    if (this.isPreview) throw new AppError('niet-toegestaan');
    try {
      return await run();
    } finally {
      this.#deps.store.forget(this.familyId);
    }
  }

  /**
   * "Er is iets nieuws" for every member account that may read `object` now, decided by the same
   * evaluator and lenses as their own reads; never for the person who did it. The notice carries
   * nothing of the object, but who gets one still follows the rules: a notice about something
   * hidden would tell that it exists.
   */
  announce(object: Guarded): void {
    this.#tell(this.snapshot.members.filter((m) => decide(this.lensOfMember(m.id), object).visible).map((m) => m.id));
  }

  /**
   * News for the members something is addressed to (the requester of a decision, members reminded to
   * answer), each only when the evaluator lets her read `about` (by default her own profile, which
   * a member who left the family no longer has).
   */
  tellMembers(memberIds: readonly string[], about: (memberId: string) => Guarded = (id) => memberProfileGuarded(this.familyId, id)): void {
    this.#tell(memberIds.filter((id) => decide(this.lensOfMember(id), about(id)).visible));
  }

  #tell(memberIds: readonly string[]): void {
    const news = this.#deps.news;
    if (!news || this.isPreview) return;
    const users: string[] = [];
    for (const id of memberIds) {
      const userId = this.snapshot.members.find((m) => m.id === id)?.userId;
      if (!userId || userId === this.principal.userId || this.#told.has(userId)) continue;
      this.#told.add(userId);
      users.push(userId);
    }
    if (users.length > 0) news.newsFor(users);
  }

  /** Reads outside the snapshot (history, large lists); still only inside the data layer. */
  get db(): Db {
    return this.#deps.db;
  }

  /**
   * All of the family's rows of one kind that the snapshot does not hold; read once per snapshot
   * (FamilyStore.rowsAlongside), and together with the other parts asked for at the same moment.
   * Not for reads in a write: those read in their own transaction.
   */
  familyRows<T>(part: FamilyPart<T>): Promise<readonly T[]> {
    return this.#deps.store.rowsAlongside(this.snapshot, part);
  }

  /** Rows of the family that change without a family change (read marks): read for each request, batched like `familyRows`. */
  familyRowsNow<T>(part: FamilyPart<T>): Promise<readonly T[]> {
    return this.#deps.store.rowsNow(this.familyId, part);
  }

  async record(action: AccessAction, objectKind: string, objectIds: readonly string[], subjectMemberIds: readonly string[]): Promise<void> {
    // A draft preview's entry would say "namens" the member previewed; the professional's own scope logs it.
    if (this.#previewOf) throw new AppError('niet-toegestaan');
    const entry = this.entry(action, objectKind, objectIds, subjectMemberIds);
    await this.#deps.log.record(entry);
    // A helper's choice for the member is news for her (issue 11): "Er is iets nieuws", never what or who.
    if (isHelperChoice(entry)) this.#tell([entry.onBehalfOfMemberId!]);
  }

  /** The log entry for something this person does in this family, as they act now. */
  entry(action: AccessAction, objectKind: string, objectIds: readonly string[], subjectMemberIds: readonly string[]): AccessEntry {
    const p = this.principal;
    // Looking as a member is logged as the professional, with that member as subject, and told apart from reading.
    if (this.viewer.kind === 'bekijk-als') {
      subjectMemberIds = [...subjectMemberIds, this.viewer.memberId];
      if (action === 'lezen') action = 'bekijken-als';
    }
    return {
      at: this.now,
      actorUserId: p.userId,
      // As whom this person acts here: one account can be a member in one family and a helper in another.
      actorKind: actorKindOf(this.viewer),
      actorName: p.name,
      actorOrganisation: p.organisation,
      onBehalfOfMemberId: onBehalfOf(this.viewer),
      familyId: this.familyId,
      subjectMemberIds: [...new Set(subjectMemberIds)],
      action,
      objectKind,
      objectIds,
      clientIp: this.#clientIp,
      ...(this.viewer.kind === 'helper' ? { delegation: this.#helperBasis(this.viewer.delegation) } : {}),
    };
  }

  /** A helper acts on the member's decision: the delegation she gave, as it stands now. */
  #helperBasis(delegation: Delegation): DelegationBasis {
    const member = this.snapshot.members.find((m) => m.id === delegation.memberId);
    return { id: delegation.id, decidedByUserId: member?.userId ?? null, scopes: delegation.scopes, validUntil: delegation.validUntil };
  }
}

/**
 * Opens a family for this principal; unknown and forbidden answer the same "niet gevonden". With a
 * trail, a family that would not open is noted there (whether it exists is asked only when the
 * request is refused, off its path).
 */
export async function enterFamily(
  deps: DataDeps,
  principal: Principal,
  clientIp: string | null,
  now: Date,
  familyId: string,
  trail?: RefusalTrail,
  actingAs: ActingAs = { as: 'zelf' },
): Promise<FamilyScope> {
  const closed = () => {
    if (trail) trail.closedFamilyId = familyId;
    return new AppError('niet-gevonden');
  };
  const at: Moment = { day: dutchDay(now), instant: now.toISOString() };
  const viewer = viewerIn(principal, familyId, at, actingAs);
  if (!viewer || !mayEnterFamily(viewer, familyId, at)) throw closed();
  const snapshot = await deps.store.snapshot(familyId);
  if (!snapshot) throw closed();
  const scope = new FamilyScope(deps, principal, clientIp, now, snapshot, viewer, trail);
  const self = scope.selfMemberId;
  if (self && !decide(scope.lens, memberProfileGuarded(familyId, self)).visible) throw closed();
  if (trail) trail.scope = scope;
  return scope;
}

function actorKindOf(viewer: Viewer): Principal['kind'] {
  switch (viewer.kind) {
    case 'bekijk-als':
      return 'professional';
    default:
      return viewer.kind;
  }
}

/** Subjects of a set of rows, for the access log. */
export function subjectsOf(rows: readonly { subjects: readonly string[] }[], extra: readonly (string | null)[] = []): string[] {
  const all = new Set<string>();
  for (const row of rows) for (const id of row.subjects) all.add(id);
  for (const id of extra) if (id) all.add(id);
  return [...all];
}
