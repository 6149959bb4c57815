import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { Session, SessionStore } from './sessions.ts';

export interface SessionInfo {
  /** A short, public handle: the start of the token's hash, never the token. */
  id: string;
  createdAt: string;
  lastSeenAt: string;
  device: string;
  isCurrent: boolean;
}

const handleLength = 16;
const handleOf = (tokenHash: string) => tokenHash.slice(0, handleLength);

/** A user's live sessions, so they can see where they are signed in and end one (REQUIREMENTS C2). */
export async function liveSessions(db: Db, userId: string, current: Session, now: Date): Promise<SessionInfo[]> {
  const rows = await db.query<{ tokenHash: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null }>(
    `select token_hash as "tokenHash", created_at as "createdAt", last_seen_at as "lastSeenAt", user_agent as "userAgent"
       from sessions where user_id = $1 and ended_at is null and expires_at > $2 order by last_seen_at desc`,
    [userId, now.toISOString()],
  );
  return rows.map((r) => ({
    id: handleOf(r.tokenHash),
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
    device: deviceName(r.userAgent),
    isCurrent: r.tokenHash === current.tokenHash,
  }));
}

/** Ends one of the user's sessions by its handle; someone else's handle is simply not found. */
export async function endSessionByHandle(db: Db, sessions: SessionStore, userId: string, handle: string): Promise<void> {
  const [row] = await db.query<{ tokenHash: string }>(
    `select token_hash as "tokenHash" from sessions where user_id = $1 and ended_at is null and left(token_hash, ${handleLength}) = $2`,
    [userId, handle],
  );
  if (!row) throw new AppError('niet-gevonden');
  await sessions.end({ tokenHash: row.tokenHash } as Session, 'beeindigd-door-gebruiker');
}

/** A plain-words device name from a user agent, enough to recognise a phone. */
export function deviceName(userAgent: string | null): string {
  if (!userAgent) return 'Onbekend apparaat';
  const os = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iPhone of iPad' : /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'Mac' : /Linux/.test(userAgent) ? 'Linux' : 'Onbekend systeem';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'browser';
  return `${browser} op ${os}`;
}
