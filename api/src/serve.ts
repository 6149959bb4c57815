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
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const say = options.say ?? ((line: string) => console.log(line));
  const other = readServerInfo(config.dataDir);
  if (!config.databaseUrl && other.state === 'running' && other.info.pid !== process.pid) {
    // Two processes on one embedded database folder would damage it.
    throw new Error(`Ons Plan draait al met de gegevens in ${resolve(config.dataDir)} (proces ${other.info.pid}, ${other.info.origin}). Stop dat eerst, of kies een andere DATA_DIR.`);
  }
  if (!config.databaseUrl && !options.db) await mkdir(config.dataDir, { recursive: true });
  const db = options.db ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const adminToken = randomBytes(32).toString('base64url');
  // Before migrating: from here on this process holds the embedded database, and the command line
  // must ask it instead of opening the folder too (while it starts it says "wait and try again").
  await writeServerInfo(config.dataDir, { pid: process.pid, port: config.port, origin: config.origin, adminToken });
  try {
    const applied = await migrate(db);
    if (applied.length) say(`Database bijgewerkt: ${applied.join(', ')}`);
    if ((options.seedDemo ?? true) && !(await isSeeded(db))) {
      const now = clock.now();
      await seedDemo(db, dutchDay(now), now);
      say('Demogezin Jansen / El Amrani en huishouden De Vries aangemaakt.');
    }
    const { app } = await buildApp({ db, config, clock, adminToken, logger: options.logger ?? true, ...(options.logStream ? { logStream: options.logStream } : {}) });
    await app.listen({ host: config.host, port: config.port, listenTextResolver: (bound) => startLine(config.origin, bound) });
    say(`\nOns Plan draait. Open ${config.origin} in uw browser.`);
    say('Een uitnodigingscode maken (in een ander venster):  npm run cli -- invite samira');
    return {
      app,
      async stop() {
        await app.close();
        await db.close();
        await removeServerInfo(config.dataDir, process.pid);
      },
    };
  } catch (error) {
    await db.close().catch(() => {});
    await removeServerInfo(config.dataDir, process.pid);
    throw error;
  }
}
