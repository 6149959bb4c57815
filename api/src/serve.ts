import { dutchDay } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildApp } from './app.ts';
import { readServerInfo, removeServerInfo, writeServerInfo } from './cli/server-info.ts';
import { systemClock, type Clock, type Config } from './config.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { isSeeded, seedDemo } from './db/seed.ts';
import { appRoleProblem, openAppDatabase } from './db/app-role.ts';
import { loadLogSeal } from './data/log-seal.ts';
import { loadVapidKeys } from './push/vapid.ts';
import { startLogGuard, type GuardReport } from './log-guard.ts';

export interface StartOptions {
  config: Config;
  /** An open database (tests); else the one DATABASE_URL names, or the embedded one in DATA_DIR. */
  db?: Db;
  clock?: Clock;
  /** Create the demo families on an empty database (SEED_DEMO=false turns it off). */
  seedDemo?: boolean;
  /** Fastify's request log (LOG=false turns it off); `logStream` sends it elsewhere than stdout. */
  logger?: boolean;
  logStream?: NodeJS.WritableStream;
  /** Where the lines for the person who started it go. */
  say?: (line: string) => void;
  /**
   * One of several API processes (`WORKERS`, see cluster.ts): the primary process already migrated
   * the database, made the keys and wrote the file for the command line; every worker answers with
   * the primary's admin token, and only the worker with `guard` seals and checks the access log.
   */
  worker?: { adminToken: string; guard: boolean };
}

/**
 * Fastify's own start line names the address it bound (127.0.0.1 and [::1] for localhost). People
 * must open the ORIGIN instead: a passkey and the session cookie belong to that host name.
 */
export function startLine(origin: string, bound: string): string {
  return `Ons Plan draait: open ${origin} in uw browser (luistert op ${bound})`;
}

/**
 * Starts Ons Plan as `npm start` does: database, migrations, the demo on first start, then portal
 * and API on one port, and the file that tells the command line where it runs.
 */
export async function startOnsPlan(options: StartOptions): Promise<{ app: FastifyInstance; stop(): Promise<void> }> {
  const { config, worker } = options;
  const clock = options.clock ?? systemClock;
  const say = options.say ?? ((line: string) => console.log(line));
  const other = readServerInfo(config.dataDir);
  if (!config.databaseUrl && other.state === 'running' && other.info.pid !== process.pid) {
    // Two processes on one embedded database folder would damage it.
    throw new Error(`Ons Plan draait al met de gegevens in ${resolve(config.dataDir)} (proces ${other.info.pid}, ${other.info.origin}). Stop dat eerst, of kies een andere DATA_DIR.`);
  }
  if (!config.databaseUrl && !options.db) await mkdir(config.dataDir, { recursive: true });
  // Migrations (and the demo) run as the owner; the server itself then works as onsplan_app.
  const owner = options.db ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, preparedStatements: config.preparedStatements }));
  let db: Db = owner;
  const adminToken = worker?.adminToken ?? randomBytes(32).toString('base64url');
  // Before migrating: from here on this process holds the embedded database, and the command line
  // must ask it instead of opening the folder too (while it starts it says "wait and try again").
  if (!worker) await writeServerInfo(config.dataDir, { pid: process.pid, port: config.port, origin: config.origin, adminToken });
  try {
    if (!worker) await prepareDatabase(owner, { seedDemo: options.seedDemo ?? true, clock, say });
    db = options.db ?? (await openAppDatabase(config, owner));
    if (db !== owner) await owner.close();

    const sealed = await loadLogSeal({ env: process.env, dataDir: config.dataDir, create: true });
    if (!sealed) throw new Error('Geen zegelsleutel voor het toegangslog.');
    // Out of the environment, so nothing this process starts or prints later can carry the key along.
    delete process.env.LOG_SEAL_KEY;
    const vapid = await loadVapidKeys({ env: process.env, dataDir: config.dataDir });
    const { app, services } = await buildApp({
      db, config, clock, adminToken, logger: options.logger ?? true, logSeal: sealed.seal, push: { keys: vapid.keys }, ...(options.logStream ? { logStream: options.logStream } : {}),
    });
    // The alarm must reach a person even with LOG=false, so it also goes to stderr.
    const report: GuardReport = {
      info: (message, details) => app.log.info({ accessLog: details }, message),
      alarm: (message, details) => {
        app.log.error({ accessLog: details }, message);
        console.error(`\n*** ${message}\n`);
      },
    };
    if (sealed.source === 'nieuw bestand') say(`Nieuwe zegelsleutel voor het toegangslog gemaakt: ${sealed.path}. Bewaar een kopie op een veilige plek.`);
    if (sealed.warning) report.alarm(sealed.warning, {});
    if (vapid.source === 'nieuw bestand') say(`Nieuwe sleutels voor meldingen (Web Push) gemaakt: ${vapid.path}.`);
    if (vapid.warning) report.alarm(vapid.warning, {});
    const roleProblem = await appRoleProblem(db);
    if (roleProblem) report.alarm(roleProblem, {});
    // Several processes seal one log: one of them does it, so checkpoints stay few and the log is checked once.
    const guard = !worker || worker.guard ? await startLogGuard({ log: services.log, clock, report }) : undefined;
    if (guard) {
      services.logCheck.state = 'bezig';
      void guard.checked.finally(() => (services.logCheck.state = 'klaar'));
    }

    await app.listen({ host: config.host, port: config.port, listenTextResolver: (bound) => startLine(config.origin, bound) });
    say(`\nOns Plan draait. Open ${config.origin} in uw browser.`);
    say('Een uitnodigingscode maken (in een ander venster):  npm run cli -- invite samira');
    return {
      app,
      async stop() {
        await app.close();
        // After the last entries are stored (app.close drains the log), before the database closes.
        await guard?.stop();
        await db.close();
        if (!worker) await removeServerInfo(config.dataDir, process.pid);
      },
    };
  } catch (error) {
    await db.close().catch(() => {});
    if (db !== owner) await owner.close().catch(() => {});
    if (!worker) await removeServerInfo(config.dataDir, process.pid);
    throw error;
  }
}

/** Migrations, then the demo on an empty database: once, before any process serves. */
export async function prepareDatabase(owner: Db, options: { seedDemo: boolean; clock: Clock; say: (line: string) => void }): Promise<void> {
  const applied = await migrate(owner);
  if (applied.length) options.say(`Database bijgewerkt: ${applied.join(', ')}`);
  if (options.seedDemo && !(await isSeeded(owner))) {
    const now = options.clock.now();
    await seedDemo(owner, dutchDay(now), now);
    options.say('Demogezin Jansen / El Amrani en huishouden De Vries aangemaakt.');
  }
}
