import type { Clock, Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { LruCache } from '../data/lru-cache.ts';
import { hashSecret, newToken } from './codes.ts';

export interface Session {
  tokenHash: string;
  userId: string | null;
  /** The passkey that opened this session; null for a sign-in ceremony and for older sessions. */
  passkeyId: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  challenge: string | null;
  challengePurpose: 'registratie' | 'inloggen' | null;
  challengeExpiresAt: Date | null;
  invitationId: string | null;
}

export type SessionState = 'actief' | 'beeindigd' | 'inactief' | 'verlopen';

/** Why a session may or may not be used now (ASVS V3: idle 30 minutes, absolute 12 hours). */
export function sessionState(session: Session, now: Date, idleMs: number): SessionState {
  if (session.endedAt) return 'beeindigd';
  if (now >= session.expiresAt) return 'verlopen';
  if (now.getTime() - session.lastSeenAt.getTime() > idleMs) return 'inactief';
  return 'actief';
}

// Saving "last seen" on every request would cost a write per read; a minute's slack is harmless.
const touchEveryMs = 60_000;
// A sign-in ceremony without a user may take a few minutes, not hours.
const anonymousLifetimeMs = 15 * 60_000;

const columns = `token_hash as "tokenHash", user_id as "userId", passkey_id as "passkeyId", created_at as "createdAt", last_seen_at as "lastSeenAt",
  expires_at as "expiresAt", ended_at as "endedAt", challenge, challenge_purpose as "challengePurpose",
  challenge_expires_at as "challengeExpiresAt", invitation_id as "invitationId"`;

/** Sessions kept per process: about 300 bytes each, so the default holds 50,000 in some 15 MB. */
const defaultCachedSessions = 50_000;

/**
 * Server-side sessions. The cookie holds a random token; the database only its hash.
 *
 * Each process keeps the sessions it looked up (bounded, least recently used out), so a read costs
 * no session query. A session that ends anywhere (logout, a revoked passkey, idle or absolute end,
 * in this process or another on the same PostgreSQL) is named on `session_ended` at commit, and
 * every process forgets it. Another process may have seen the session more recently than this one
 * did: a cached copy that looks idle for longer than `touchEveryMs` is read again before use.
 */
export class SessionStore {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #config: Config;
  readonly #cache: LruCache<string, Session>;
  /** Counts forgets, so a lookup that raced an end never caches the row it read before the end. */
  #ends = 0;

  constructor(db: Db, clock: Clock, config: Config, { maxEntries = defaultCachedSessions }: { maxEntries?: number } = {}) {
    this.#db = db;
    this.#clock = clock;
    this.#config = config;
    this.#cache = new LruCache(maxEntries);
  }

  /** Listens for sessions ended anywhere; returns the stop. */
  start(): Promise<() => Promise<void>> {
    return this.#db.listen('session_ended', (tokenHash) => this.forgetEnded([tokenHash]));
  }

  /** A new session; a signed-in one names the passkey that opened it (`passkeyId`). */
  async create(userId: string | null, userAgent: string | undefined, passkeyId: string | null = null): Promise<{ token: string; session: Session }> {
    const token = newToken();
    const now = this.#clock.now();
    const expiresAt = new Date(now.getTime() + (userId ? this.#config.sessionAbsoluteMs : anonymousLifetimeMs));
    const [session] = await this.#db.query<Session>(
      `insert into sessions (token_hash, user_id, passkey_id, created_at, last_seen_at, expires_at, user_agent) values ($1, $2, $3, $4, $4, $5, $6) returning ${columns}`,
      [hashSecret(token), userId, passkeyId, now.toISOString(), expiresAt.toISOString(), userAgent?.slice(0, 300) ?? null],
    );
    this.#remember(session!);
    return { token, session: session! };
  }

  async find(token: string): Promise<Session | undefined> {
    const tokenHash = hashSecret(token);
    const cached = this.#cache.get(tokenHash);
    // At most once a minute per session, as often as `touch` writes: cheap, and exact on one engine or many processes.
    if (cached && this.#clock.now().getTime() - cached.lastSeenAt.getTime() <= touchEveryMs) return cached;
    const ends = this.#ends;
    const [session] = await this.#db.query<Session>(`select ${columns} from sessions where token_hash = $1`, [tokenHash]);
    // A logout that ran while the row was on its way must not come back through the cache.
    if (!session || ends !== this.#ends) return session;
    if (cached) return Object.assign(cached, session);
    return this.#remember(session);
  }

  async touch(session: Session): Promise<void> {
    const now = this.#clock.now();
    if (now.getTime() - session.lastSeenAt.getTime() < touchEveryMs) return;
    session.lastSeenAt = now;
    await this.#db.query(`update sessions set last_seen_at = $2 where token_hash = $1`, [session.tokenHash, now.toISOString()]);
  }

  async end(session: Session, reason: string): Promise<void> {
    const now = this.#clock.now();
    session.endedAt = now;
    this.#forget(session.tokenHash);
    try {
      await this.#db.query(`update sessions set ended_at = $2, end_reason = $3, challenge = null where token_hash = $1 and ended_at is null`, [session.tokenHash, now.toISOString(), reason]);
    } finally {
      // Again once stored: a lookup that read the row while the update waited is not cached either.
      this.#forget(session.tokenHash);
    }
  }

  /**
   * Ends every live session opened with `passkeyId`, inside the caller's transaction (the one that
   * revokes the passkey). Returns their token hashes: pass them to `forgetEnded` once committed.
   */
  async endOpenedWith(tx: Db, passkeyId: string, reason: string): Promise<string[]> {
    const rows = await tx.query<{ tokenHash: string }>(
      `update sessions set ended_at = $2, end_reason = $3, challenge = null where passkey_id = $1 and ended_at is null returning token_hash as "tokenHash"`,
      [passkeyId, this.#clock.now().toISOString(), reason],
    );
    return rows.map((r) => r.tokenHash);
  }

  /**
   * After sessions were ended in a committed transaction: requests of those sessions already under
   * way see them ended, and no cached copy lets the next request in. Called after the commit, so a
   * lookup that read a row before the commit is forgotten too (see `find`).
   */
  forgetEnded(tokenHashes: readonly string[]): void {
    const now = this.#clock.now();
    for (const tokenHash of tokenHashes) {
      const cached = this.#cache.get(tokenHash);
      if (cached) cached.endedAt ??= now;
      this.#forget(tokenHash);
    }
  }

  /** Keeps a WebAuthn challenge with this session only, for a short time. */
  async setChallenge(session: Session, challenge: string, purpose: 'registratie' | 'inloggen', invitationId: string | null): Promise<void> {
    const expires = new Date(this.#clock.now().getTime() + this.#config.challengeTtlMs);
    Object.assign(session, { challenge, challengePurpose: purpose, challengeExpiresAt: expires, invitationId });
    await this.#db.query(
      `update sessions set challenge = $2, challenge_purpose = $3, challenge_expires_at = $4, invitation_id = $5 where token_hash = $1`,
      [session.tokenHash, challenge, purpose, expires.toISOString(), invitationId],
    );
  }

  /** Takes the challenge out of the session: it can be used once, and only before it expires. */
  async takeChallenge(session: Session, purpose: 'registratie' | 'inloggen'): Promise<{ challenge: string; invitationId: string | null } | undefined> {
    const [row] = await this.#db.query<{ challenge: string; invitationId: string | null; expires: Date; purpose: string }>(
      `update sessions s set challenge = null, challenge_expires_at = null
         from (select token_hash, challenge, challenge_expires_at, challenge_purpose, invitation_id from sessions where token_hash = $1 for update) old
        where s.token_hash = old.token_hash and old.challenge is not null
        returning old.challenge, old.invitation_id as "invitationId", old.challenge_expires_at as expires, old.challenge_purpose as purpose`,
      [session.tokenHash],
    );
    session.challenge = null;
    session.challengeExpiresAt = null;
    if (!row || row.purpose !== purpose || this.#clock.now() >= row.expires) return undefined;
    return { challenge: row.challenge, invitationId: row.invitationId };
  }

  #forget(tokenHash: string): void {
    this.#ends++;
    this.#cache.delete(tokenHash);
  }

  /** Caches `session` and returns the one object every request of this session shares. */
  #remember(session: Session): Session {
    // Two first requests of one session may both have read it; the first one cached wins, so that
    // touch and end act on the object later requests see.
    const known = this.#cache.peek(session.tokenHash);
    if (known) return known;
    this.#cache.set(session.tokenHash, session, 1);
    return session;
  }
}
