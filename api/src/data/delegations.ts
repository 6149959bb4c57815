import { randomUUID } from 'node:crypto';
import {
  addDays,
  addMonths,
  delegationInvitationDays,
  delegationScopes,
  dutchDay,
  isDelegationActive,
  maxDelegationMonths,
  startOfDutchDay,
  type Day,
  type DelegationChange,
  type DelegationEnd,
  type DelegationScope,
  type HelperView,
  type HelpersOverview,
  type HelpingView,
  type IssuedDelegationInvitation,
  type NewDelegationInvitation,
  type OpenDelegationInvitationView,
} from '@onsplan/shared';
import { hashSecret, looksLikeCode, newInvitationCode, normaliseCode } from '../auth/codes.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { AccessAction, AccessEntry, DelegationBasis } from './access-log.ts';
import type { FamilyScope } from './family-scope.ts';
import type { Principal } from './principals.ts';
import { RequestRepository } from './repository-context.ts';

interface DelegationRow {
  id: string;
  memberId: string;
  helperUserId: string;
  helperName: string;
  scopes: DelegationScope[];
  validFrom: Date;
  validUntil: Date;
  revokedAt: Date | null;
}

/** A member's invitation to a helper, as stored. */
export interface DelegationInvitationRow {
  id: string;
  familyId: string;
  memberId: string;
  helperName: string;
  scopes: DelegationScope[];
  validUntil: Date;
  createdByUserId: string;
  expiresAt: Date;
  withdrawnAt: Date | null;
  usedAt: Date | null;
  helperUserId: string | null;
}

const delegationColumns = `d.id, d.member_id as "memberId", d.helper_user_id as "helperUserId", u.display_name as "helperName", d.scopes,
  d.valid_from as "validFrom", d.valid_until as "validUntil", d.revoked_at as "revokedAt"`;

const invitationColumns = `id, family_id as "familyId", member_id as "memberId", helper_name as "helperName", scopes, valid_until as "validUntil",
  created_by_user_id as "createdByUserId", expires_at as "expiresAt", withdrawn_at as "withdrawnAt", used_at as "usedAt", helper_user_id as "helperUserId"`;

/**
 * The delegation lifecycle (issue 11): a member invites a helper with a code, chooses what she may
 * do and until when, changes or ends it; the regisseur can end it too; the helper can stop. Who may
 * do this is the acting rule `machtigen`; every grant, change and end is logged with its basis.
 */
export class DelegationsRepository extends RequestRepository {
  /** A member's own helpers and open invitations; a professional of the family sees every member's helpers. */
  async overview(familyId: string): Promise<HelpersOverview> {
    const scope = await this.enter(familyId);
    const memberId = scope.isProfessional ? null : ownMember(scope);
    const helpers = (await activeDelegations(scope, memberId)).map((row) => helperView(scope, row));
    const invitations = memberId ? (await openInvitations(scope, memberId)).map(invitationView) : [];
    await scope.record('lezen', 'machtiging', helpers.map((h) => h.delegationId), [...new Set(helpers.map((h) => h.memberId))]);
    return { helpers, invitations };
  }

  async invite(familyId: string, input: NewDelegationInvitation): Promise<IssuedDelegationInvitation> {
    const scope = await this.enter(familyId);
    const memberId = ownMember(scope);
    const helperName = input.helperName.trim().replace(/\s+/g, ' ');
    if (!helperName) throw new AppError('ongeldige-invoer', { fields: ['helperName'] });
    const scopes = chosenScopes(input.scopes);
    const validUntil = endOf(scope.at.day, input.lastDay);
    const code = newInvitationCode();
    const row: DelegationInvitationRow = {
      id: randomUUID(), familyId, memberId, helperName, scopes, validUntil, createdByUserId: scope.principal.userId,
      expiresAt: new Date(scope.now.getTime() + delegationInvitationDays * 86_400_000), withdrawnAt: null, usedAt: null, helperUserId: null,
    };
    await scope.write((tx) =>
      tx.query(
        `insert into delegation_invitations (id, family_id, member_id, helper_name, scopes, valid_until, code_hash, created_by_user_id, created_at, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [row.id, familyId, memberId, helperName, scopes, validUntil.toISOString(), hashSecret(normaliseCode(code)), row.createdByUserId, scope.now.toISOString(), row.expiresAt.toISOString()],
      ),
    );
    await this.deps.log.record({ ...scope.entry('aanmaken', 'machtiging-uitnodiging', [row.id], [memberId]), delegation: basis(row.id, row.createdByUserId, scopes, validUntil) });
    return { ...invitationView(row), code, address: this.deps.origin ?? '' };
  }

  /** The member takes back an invitation nobody used yet. */
  async withdraw(familyId: string, invitationId: string): Promise<void> {
    const scope = await this.enter(familyId);
    const memberId = ownMember(scope);
    const [row] = await scope.write((tx) =>
      tx.query<{ scopes: DelegationScope[]; validUntil: Date }>(
        `update delegation_invitations set withdrawn_at = $3 where id = $1 and member_id = $2 and used_at is null and withdrawn_at is null and expires_at > $3
         returning scopes, valid_until as "validUntil"`,
        [invitationId, memberId, scope.now.toISOString()],
      ),
    );
    if (!row) throw new AppError('niet-gevonden');
    await this.deps.log.record({ ...scope.entry('verwijderen', 'machtiging-uitnodiging', [invitationId], [memberId]), delegation: basis(invitationId, scope.principal.userId, row.scopes, row.validUntil) });
  }

  /** The member changes what her helper may do, or until when; it counts from the helper's next request. */
  async change(familyId: string, delegationId: string, input: DelegationChange): Promise<HelperView> {
    const scope = await this.enter(familyId);
    const memberId = ownMember(scope);
    const row = await oneActive(scope, delegationId, memberId);
    const scopes = input.scopes ? chosenScopes(input.scopes) : row.scopes;
    const validUntil = input.lastDay ? endOf(scope.at.day, input.lastDay) : row.validUntil;
    await scope.write((tx) =>
      tx.query(`update delegations set scopes = $2, valid_until = $3, changed_at = $4 where id = $1`, [delegationId, scopes, validUntil.toISOString(), scope.now.toISOString()]),
    );
    this.deps.forgetPrincipals?.();
    await this.deps.log.record({ ...scope.entry('wijzigen', 'machtiging', [delegationId], [memberId]), delegation: basis(delegationId, scope.principal.userId, scopes, validUntil) });
    return helperView(scope, { ...row, scopes, validUntil });
  }

  /**
   * Ends the help at once: the member for her own helper, or the regisseur for any helper in the
   * family (with a reason, for the file). From the helper's next request she is a stranger here.
   */
  async end(familyId: string, delegationId: string, input: DelegationEnd): Promise<void> {
    const scope = await this.enter(familyId);
    const memberId = scope.isProfessional ? null : ownMember(scope);
    const reason = input.reason?.trim() || null;
    if (memberId === null) {
      scope.authorize('machtigen');
      if (!reason) throw new AppError('uitleg-nodig', { fields: ['reason'] });
    }
    const row = await oneActive(scope, delegationId, memberId);
    await scope.write((tx) => revoke(tx, delegationId, scope.principal.userId, reason, scope.now));
    this.deps.forgetPrincipals?.();
    await this.deps.log.record({ ...scope.entry('verwijderen', 'machtiging', [delegationId], [row.memberId]), delegation: basis(delegationId, scope.principal.userId, row.scopes, row.validUntil) });
  }

  /** The members this helper helps now, for her own screen. */
  helping(): HelpingView[] {
    const at = { day: dutchDay(this.now), instant: this.now.toISOString() };
    return this.principal.delegations
      .filter((d) => isDelegationActive(d, at))
      .map((d) => ({ delegationId: d.id, familyId: d.familyId, memberId: d.memberId, memberName: d.memberFirstName, scopes: [...d.scopes], lastDay: lastDayOf(new Date(d.validUntil)) }));
  }

  /** A helper who has an account adds a member's code; a member's or professional's account cannot become a helper this way. */
  async redeem(code: string): Promise<HelpingView> {
    if (this.principal.kind !== 'helper') throw new AppError('niet-toegestaan', { detail: 'Alleen een helper kan deze code gebruiken.' });
    const db = this.deps.db;
    const invitation = await db.transaction(async (tx) => {
      const row = await usableInvitation(tx, code, this.now, { lock: true });
      await startDelegation(tx, row, this.principal.userId, this.now);
      return row;
    });
    this.deps.forgetPrincipals?.();
    this.deps.store.forget(invitation.familyId);
    await this.deps.log.record(grantEntry(this.principal, invitation, this.now, this.clientIp));
    const [started] = await db.query<{ id: string; firstName: string }>(
      `select d.id, m.first_name as "firstName" from delegation_invitations i join delegations d on d.id = i.delegation_id join members m on m.id = d.member_id where i.id = $1`,
      [invitation.id],
    );
    return { delegationId: started!.id, familyId: invitation.familyId, memberId: invitation.memberId, memberName: started!.firstName, scopes: invitation.scopes, lastDay: lastDayOf(invitation.validUntil) };
  }

  /** The helper stops helping this member, at once. */
  async stop(delegationId: string): Promise<void> {
    const at = { day: dutchDay(this.now), instant: this.now.toISOString() };
    const delegation = this.principal.delegations.find((d) => d.id === delegationId && isDelegationActive(d, at));
    if (!delegation) throw new AppError('niet-gevonden');
    await this.deps.db.transaction((tx) => revoke(tx, delegationId, this.principal.userId, null, this.now));
    this.deps.forgetPrincipals?.();
    this.deps.store.forget(delegation.familyId);
    await this.deps.log.record({
      at: this.now,
      actorUserId: this.principal.userId,
      actorKind: 'helper',
      actorName: this.principal.name,
      actorOrganisation: this.principal.organisation,
      onBehalfOfMemberId: delegation.memberId,
      familyId: delegation.familyId,
      subjectMemberIds: [delegation.memberId],
      action: 'verwijderen',
      objectKind: 'machtiging',
      objectIds: [delegationId],
      clientIp: this.clientIp,
      delegation: basis(delegationId, this.principal.userId, delegation.scopes, new Date(delegation.validUntil)),
    });
  }
}

/**
 * The invitation behind `code` while it can still be used; unknown and withdrawn answer alike, so
 * a withdrawn code says nothing more than a typo.
 */
export async function usableInvitation(db: Db, code: string, now: Date, { lock = false } = {}): Promise<DelegationInvitationRow> {
  if (!looksLikeCode(code)) throw new AppError('uitnodiging-onbekend');
  return usableWhere(db, 'code_hash = $1', hashSecret(normaliseCode(code)), now, lock);
}

/** The same by its id, for the new helper whose passkey is being saved (locked: used up in this transaction). */
export function usableInvitationById(tx: Db, id: string, now: Date): Promise<DelegationInvitationRow> {
  return usableWhere(tx, 'id = $1', id, now, true);
}

async function usableWhere(db: Db, where: string, key: string, now: Date, lock: boolean): Promise<DelegationInvitationRow> {
  const [row] = await db.query<DelegationInvitationRow>(`select ${invitationColumns} from delegation_invitations where ${where}${lock ? ' for update' : ''}`, [key]);
  if (!row || row.withdrawnAt) throw new AppError('uitnodiging-onbekend');
  if (row.usedAt) throw new AppError('uitnodiging-gebruikt');
  if (now >= row.expiresAt) throw new AppError('uitnodiging-verlopen');
  return row;
}

/** Starts the delegation of a used invitation for this helper; the code is used up in the same transaction. */
export async function startDelegation(tx: Db, invitation: DelegationInvitationRow, helperUserId: string, now: Date): Promise<string> {
  const id = randomUUID();
  // The help never starts later than it ends: an invitation used on its last day still gets that day.
  const validUntil = invitation.validUntil > now ? invitation.validUntil : new Date(now.getTime() + 1);
  await tx.query(
    `insert into delegations (id, family_id, member_id, helper_user_id, scopes, valid_from, valid_until, granted_by_user_id, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $6)`,
    [id, invitation.familyId, invitation.memberId, helperUserId, invitation.scopes, now.toISOString(), validUntil.toISOString(), invitation.createdByUserId],
  );
  const used = await tx.query(
    `update delegation_invitations set used_at = $2, delegation_id = $3, helper_user_id = $4 where id = $1 and used_at is null and withdrawn_at is null returning id`,
    [invitation.id, now.toISOString(), id, helperUserId],
  );
  if (!used.length) throw new AppError('uitnodiging-gebruikt');
  return id;
}

/** The log entry of a helper who took up a member's invitation: the member decided, the helper accepted. */
export function grantEntry(helper: Pick<Principal, 'userId' | 'name' | 'organisation'>, invitation: DelegationInvitationRow, at: Date, clientIp: string | null): AccessEntry {
  return {
    at,
    actorUserId: helper.userId,
    actorKind: 'helper',
    actorName: helper.name,
    actorOrganisation: helper.organisation,
    onBehalfOfMemberId: invitation.memberId,
    familyId: invitation.familyId,
    subjectMemberIds: [invitation.memberId],
    action: 'aanmaken' satisfies AccessAction,
    objectKind: 'machtiging',
    objectIds: [invitation.id],
    clientIp,
    delegation: basis(invitation.id, invitation.createdByUserId, invitation.scopes, invitation.validUntil),
  };
}

/** The member whose help this is; the acting rule `machtigen` refuses helpers, previews and the young. */
function ownMember(scope: FamilyScope): string {
  const actor = scope.authorize('machtigen');
  if (!actor.memberId) throw new AppError('niet-toegestaan');
  return actor.memberId;
}

/** `lezen` always, each scope once, in the catalogue's order. */
function chosenScopes(scopes: readonly DelegationScope[]): DelegationScope[] {
  const chosen = new Set<DelegationScope>(['lezen', ...scopes]);
  return delegationScopes.filter((s) => chosen.has(s));
}

/** The first instant after the chosen last day; the day must be after today and at most 12 months from today. */
function endOf(today: Day, lastDay: Day): Date {
  if (lastDay <= today || lastDay > addMonths(today, maxDelegationMonths)) throw new AppError('einddatum-te-ver', { fields: ['lastDay'] });
  return startOfDutchDay(addDays(lastDay, 1));
}

/** The last day help counts: it ends at the start of the next Dutch day. */
export function lastDayOf(validUntil: Date): Day {
  return dutchDay(new Date(validUntil.getTime() - 1));
}

function basis(id: string, decidedByUserId: string, scopes: readonly string[], validUntil: Date): DelegationBasis {
  return { id, decidedByUserId, scopes, validUntil: validUntil.toISOString() };
}

async function revoke(tx: Db, delegationId: string, byUserId: string, reason: string | null, now: Date): Promise<void> {
  await tx.query(`update delegations set revoked_at = $2, revoked_by_user_id = $3, revoke_reason = $4 where id = $1 and revoked_at is null`, [
    delegationId, now.toISOString(), byUserId, reason,
  ]);
}

async function activeDelegations(scope: FamilyScope, memberId: string | null): Promise<DelegationRow[]> {
  return scope.db.query<DelegationRow>(
    `select ${delegationColumns} from delegations d join users u on u.id = d.helper_user_id
      where d.family_id = $1 and ($2::uuid is null or d.member_id = $2) and d.valid_from <= $3 and d.valid_until > $3
        and (d.revoked_at is null or d.revoked_at > $3) and u.disabled_at is null
      order by d.valid_from, u.display_name, d.id`,
    [scope.familyId, memberId, scope.now.toISOString()],
  );
}

/** One active delegation of the family (of this member, when given); anything else is unknown. */
async function oneActive(scope: FamilyScope, delegationId: string, memberId: string | null): Promise<DelegationRow> {
  const row = (await activeDelegations(scope, memberId)).find((d) => d.id === delegationId);
  if (!row) throw new AppError('niet-gevonden');
  return row;
}

async function openInvitations(scope: FamilyScope, memberId: string): Promise<DelegationInvitationRow[]> {
  return scope.db.query<DelegationInvitationRow>(
    `select ${invitationColumns} from delegation_invitations
      where family_id = $1 and member_id = $2 and used_at is null and withdrawn_at is null and expires_at > $3 order by created_at, id`,
    [scope.familyId, memberId, scope.now.toISOString()],
  );
}

function helperView(scope: FamilyScope, row: DelegationRow): HelperView {
  return {
    delegationId: row.id,
    helperName: row.helperName,
    memberId: row.memberId,
    memberName: scope.memberName(row.memberId) ?? '',
    scopes: row.scopes,
    validFrom: row.validFrom.toISOString(),
    lastDay: lastDayOf(row.validUntil),
  };
}

function invitationView(row: DelegationInvitationRow): OpenDelegationInvitationView {
  return { id: row.id, helperName: row.helperName, scopes: row.scopes, lastDay: lastDayOf(row.validUntil), expiresAt: row.expiresAt.toISOString() };
}
