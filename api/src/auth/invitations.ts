import type { Clock, Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import { hashSecret, looksLikeCode, newInvitationCode, normaliseCode } from './codes.ts';

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

  async claim(input: string, sessionHash: string): Promise<ClaimedInvitation> {
    if (!looksLikeCode(input)) throw new AppError('uitnodiging-onbekend');
    const now = this.#clock.now();
    const [row] = await this.#db.query<{ id: string; userId: string; displayName: string; usedAt: Date | null; expiresAt: Date; claimedBy: string | null; claimedAt: Date | null }>(
      `select i.id, i.user_id as "userId", u.display_name as "displayName", i.used_at as "usedAt", i.expires_at as "expiresAt",
              i.claimed_by_session as "claimedBy", i.claimed_at as "claimedAt"
         from invitations i join users u on u.id = i.user_id where i.code_hash = $1 and u.disabled_at is null`,
      [hashSecret(normaliseCode(input))],
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

  /** Uses the code up; false when it was used meanwhile (a replay), so the caller must refuse. */
  async markUsed(tx: Db, invitationId: string, sessionHash: string): Promise<{ userId: string } | undefined> {
    const [row] = await tx.query<{ userId: string }>(
      `update invitations set used_at = $3 where id = $1 and claimed_by_session = $2 and used_at is null and expires_at > $3 returning user_id as "userId"`,
      [invitationId, sessionHash, this.#clock.now().toISOString()],
    );
    return row;
  }
}
