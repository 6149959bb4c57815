import { AccessLog } from './data/access-log.ts';
import type { LogSeal } from './data/log-seal.ts';
import { FamilyStore } from './data/family-store.ts';
import { PrincipalDirectory } from './data/principals.ts';
import type { CacheStats } from './data/lru-cache.ts';
import type { LogCheckState } from './process-status.ts';
import { ScopedRepository } from './data/scoped-repository.ts';
import type { ActingAs, Principal } from './data/principals.ts';
import { Invitations } from './auth/invitations.ts';
import { Passkeys } from './auth/passkeys.ts';
import { SessionStore } from './auth/sessions.ts';
import type { Clock, Config } from './config.ts';
import type { Db } from './db/database.ts';
import { Notifier, type PushTransport } from './push/notifier.ts';
import { PushSubscriptions } from './push/subscriptions.ts';
import type { VapidKeys } from './push/vapid.ts';
import webpush from 'web-push';

/** The parts of the server, built once per app. Routes get family data only through `repositoryFor`. */
export interface Services {
  config: Config;
  clock: Clock;
  sessions: SessionStore;
  invitations: Invitations;
  passkeys: Passkeys;
  directory: PrincipalDirectory;
  log: AccessLog;
  /** The scoped data layer for one request. */
  /** The scoped data layer for one request, acting as the request says (see http/acting-as.ts). */
  repositoryFor(principal: Principal, clientIp: string | null, actingAs?: ActingAs): ScopedRepository;
  /** Database access for sign-in and the command line; never for family data. */
  authDb: Db;
  /** News without content by Web Push (issue 11, point 5). */
  push: { notifier: Notifier; subscriptions: PushSubscriptions };
  /** How the in-memory caches do (issue 12: bounded, with hits and misses reported). */
  cacheStats(): { snapshots: CacheStats; principals: CacheStats };
  /** Where this process's check of the access log at start is (set by serve.ts, which starts it). */
  logCheck: { state: LogCheckState };
  stop(): Promise<void>;
}

export interface PushOptions {
  /** The server's VAPID pair (push/vapid.ts); tests without one get a fresh pair. */
  keys?: VapidKeys;
  transport?: PushTransport;
  warn?: (message: string, details: Record<string, unknown>) => void;
}

/** `logSeal`: the key that seals the access log's checkpoints (absent in most tests: the chain alone). */
export async function createServices(db: Db, config: Config, clock: Clock, logSeal?: LogSeal, push: PushOptions = {}): Promise<Services> {
  const store = new FamilyStore(db, { maxBytes: config.snapshotCacheBytes });
  const directory = new PrincipalDirectory(db, { maxEntries: config.principalCacheEntries });
  const log = new AccessLog(db, logSeal);
  const stopStore = await store.start();
  const stopDirectory = await directory.start();
  const sessions = new SessionStore(db, clock, config);
  const stopSessions = await sessions.start();
  const invitations = new Invitations(db, clock, config);
  const subscriptions = new PushSubscriptions(db);
  const notifier = new Notifier({
    subscriptions, keys: push.keys ?? webpush.generateVAPIDKeys(), subject: config.pushSubject, clock,
    ...(push.transport ? { transport: push.transport } : {}), ...(push.warn ? { warn: push.warn } : {}),
  });
  return {
    config,
    clock,
    sessions,
    invitations,
    passkeys: new Passkeys(db, clock, config, sessions),
    directory,
    log,
    repositoryFor: (principal, clientIp, actingAs = { as: 'zelf' }) =>
      new ScopedRepository({ store, log, clock, db, forgetPrincipals: () => directory.forget(), invitations, sessions, origin: config.origin, news: notifier }, principal, clientIp, actingAs),
    authDb: db,
    push: { notifier, subscriptions },
    cacheStats: () => ({ snapshots: store.cacheStats(), principals: directory.cacheStats() }),
    logCheck: { state: 'niet-hier' },
    async stop() {
      await notifier.idle();
      await log.drain();
      await stopStore();
      await stopDirectory();
      await stopSessions();
    },
  };
}
