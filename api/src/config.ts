import { join } from 'node:path';
import { defaultNeutralSite } from '@onsplan/shared';
import { defaultPoolSize, defaultPreparedStatements } from './db/limits.ts';
import { knownPushServices, pushSubjectOf } from './push/push-services.ts';

/** Settings from the environment, with defaults that work on a fresh machine. */
export interface Config {
  host: string;
  port: number;
  /** The address people open; WebAuthn and the CSRF check compare against it. */
  origin: string;
  rpId: string;
  rpName: string;
  /** The owner's connection: migrations run as this user (and the server too, as onsplan_app, unless `appDatabaseUrl`). */
  databaseUrl: string | undefined;
  /** Optional: a login of its own for the running server, a member of onsplan_app (see db/app-role.ts). */
  appDatabaseUrl: string | undefined;
  dataDir: string;
  /**
   * Connections of one API process's pool on PostgreSQL (DATABASE_POOL_SIZE). Each process holds
   * this many plus one for LISTEN: N processes need N × (pool + 1) of `max_connections`.
   */
  databasePoolSize: number;
  /**
   * Statement texts each PostgreSQL connection keeps prepared (DATABASE_PREPARED_STATEMENTS, default
   * 500); 0 prepares none, for a pooler that cannot keep them (PgBouncer before 1.21).
   */
  preparedStatements: number;
  /** How many API processes `npm start` runs (WORKERS; PostgreSQL only, the embedded database serves one). */
  workers: number;
  /** Built portal to serve on the same port; absent in API-only tests. */
  portalDist: string | undefined;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  challengeTtlMs: number;
  invitationTtlMs: number;
  /** Sign-in attempts per IP per minute. */
  signInRateLimit: number;
  /** Uploaded files, outside any web root (REQUIREMENTS C5). */
  documentsDir: string;
  documentMaxBytes: number;
  /** All files of one family together. */
  documentFamilyQuotaBytes: number;
  /**
   * One member's share of the family's storage (what she and her helper uploaded for her), so one
   * member cannot fill it for everyone. Professionals' files count for the family only.
   */
  documentMemberQuotaBytes: number;
  /** Uploads per minute, per account and per IP (REQUIREMENTS C4). */
  uploadRateLimit: number;
  /** Where Snel weg goes (REQUIREMENTS F3): an everyday site that gives nothing away. */
  neutralSite: string;
  /** Writes to family data (comments, uploads, requests, decisions) per minute, per account (C4). */
  writeRateLimit: number;
  /** Room for family snapshots in memory (approximate bytes); the rest is read again when needed. */
  snapshotCacheBytes: number;
  /** How many accounts' relations stay in memory. */
  principalCacheEntries: number;
  /** Web Push: who runs this server, for the push services (`mailto:` or `https:`). */
  pushSubject: string;
  /** Web Push: the only push services the server sends to (push/push-services.ts). */
  pushServices: string[];
  /**
   * The organisation's complaint procedure, linked from "Wat vindt u ervan?" (which is not a
   * complaint). Unset: the screen tells the member to ask her professional how to complain.
   */
  complaintsUrl: string | undefined;
}

/** COMPLAINTS_URL, when set, must be a whole https address: members follow it from the portal. */
function complaintsUrlOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`COMPLAINTS_URL is geen webadres: "${value}". Gebruik een heel adres, bijvoorbeeld https://www.gemeente.nl/klachten`);
  }
  if (url.protocol !== 'https:') throw new Error(`COMPLAINTS_URL moet met https:// beginnen: "${value}".`);
  return url.href;
}

/** NEUTRAL_SITE must be a whole http(s) address: Snel weg cannot ask anything when it is wrong. */
function neutralSiteOf(value: string | undefined): string {
  const site = value || defaultNeutralSite;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`NEUTRAL_SITE is geen webadres: "${site}". Gebruik een heel adres, bijvoorbeeld https://www.nu.nl/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`NEUTRAL_SITE moet met https:// of http:// beginnen: "${site}".`);
  return url.href;
}

/** A setting that must be a whole number of at least `least` (1 unless said); a typo stops the start with a clear line. */
export function wholeNumberOf(value: string | undefined, name: string, fallback: number, least = 1): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < least) throw new Error(`${name} moet een heel getal van ${least} of meer zijn, niet "${value}".`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const origin = env.ORIGIN ?? `http://localhost:${port}`;
  return {
    host: env.HOST ?? 'localhost',
    port,
    origin,
    rpId: new URL(origin).hostname,
    rpName: 'Ons Plan',
    databaseUrl: env.DATABASE_URL || undefined,
    appDatabaseUrl: (env.DATABASE_URL && env.APP_DATABASE_URL) || undefined,
    dataDir: env.DATA_DIR ?? 'data/pglite',
    databasePoolSize: wholeNumberOf(env.DATABASE_POOL_SIZE, 'DATABASE_POOL_SIZE', defaultPoolSize),
    preparedStatements: wholeNumberOf(env.DATABASE_PREPARED_STATEMENTS, 'DATABASE_PREPARED_STATEMENTS', defaultPreparedStatements, 0),
    workers: wholeNumberOf(env.WORKERS, 'WORKERS', 1),
    portalDist: env.PORTAL_DIST ?? 'dist/portal',
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 12 * 60 * 60_000,
    challengeTtlMs: 5 * 60_000,
    invitationTtlMs: 7 * 24 * 60 * 60_000,
    signInRateLimit: Number(env.SIGN_IN_RATE_LIMIT ?? 20),
    documentsDir: env.DOCUMENTS_DIR ?? join(env.DATA_DIR ?? 'data/pglite', '..', 'documents'),
    documentMaxBytes: Number(env.DOCUMENT_MAX_MB ?? 10) * 1024 * 1024,
    documentFamilyQuotaBytes: Number(env.DOCUMENT_FAMILY_QUOTA_MB ?? 500) * 1024 * 1024,
    documentMemberQuotaBytes: Number(env.DOCUMENT_MEMBER_QUOTA_MB ?? 100) * 1024 * 1024,
    uploadRateLimit: Number(env.UPLOAD_RATE_LIMIT ?? 30),
    neutralSite: neutralSiteOf(env.NEUTRAL_SITE),
    writeRateLimit: Number(env.WRITE_RATE_LIMIT ?? 60),
    // 96 MB of snapshots (about 2,000 families) leaves room in a 512 MB process (see heap-budget.ts).
    snapshotCacheBytes: wholeNumberOf(env.SNAPSHOT_CACHE_MB, 'SNAPSHOT_CACHE_MB', 96) * 1024 * 1024,
    // About 5 KB each: 5,000 accounts in use at once is a busy process; more would crowd the heap (heap-budget.ts).
    principalCacheEntries: wholeNumberOf(env.PRINCIPAL_CACHE_ENTRIES, 'PRINCIPAL_CACHE_ENTRIES', 5_000),
    pushSubject: pushSubjectOf(env.PUSH_SUBJECT, new URL(origin).hostname),
    complaintsUrl: complaintsUrlOf(env.COMPLAINTS_URL),
    pushServices: env.PUSH_SERVICES ? env.PUSH_SERVICES.split(',').map((s) => s.trim()).filter(Boolean) : [...knownPushServices],
  };
}

/** The clock seam: tests pass a fixed one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
