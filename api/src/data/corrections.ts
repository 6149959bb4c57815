import { randomUUID } from 'node:crypto';
import {
  byUrgency,
  checkExtension,
  deadlineOn,
  decisionNeeds,
  destroyBy,
  dutchDay,
  firstDueOn,
  isOpen,
  isRefused,
  mayRequestRemoval,
  statusAfter,
  type CorrectieBesluit,
  type CorrectieChange,
  type CorrectieInbox,
  type CorrectieKind,
  type CorrectieStatus,
  type CorrectieTargetKind,
  type CorrectieverzoekList,
  type CorrectieverzoekView,
  type EigenVerklaringList,
  type EigenVerklaringView,
  type NewCorrectieverzoek,
  type NewEigenVerklaring,
  type RemovalGround,
  eigenVerklaringEnvelope,
  writtenGuarded,
  groupBy,
} from '@onsplan/shared';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import { applyChange, cleanChange, destroyTarget, proposedChange } from './correction-changes.ts';
import { findTarget, seesTarget, type CorrectionTarget } from './correction-targets.ts';
import { targetGuarded } from './written-objects.ts';
import type { FamilyScope } from './family-scope.ts';
import { insertOnce } from './idempotent.ts';
import { familyIdsOf, type Principal } from './principals.ts';
import { envelopeColumnList, envelopeParams, envelopePlaceholders, envelopeSelect, type EnvelopeRow } from './rows.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { helperNameFor, onBehalfOfNameFor } from './namens-names.ts';
import { familyPart } from './family-parts.ts';

interface RequestRow extends EnvelopeRow {
  id: string;
  requesterMemberId: string;
  createdByKind: 'member' | 'helper' | null;
  createdByName: string | null;
  targetKind: CorrectieTargetKind;
  targetId: string;
  kind: CorrectieKind;
  proposedText: string | null;
  reason: string;
  status: CorrectieStatus;
  receivedOn: string;
  dueOn: string;
  extendedDueOn: string | null;
  extensionReason: string | null;
  extendedAt: Date | null;
  decidedAt: Date | null;
  decisionReasons: string | null;
  decisionChange: CorrectieChange | null;
  removalGround: RemovalGround | null;
  createdAt: Date;
}

interface VerklaringRow extends EnvelopeRow {
  id: string;
  correctieverzoekId: string | null;
  memberId: string;
  targetKind: CorrectieTargetKind;
  targetId: string;
  body: string;
  createdAt: Date;
  /** Who pressed the button: the member, or a helper for her (older rows: unknown). */
  createdByKind: string | null;
  createdByName: string | null;
}

const requestSelect = `
  select c.id, c.requester_member_id as "requesterMemberId", u.kind as "createdByKind", u.display_name as "createdByName",
         c.target_kind as "targetKind", c.target_id as "targetId", c.kind, c.proposed_text as "proposedText", c.reason, c.status,
         c.received_on as "receivedOn", c.due_on as "dueOn", c.extended_due_on as "extendedDueOn", c.extension_reason as "extensionReason",
         c.extended_at as "extendedAt", c.decided_at as "decidedAt", c.decision_reasons as "decisionReasons",
         c.decision_change as "decisionChange", c.removal_ground as "removalGround", c.created_at as "createdAt",
         ${envelopeSelect('c', 'c.requester_member_id')}
    from correctieverzoeken c left join users u on u.id = c.created_by_user_id`;

const verklaringSelect = `
  select v.id, v.correctieverzoek_id as "correctieverzoekId", v.member_id as "memberId", v.target_kind as "targetKind", v.target_id as "targetId",
         v.body, v.created_at as "createdAt", u.kind as "createdByKind", u.display_name as "createdByName", ${envelopeSelect('v')}
    from eigen_verklaringen v left join users u on u.id = v.created_by_user_id`;

const requestsPart = familyPart<RequestRow>('correctieverzoeken', `${requestSelect} where c.family_id = $1`, { extendedAt: true, decidedAt: true, createdAt: true });
const verklaringenPart = familyPart<VerklaringRow>('eigen-verklaringen', `${verklaringSelect} where v.family_id = $1 order by v.created_at, v.id`, { createdAt: true });

/**
 * Correctieverzoeken and eigen verklaringen (REQUIREMENTS A1–A4). A member asks to change, add to or
 * remove something they can see; only they (and a helper who may help them) and the professionals
 * see the request. Professionals answer within the deadline, once with more time, and a granted
 * request changes the target with its history kept. After a refusal the member may add an eigen
 * verklaring, shown to everyone who sees the disputed item and never deleted.
 */
export class CorrectionsRepository {
  readonly #enter: EnterFamily;
  readonly #principal: Principal;
  readonly #now: Date;

  constructor(enter: EnterFamily, principal: Principal, now: Date) {
    this.#enter = enter;
    this.#principal = principal;
    this.#now = now;
  }

  async create(familyId: string, input: NewCorrectieverzoek): Promise<{ request: CorrectieverzoekView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.memberActor('verzoek-doen');
    const target = await findTarget(scope, input.target.kind, input.target.id);
    if (!target || !seesTarget(scope, target)) throw new AppError('niet-gevonden');
    if (target.kind === 'comment' && !target.writtenByProfessional) {
      throw new AppError('niet-toegestaan', { detail: 'U kunt alleen vragen om een reactie van een professional te verbeteren.' });
    }
    if (target.kind === 'score' && target.envelope.authorMemberId !== actor.memberId) {
      throw new AppError('niet-toegestaan', { detail: 'U kunt alleen vragen om uw eigen score te verwijderen.' });
    }
    // A score is how she felt that day: there is nothing to correct in it, only to take away.
    if (target.kind === 'score' && input.kind !== 'verwijderen') throw new AppError('ongeldige-invoer', { fields: ['kind'], detail: 'Een score kunt u alleen laten verwijderen.' });
    const reason = required(input.reason, 'reason');
    const proposedText = input.kind === 'verwijderen' ? forbidden(input.proposedText, 'proposedText') : required(input.proposedText, 'proposedText');
    const receivedOn = scope.at.day;
    if (input.kind === 'verwijderen' && !mayRequestRemoval(scope.snapshot.factsOn(receivedOn), actor.memberId, target.envelope.subjects, receivedOn)) {
      throw new AppError('verwijderen-niet-toegestaan');
    }
    // Only the requester (and their helper) and the professionals: the requester's own words come first.
    const envelope: EnvelopeRow = {
      audience: 'professionals', audienceMembers: [], subjects: [actor.memberId], authorMemberId: actor.memberId,
      shieldedFrom: [], sharedAcrossContactverbod: false, generalInfo: false, fieldShields: {},
    };
    const [audience, audienceMembers, subjects, , shieldedFrom, shared, generalInfo, fieldShields] = envelopeParams(envelope);
    const { id, created } = await scope.write((tx) =>
      insertOnce(
        tx,
        { table: 'correctieverzoeken', familyId: scope.familyId },
        input.clientId,
        actor.userId,
        `insert into correctieverzoeken (id, family_id, requester_member_id, created_by_user_id, target_kind, target_id, kind, proposed_text, reason,
                received_on, due_on, created_at, client_id, audience, audience_members, subjects, shielded_from, shared_across_contactverbod, general_info, field_shields)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
         on conflict (client_id, family_id) do nothing returning id`,
        [
          randomUUID(), familyId, actor.memberId, actor.userId, target.kind, target.id, input.kind, proposedText, reason,
          receivedOn, firstDueOn(receivedOn), scope.now.toISOString(), input.clientId,
          audience, audienceMembers, subjects, shieldedFrom, shared, generalInfo, fieldShields,
        ],
        'created_by_user_id',
      ),
    );
    if (created) await scope.record('aanmaken', 'correctieverzoek', [id], [actor.memberId]);
    return { request: await this.#viewAfterWrite(familyId, id), created };
  }

  /** A member's own requests (a helper: those of the member they help); a professional: all of the family. */
  async list(familyId: string): Promise<CorrectieverzoekList> {
    const scope = await this.#enter(familyId);
    const all = await scope.familyRows(requestsPart);
    const own = scope.isProfessional ? undefined : ownMemberId(scope);
    const visible = scope.visible('correctieverzoek', own ? all.filter((r) => r.requesterMemberId === own) : all);
    const verklaringen = await verklaringenOf(scope, visible.map((r) => r.id));
    const today = scope.at.day;
    const open = visible.filter((r) => isOpen(r.status)).sort(byUrgency);
    const closed = visible.filter((r) => !isOpen(r.status)).sort((a, b) => (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0));
    await scope.record('lezen', 'correctieverzoeken', visible.map((r) => r.id), visible.map((r) => r.requesterMemberId));
    return { correctieverzoeken: await requestViews(scope, [...open, ...closed], verklaringen, today) };
  }

  /** A professional's open requests over all their families, most urgent first. */
  async inbox(): Promise<CorrectieInbox> {
    // The inbox is for whoever is assigned to families, not for an account of a certain kind.
    if (this.#principal.assignments.length === 0) throw new AppError('niet-toegestaan');
    const at = { day: dutchDay(this.#now), instant: this.#now.toISOString() };
    const entries: { row: RequestRow; view: CorrectieInbox['correctieverzoeken'][number] }[] = [];
    for (const familyId of familyIdsOf(this.#principal, at)) {
      const scope = await this.#enter(familyId).catch(() => undefined);
      if (!scope) continue;
      const rows = scope.visible('correctieverzoek', await requests(scope.db, `where c.family_id = $1 and c.status in ('ontvangen', 'in-behandeling', 'extra-tijd')`, [familyId]));
      if (rows.length === 0) continue;
      const verklaringen = await verklaringenOf(scope, rows.map((r) => r.id));
      const views = await requestViews(scope, rows, verklaringen, scope.at.day);
      rows.forEach((row, i) => entries.push({ row, view: { ...views[i]!, familyName: scope.snapshot.name } }));
      await scope.record('lezen', 'correctieverzoeken', rows.map((r) => r.id), rows.map((r) => r.requesterMemberId));
    }
    return { correctieverzoeken: entries.sort((a, b) => byUrgency(a.row, b.row)).map((e) => e.view) };
  }

  /** The professional starts on it: the member sees "in behandeling". */
  async start(familyId: string, requestId: string): Promise<CorrectieverzoekView> {
    return this.#step(familyId, requestId, async (tx, row, scope) => {
      if (row.status !== 'ontvangen') return;
      await tx.query(`update correctieverzoeken set status = 'in-behandeling', started_at = $2 where id = $1`, [row.id, scope.now.toISOString()]);
    });
  }

  /** The one extension (A1): with reasons, only up to the first due date. */
  async extend(familyId: string, requestId: string, reasonText: string): Promise<CorrectieverzoekView> {
    const reason = required(reasonText, 'reason');
    return this.#step(familyId, requestId, async (tx, row, scope, userId) => {
      const check = checkExtension(row, scope.at.day);
      if (!check.ok) throw new AppError(check.why === 'al-verlengd' ? 'verlenging-al-gebruikt' : 'verlenging-te-laat');
      await tx.query(
        `update correctieverzoeken set status = 'extra-tijd', extended_due_on = $2, extension_reason = $3, extended_at = $4, extended_by_user_id = $5 where id = $1`,
        [row.id, check.extendedDueOn, reason, scope.now.toISOString(), userId],
      );
    });
  }

  /**
   * The decision. Granting changes the target (history kept) or destroys it for a removal request;
   * a refusal in whole or part needs reasons (A2), and keeping data a member asked to remove needs
   * the legal ground (A4).
   */
  async takeDecision(familyId: string, requestId: string, besluit: CorrectieBesluit): Promise<CorrectieverzoekView> {
    return this.#step(familyId, requestId, async (tx, row, scope, userId) => {
      const needs = decisionNeeds(row.kind, besluit.outcome);
      const reasons = needs.reasons ? required(besluit.reasons, 'reasons') : optional(besluit.reasons);
      const removalGround = needs.removalGround ? required(besluit.removalGround, 'removalGround') : forbidden(besluit.removalGround, 'removalGround');
      const destroys = besluit.outcome === 'toekennen' && row.kind === 'verwijderen';
      const changes = besluit.outcome !== 'afwijzen' && !destroys;
      if (!changes) forbidden(besluit.change, 'change');
      const target = changes || destroys ? await findTarget(scope, row.targetKind, row.targetId, tx) : undefined;
      if ((changes || destroys) && !target) throw new AppError('niet-gevonden', { detail: 'Dit onderdeel bestaat niet meer.' });
      const ctx = { familyId, requestId: row.id, userId, now: scope.now };
      let change: CorrectieChange | null = null;
      if (changes) {
        const given = besluit.change ?? (needs.change ? undefined : proposedChange(row.kind, row.proposedText ?? '', target!));
        if (!given) throw new AppError('ongeldige-invoer', { fields: ['change'] });
        change = cleanChange(row.targetKind, given);
        await applyChange(tx, ctx, target!, change);
      }
      if (destroys) await destroyTarget(tx, ctx, target!);
      await tx.query(
        `update correctieverzoeken set status = $2, decided_at = $3, decided_by_user_id = $4, decision_reasons = $5, decision_change = $6, removal_ground = $7 where id = $1`,
        [row.id, statusAfter(besluit.outcome), scope.now.toISOString(), userId, reasons, change ? JSON.stringify(change) : null, removalGround],
      );
      return target && (() => scope.record(destroys ? 'verwijderen' : 'wijzigen', logKind[target.kind], [target.id], target.envelope.subjects));
    });
  }

  /** The requester's own statement after a (partial) refusal (Jeugdwet 7.3.8). */
  async addEigenVerklaring(familyId: string, requestId: string, input: NewEigenVerklaring): Promise<{ verklaring: EigenVerklaringView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.memberActor('verzoek-doen');
    const [row] = await requests(scope.db, 'where c.family_id = $1 and c.id = $2 and c.requester_member_id = $3', [familyId, requestId, actor.memberId]);
    if (!row || !scope.sees('correctieverzoek', row.id, row).visible) throw new AppError('niet-gevonden');
    if (!isRefused(row.status)) throw new AppError('eigen-verklaring-kan-niet');
    const body = required(input.body, 'body');
    const target = await findTarget(scope, row.targetKind, row.targetId);
    if (!target || !seesTarget(scope, target)) throw new AppError('niet-gevonden');
    const banned = scope.lens.kind === 'member' ? scope.lens.bannedContacts : new Set<string>();
    const envelope = eigenVerklaringEnvelope(target.envelope, actor.memberId, banned);
    const { id, created } = await scope.write((tx) =>
      insertOnce(
        tx,
        { table: 'eigen_verklaringen', familyId: scope.familyId },
        input.clientId,
        actor.userId,
        `insert into eigen_verklaringen (id, family_id, correctieverzoek_id, member_id, target_kind, target_id, body, created_at, client_id, created_by_user_id, ${envelopeColumnList})
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, ${envelopePlaceholders(11)}) on conflict (client_id, family_id) do nothing returning id`,
        [randomUUID(), familyId, row.id, actor.memberId, row.targetKind, row.targetId, body, scope.now.toISOString(), input.clientId, actor.userId, ...envelopeParams(envelope)],
        'created_by_user_id',
      ),
    );
    if (created) await scope.record('aanmaken', 'eigen-verklaring', [id], [actor.memberId]);
    const [stored] = await scope.db.query<VerklaringRow>(`${verklaringSelect} where v.family_id = $1 and v.id = $2`, [familyId, id]);
    return { verklaring: verklaringView(scope, stored!), created };
  }

  /** Every eigen verklaring on something this viewer sees, to show beside it (A3). */
  async eigenVerklaringen(familyId: string): Promise<EigenVerklaringList> {
    const scope = await this.#enter(familyId);
    const rows = await familyVerklaringen(scope);
    const shown: VerklaringRow[] = [];
    const subjects = new Set<string>();
    for (const row of rows) {
      const target = await findTarget(scope, row.targetKind, row.targetId);
      if (!target || !scope.decides(writtenGuarded('eigen-verklaring', row.id, familyId, row, [targetGuarded(scope, target)])).visible) continue;
      shown.push(row);
      for (const id of [row.memberId, ...target.envelope.subjects]) subjects.add(id);
    }
    await scope.record('lezen', 'eigen-verklaringen', shown.map((r) => r.id), [...subjects]);
    return { eigenVerklaringen: shown.map((r) => verklaringView(scope, r)) };
  }

  /**
   * An eigen verklaring stays with the item for good (A3): nobody may delete it, a professional
   * neither. Whoever sees it gets 403; whoever does not, the usual 404.
   */
  async refuseDeleteEigenVerklaring(familyId: string, verklaringId: string): Promise<never> {
    const visible = await this.eigenVerklaringen(familyId);
    if (!visible.eigenVerklaringen.some((v) => v.id === verklaringId)) throw new AppError('niet-gevonden');
    throw new AppError('niet-toegestaan', { detail: 'Een eigen verklaring blijft altijd bij het onderdeel.' });
  }

  /**
   * One professional step on an open request, in one transaction with the row locked, so two
   * professionals cannot both extend or decide. `work` may return what to log once it committed.
   */
  async #step(
    familyId: string,
    requestId: string,
    work: (tx: Db, row: RequestRow, scope: FamilyScope, userId: string) => Promise<void | (() => Promise<void>)>,
  ): Promise<CorrectieverzoekView> {
    const scope = await this.#enter(familyId);
    const actor = scope.authorize('beslissen');
    const { requester, afterCommit } = await scope.write(async (tx) => {
      const [row] = await requests(tx, 'where c.family_id = $1 and c.id = $2 for update of c', [familyId, requestId]);
      if (!row) throw new AppError('niet-gevonden');
      if (!isOpen(row.status)) throw new AppError('al-besloten');
      return { requester: row.requesterMemberId, afterCommit: await work(tx, row, scope, actor.userId) };
    });
    await scope.record('wijzigen', 'correctieverzoek', [requestId], [requester]);
    if (afterCommit) await afterCommit();
    scope.tellMembers([requester]);
    return this.#viewAfterWrite(familyId, requestId);
  }

  async #viewAfterWrite(familyId: string, requestId: string): Promise<CorrectieverzoekView> {
    const fresh = await this.#enter(familyId);
    const [row] = await requests(fresh.db, 'where c.family_id = $1 and c.id = $2', [familyId, requestId]);
    if (!row || !fresh.sees('correctieverzoek', row.id, row).visible) throw new AppError('niet-gevonden');
    return (await requestViews(fresh, [row], await verklaringenOf(fresh, [row.id]), fresh.at.day))[0]!;
  }
}

/** How the access log names a changed target. */
const logKind: Record<CorrectieTargetKind, string> = { 'plan-item': 'plan-onderdeel', comment: 'reactie', 'member-field': 'persoonsgegeven', member: 'gezinslid', score: 'score' };

function requests(db: Db, where: string, params: unknown[]): Promise<RequestRow[]> {
  return db.query<RequestRow>(`${requestSelect} ${where}`, params);
}

async function verklaringenOf(scope: FamilyScope, requestIds: string[]): Promise<Map<string, VerklaringRow[]>> {
  if (requestIds.length === 0) return new Map();
  const wanted = new Set(requestIds);
  return groupBy((await familyVerklaringen(scope)).filter((row) => wanted.has(row.correctieverzoekId!)), (row) => row.correctieverzoekId!);
}

/** Every eigen verklaring of the family, oldest first; what each person sees of them is decided by the caller. */
export function familyVerklaringen(scope: FamilyScope): Promise<readonly VerklaringRow[]> {
  return scope.familyRows(verklaringenPart);
}

/** The requests as views, each with its target as it stands now (a score is read from its table). */
async function requestViews(scope: FamilyScope, rows: readonly RequestRow[], verklaringen: Map<string, VerklaringRow[]>, today: string): Promise<CorrectieverzoekView[]> {
  const targets = await Promise.all(rows.map((r) => findTarget(scope, r.targetKind, r.targetId)));
  return rows.map((r, i) => requestView(scope, r, targets[i], verklaringen, today));
}

function requestView(scope: FamilyScope, r: RequestRow, target: CorrectionTarget | undefined, verklaringen: Map<string, VerklaringRow[]>, today: string): CorrectieverzoekView {
  const open = isOpen(r.status);
  const state = deadlineOn(r, today);
  const isRequester = r.requesterMemberId === scope.selfMemberId;
  const byHelper = r.createdByKind === 'helper' && r.createdByName ? helperNameFor(scope, r.createdByName) : undefined;
  const requesterName = byHelper ? onBehalfOfNameFor(scope, r.requesterMemberId) : scope.memberName(r.requesterMemberId);
  return {
    id: r.id,
    familyId: scope.familyId,
    target: { kind: r.targetKind, id: r.targetId, ...(target && seesTarget(scope, target) ? { label: target.label } : {}) },
    kind: r.kind,
    proposedText: r.proposedText,
    reason: r.reason,
    status: r.status,
    requester: { isMe: isRequester, ...(requesterName ? { name: requesterName } : {}), ...(byHelper ? { byHelper } : {}) },
    createdAt: r.createdAt.toISOString(),
    deadline: {
      receivedOn: r.receivedOn,
      firstDueOn: r.dueOn,
      extendedDueOn: r.extendedDueOn,
      ...state,
      // A decided request has nothing left to warn about.
      warning: open && state.warning,
      overdue: open && state.overdue,
      ...(r.kind === 'verwijderen' ? { destroyBy: destroyBy(r.receivedOn) } : {}),
    },
    extension: r.extensionReason && r.extendedAt ? { reason: r.extensionReason, at: r.extendedAt.toISOString() } : null,
    decision:
      r.decidedAt && !open
        ? {
            status: r.status as 'toegekend' | 'deels-toegekend' | 'afgewezen',
            decidedAt: r.decidedAt.toISOString(),
            reasons: r.decisionReasons,
            removalGround: r.removalGround,
            rightsNotice: isRefused(r.status),
            ...(scope.isProfessional && r.decisionChange ? { change: r.decisionChange } : {}),
          }
        : null,
    eigenVerklaringen: (verklaringen.get(r.id) ?? []).map((v) => verklaringView(scope, v)),
    mayAddEigenVerklaring: isRequester && isRefused(r.status),
  };
}

function verklaringView(scope: FamilyScope, v: VerklaringRow): EigenVerklaringView {
  const seen = scope.memberName(v.memberId);
  // Only beside the member's name: a helper of a member the reader may not see stays unnamed too.
  const byHelper = seen && v.createdByKind === 'helper' && v.createdByName ? helperNameFor(scope, v.createdByName) : undefined;
  const name = byHelper ? onBehalfOfNameFor(scope, v.memberId) : seen;
  return {
    id: v.id,
    target: { kind: v.targetKind, id: v.targetId },
    correctieverzoekId: v.correctieverzoekId,
    body: v.body,
    createdAt: v.createdAt.toISOString(),
    // A helper reads the member's statement as hers, not as the helper's own ("Uw eigen verklaring").
    // Whoever may read the statement may read that a helper wrote it: "Ria namens Samira".
    author: { isMe: scope.isMembersOwnView && v.memberId === scope.selfMemberId, ...(name ? { name } : {}), ...(byHelper ? { byHelper } : {}) },
  };
}

/** A text the member or professional must give: trimmed, not empty. */
function required<T extends string>(text: T | undefined, field: string): T {
  const trimmed = text?.trim();
  if (!trimmed) throw new AppError('ongeldige-invoer', { fields: [field] });
  return trimmed as T;
}

function optional(text: string | undefined): string | null {
  return text?.trim() || null;
}

/** A value that does not belong with this choice: saying it anyway is a mistake, not something to ignore. */
function forbidden(value: unknown, field: string): null {
  if (value !== undefined) throw new AppError('ongeldige-invoer', { fields: [field] });
  return null;
}

/** Whose requests a member or helper reads: a helper who may only read still reads them. */
function ownMemberId(scope: FamilyScope): string {
  if (!scope.selfMemberId) throw new AppError('niet-toegestaan');
  return scope.selfMemberId;
}
