import { ageOn, type IssuedCode, type MemberAccountList, type MemberAccountView } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { AppError } from '../http/problems.ts';
import type { DataDeps, FamilyScope } from './family-scope.ts';
import type { MemberRow } from './family-store.ts';
import type { EnterFamily } from './scoped-repository.ts';

/** Below this age a child has no account of her own (DOMAIN: the parents with gezag read along). */
const accountAge = 12;

/**
 * Members' sign-in as their professionals manage it: who has an account, when last seen, passkeys by
 * name; a code for a member without an account (invitation) or with a lost phone (recovery: the same
 * account, a new passkey). Any professional of the family may do this; each code is in the access log.
 */
export class MemberAccountsRepository {
  readonly #enter: EnterFamily;
  readonly #deps: DataDeps;

  constructor(enter: EnterFamily, deps: DataDeps) {
    this.#enter = enter;
    this.#deps = deps;
  }

  async list(familyId: string): Promise<MemberAccountList> {
    const scope = await this.#professional(familyId, 'beslissen');
    const members = scope.snapshot.members;
    const userIds = members.flatMap((m) => (m.userId ? [m.userId] : []));
    const passkeys = await scope.db.query<{ userId: string; id: string; name: string; createdAt: Date; lastUsedAt: Date | null }>(
      `select user_id as "userId", id, name, created_at as "createdAt", last_used_at as "lastUsedAt" from passkeys
        where user_id = any($1::uuid[]) and revoked_at is null order by created_at`,
      [userIds],
    );
    const seen = await scope.db.query<{ userId: string; at: Date }>(`select user_id as "userId", max(last_seen_at) as at from sessions where user_id = any($1::uuid[]) group by user_id`, [userIds]);
    const codes = await scope.db.query<{ userId: string; purpose: 'uitnodiging' | 'herstel'; expiresAt: Date }>(
      `select distinct on (user_id) user_id as "userId", purpose, expires_at as "expiresAt" from invitations
        where user_id = any($1::uuid[]) and used_at is null and expires_at > $2 order by user_id, created_at desc`,
      [userIds, scope.now.toISOString()],
    );
    const accounts: MemberAccountView[] = members.map((m) => {
      const keys = m.userId ? passkeys.filter((p) => p.userId === m.userId) : [];
      const code = codes.find((c) => c.userId === m.userId);
      const lastSeen = seen.find((s) => s.userId === m.userId)?.at ?? null;
      return {
        memberId: m.id,
        firstName: m.firstName,
        hasAccount: keys.length > 0,
        tooYoung: tooYoung(m, scope),
        lastSeenAt: lastSeen ? new Date(lastSeen).toISOString() : null,
        passkeys: keys.map((k) => ({ id: k.id, name: k.name, createdAt: k.createdAt.toISOString(), lastUsedAt: k.lastUsedAt?.toISOString() ?? null })),
        openCode: code ? { purpose: code.purpose, expiresAt: code.expiresAt.toISOString() } : null,
      };
    });
    await scope.record('lezen', 'accounts', members.map((m) => m.id), members.map((m) => m.id));
    return { accounts };
  }

  /**
   * A code for one member, shown once. Without an account yet she gets an invitation (and an account
   * is made for her); with one, a recovery code for the same account, which registers a new passkey.
   */
  async issueCode(familyId: string, memberId: string): Promise<IssuedCode> {
    const scope = await this.#professional(familyId, 'uitnodigen');
    const member = scope.snapshot.members.find((m) => m.id === memberId);
    if (!member) throw new AppError('niet-gevonden');
    if (tooYoung(member, scope)) throw new AppError('te-jong-voor-account');
    if (!this.#deps.invitations) throw new AppError('niet-beschikbaar');
    let userId = member.userId;
    let purpose: IssuedCode['purpose'] = 'herstel';
    if (!userId) {
      purpose = 'uitnodiging';
      userId = randomUUID();
      await scope.write(async (tx) => {
        await tx.query(`insert into users (id, kind, display_name, created_at) values ($1, 'member', $2, $3)`, [userId, `${member.firstName} ${member.lastName}`, scope.now.toISOString()]);
        await tx.query(`update members set user_id = $2 where id = $1 and user_id is null`, [memberId, userId]);
      });
      this.#deps.forgetPrincipals?.();
    } else {
      const [keys] = await scope.db.query<{ n: number }>(`select count(*)::int as n from passkeys where user_id = $1 and revoked_at is null`, [userId]);
      if (!keys?.n) purpose = 'uitnodiging';
    }
    const { code, expiresAt } = await this.#deps.invitations.create(userId, scope.principal.userId, purpose);
    await scope.record('aanmaken', purpose === 'herstel' ? 'herstelcode' : 'uitnodiging', [memberId], [memberId]);
    return { code, purpose, expiresAt: expiresAt.toISOString(), address: this.#deps.origin ?? '', memberFirstName: member.firstName, familyName: scope.snapshot.name };
  }

  /**
   * A lost or stolen phone: the professional revokes its passkey and every session it opened ends at
   * once. Unlike the member's own revoke this may be her last passkey; a recovery code brings her back.
   */
  async revokePasskey(familyId: string, memberId: string, passkeyId: string): Promise<void> {
    const scope = await this.#professional(familyId, 'uitnodigen');
    const member = scope.snapshot.members.find((m) => m.id === memberId);
    if (!member?.userId || !this.#deps.sessions) throw new AppError('niet-gevonden');
    const sessions = this.#deps.sessions;
    const ended = await scope.db.transaction(async (tx) => {
      const revoked = await tx.query(`update passkeys set revoked_at = $3 where id = $1 and user_id = $2 and revoked_at is null returning id`, [
        passkeyId, member.userId, scope.now.toISOString(),
      ]);
      if (!revoked.length) throw new AppError('niet-gevonden');
      return sessions.endOpenedWith(tx, passkeyId, 'inlogsleutel-ingetrokken');
    });
    sessions.forgetEnded(ended);
    await scope.record('verwijderen', 'inlogsleutel', [memberId], [memberId]);
  }

  /** Accounts are the professionals' work: seeing them with any role, codes and revoking as regisseur (acting rules). */
  async #professional(familyId: string, action: 'beslissen' | 'uitnodigen'): Promise<FamilyScope> {
    const scope = await this.#enter(familyId);
    scope.professionalActor(action);
    return scope;
  }
}

function tooYoung(member: MemberRow, scope: FamilyScope): boolean {
  return member.birthDate !== null && ageOn(member.birthDate, scope.at.day) < accountAge;
}
