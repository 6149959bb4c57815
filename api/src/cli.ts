import { dutchDay } from '@onsplan/shared';
import { existsSync, readFileSync } from 'node:fs';
import { loadConfig, systemClock } from './config.ts';
import { Invitations } from './auth/invitations.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { isSeeded, seedDemo } from './db/seed.ts';
import { findInvitee } from './cli/invitee.ts';
import { serverInfoPath } from './cli/server-info.ts';
import { AccessLog, type LogCheck } from './data/access-log.ts';
import { loadLogSeal } from './data/log-seal.ts';
import { describeLogCheck } from './log-guard.ts';

const usage = `Gebruik:
  npm run cli -- migrate           database bijwerken
  npm run cli -- seed              demogezin aanmaken (als de database leeg is)
  npm run cli -- invite <naam>     uitnodigingscode maken, bijvoorbeeld: invite samira
  npm run cli -- verify-log        het toegangslog en zijn controlepunten controleren`;

const config = loadConfig();
const [command, ...args] = process.argv.slice(2);

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The running server, if any: then the embedded database belongs to it and we must ask it. */
function runningServer(): { port: number; adminToken: string } | undefined {
  const path = serverInfoPath(config.dataDir);
  if (!existsSync(path)) return undefined;
  const info = JSON.parse(readFileSync(path, 'utf8')) as { pid: number; port: number; adminToken: string };
  try {
    process.kill(info.pid, 0);
    return info;
  } catch {
    return undefined;
  }
}

/** A POST to the running server's admin routes (loopback, with its token). */
function askServer(server: { port: number; adminToken: string }, path: string, body: unknown): Promise<Response> {
  const origin = `http://localhost:${server.port}`;
  return fetch(`http://127.0.0.1:${server.port}/api/admin/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}`, origin: config.origin ?? origin, 'x-ons-plan': '1' },
    body: JSON.stringify(body),
  });
}

async function invite(who: string): Promise<void> {
  const server = config.databaseUrl ? undefined : runningServer();
  if (server) {
    const response = await askServer(server, 'invitations', { who });
    if (!response.ok) throw new Error(response.status === 404 ? `Niemand gevonden met de naam "${who}".` : `De server gaf fout ${response.status}.`);
    const body = (await response.json()) as { code: string; name: string; expiresAt: string };
    printCode(body.name, body.code, new Date(body.expiresAt));
    return;
  }
  await withDb(async (db) => {
    await migrate(db);
    const invitee = await findInvitee(db, who);
    if (!invitee) throw new Error(`Niemand gevonden met de naam "${who}".`);
    const { code, expiresAt } = await new Invitations(db, systemClock, config).create(invitee.userId, null);
    printCode(invitee.name, code, expiresAt);
  });
}

/**
 * Checks the chain and its sealed checkpoints and says the result in plain words; exits 1 on a
 * break (naming the first broken row or checkpoint), or when checkpoints exist but no key to check them.
 */
async function verifyLog(): Promise<void> {
  const server = config.databaseUrl ? undefined : runningServer();
  let result: LogCheck;
  let unchecked = 0;
  if (server) {
    const response = await askServer(server, 'access-log/verify', {});
    if (!response.ok) throw new Error(`De server gaf fout ${response.status}.`);
    result = (await response.json()) as LogCheck;
  } else {
    const sealed = await loadLogSeal({ env: process.env, dataDir: config.dataDir, create: false });
    result = await withDb(async (db) => {
      const log = new AccessLog(db, sealed?.seal);
      if (!sealed) unchecked = await log.checkpointCount();
      return log.verify();
    });
  }
  for (const line of describeLogCheck(result)) console.log(line);
  if (unchecked) console.log(`FOUT: er zijn ${unchecked} controlepunten, maar geen sleutel om ze te controleren. Zet LOG_SEAL_KEY, of zet het sleutelbestand terug.`);
  if (!result.ok || unchecked) process.exitCode = 1;
}

function printCode(name: string, code: string, expiresAt: Date): void {
  console.log(`Uitnodigingscode voor ${name}: ${code}`);
  console.log(`Geldig tot ${expiresAt.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })}. De code werkt één keer.`);
}

try {
  switch (command) {
    case 'migrate':
      await withDb(async (db) => console.log((await migrate(db)).join('\n') || 'De database is al bijgewerkt.'));
      break;
    case 'seed':
      await withDb(async (db) => {
        await migrate(db);
        if (await isSeeded(db)) return console.log('Er staan al gegevens in de database.');
        const now = systemClock.now();
        await seedDemo(db, dutchDay(now), now);
        console.log('Demogezin aangemaakt.');
      });
      break;
    case 'verify-log':
      await verifyLog();
      break;
    case 'invite':
      if (!args[0]) throw new Error(usage);
      await invite(args.join(' '));
      break;
    default:
      console.log(usage);
      process.exitCode = command ? 1 : 0;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
