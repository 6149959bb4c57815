import type { Clock, Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import { randomUUID } from 'node:crypto';
import { usableInvitation } from '../data/delegations.ts';
import { hashSecret, looksLikeCode, newInvitationCode, newToken, normaliseCode } from './codes.ts';

export interface ClaimedInvitation {
  invitationId: string;
  userId: string;
  displayName: string;
}

/**
 * Invitation codes (REQUIREMENTS E2): random, single use, bound to one user, valid 7 days.
 * Redeeming claims the code for one browser session; it is used up when a passkey is saved.
 */
export class Invitations {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #config: Config;

  constructor(db: Db, clock: Clock, config: Config) {
    this.#db = db;
    this.#clock = clock;
    this.#config = config;
  }

  async create(userId: string, createdBy: string | null, purpose: 'uitnodiging' | 'herstel' = 'uitnodiging'): Promise<{ code: string; expiresAt: Date }> {
    const code = newInvitationCode();
    const now = this.#clock.now();
    const expiresAt = new Date(now.getTime() + this.#config.invitationTtlMs);
    await this.#db.query(
      `insert into invitations (id, user_id, code_hash, purpose, created_by_user_id, created_at, expires_at) values (gen_random_uuid(), $1, $2, $3, $4, $5, $6)`,
      [userId, hashSecret(normaliseCode(code)), purpose, createdBy, now.toISOString(), expiresAt.toISOString()],
    );
    return { code, expiresAt };
  }

  /** A member's sign-in code, or else a member's code for a new helper: one field on the portal takes both. */
  async claim(input: string, sessionHash: string): Promise<ClaimedInvitation> {
    if (!looksLikeCode(input)) throw new AppError('uitnodiging-onbekend');
    try {
      return await this.#claim('i.code_hash = $1', hashSecret(normaliseCode(input)), sessionHash);
    } catch (error) {
      if (error instanceof AppError && error.code === 'uitnodiging-onbekend') return this.#claimForNewHelper(input, sessionHash);
      throw error;
    }
  }

  /**
   * A member's code for a new helper (issue 11): the helper gets an account of her own, named as
   * the member named her, and a sign-in invitation bound to it and to the member's invitation; the
   * delegation starts when her passkey is saved (`markUsed`). A second try with the same code (the
   * first ceremony was left) reuses that account. Reached through `claim`: one code field for all.
   */
  async #claimForNewHelper(input: string, sessionHash: string): Promise<ClaimedInvitation> {
    const now = this.#clock.now();
    const signInId = await this.#db.transaction(async (tx) => {
      const invitation = await usableInvitation(tx, input, now, { lock: true });
      let helperUserId = invitation.helperUserId;
      if (!helperUserId) {
        helperUserId = randomUUID();
        await tx.query(`insert into users (id, kind, display_name, created_at) values ($1, 'helper', $2, $3)`, [helperUserId, invitation.helperName, now.toISOString()]);
        await tx.query(`update delegation_invitations set helper_user_id = $2 where id = $1`, [invitation.id, helperUserId]);
      }
      const [open] = await tx.query<{ id: string }>(`select id from invitations where delegation_invitation_id = $1 and used_at is null`, [invitation.id]);
      if (open) return open.id;
      const id = randomUUID();
      // Never typed by anyone: only this member's code reaches it, so its own hash is of a random secret.
      await tx.query(
        `insert into invitations (id, user_id, code_hash, purpose, created_by_user_id, created_at, expires_at, delegation_invitation_id) values ($1, $2, $3, 'uitnodiging', $4, $5, $6, $7)`,
        [id, helperUserId, hashSecret(newToken()), invitation.createdByUserId, now.toISOString(), invitation.expiresAt.toISOString(), invitation.id],
      );
      return id;
    });
    return this.#claim('i.id = $1', signInId, sessionHash);
  }

  async #claim(where: string, key: string, sessionHash: string): Promise<ClaimedInvitation> {
    const now = this.#clock.now();
    const [row] = await this.#db.query<{ id: string; userId: string; displayName: string; usedAt: Date | null; expiresAt: Date; claimedBy: string | null; claimedAt: Date | null }>(
      `select i.id, i.user_id as "userId", u.display_name as "displayName", i.used_at as "usedAt", i.expires_at as "expiresAt",
              i.claimed_by_session as "claimedBy", i.claimed_at as "claimedAt"
         from invitations i join users u on u.id = i.user_id where ${where} and u.disabled_at is null`,
      [key],
    );
    if (!row) throw new AppError('uitnodiging-onbekend');
    if (row.usedAt) throw new AppError('uitnodiging-gebruikt');
    if (now >= row.expiresAt) throw new AppError('uitnodiging-verlopen');
    // Another browser is busy with this code right now; after its ceremony times out the code is free again.
    const busyUntil = row.claimedAt ? row.claimedAt.getTime() + this.#config.challengeTtlMs : 0;
    if (row.claimedBy && row.claimedBy !== sessionHash && now.getTime() < busyUntil) throw new AppError('uitnodiging-gebruikt');
    const claimed = await this.#db.query(
      `update invitations set claimed_by_session = $2, claimed_at = $3 where id = $1 and used_at is null returning id`,
      [row.id, sessionHash, now.toISOString()],
    );
    if (!claimed.length) throw new AppError('uitnodiging-gebruikt');
    return { invitationId: row.id, userId: row.userId, displayName: row.displayName };
  }

  /**
   * Uses the code up; undefined when it was used meanwhile (a replay), so the caller must refuse.
   * `delegationInvitationId`: a new helper's sign-in, whose delegation starts now too.
   */
  async markUsed(tx: Db, invitationId: string, sessionHash: string): Promise<{ userId: string; delegationInvitationId: string | null } | undefined> {
    const [row] = await tx.query<{ userId: string; delegationInvitationId: string | null }>(
      `update invitations set used_at = $3 where id = $1 and claimed_by_session = $2 and used_at is null and expires_at > $3
       returning user_id as "userId", delegation_invitation_id as "delegationInvitationId"`,
      [invitationId, sessionHash, this.#clock.now().toISOString()],
    );
    return row;
  }
}
