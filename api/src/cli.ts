import { dutchDay } from '@onsplan/shared';
import { existsSync, readFileSync } from 'node:fs';
import { loadConfig, systemClock } from './config.ts';
import { Invitations } from './auth/invitations.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { isSeeded, seedDemo } from './db/seed.ts';
import { findInvitee } from './cli/invitee.ts';
import { serverInfoPath } from './cli/server-info.ts';

const usage = `Gebruik:
  npm run cli -- migrate           database bijwerken
  npm run cli -- seed              demogezin aanmaken (als de database leeg is)
  npm run cli -- invite <naam>     uitnodigingscode maken, bijvoorbeeld: invite samira`;

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

async function invite(who: string): Promise<void> {
  const server = config.databaseUrl ? undefined : runningServer();
  if (server) {
    const origin = `http://localhost:${server.port}`;
    const response = await fetch(`http://127.0.0.1:${server.port}/api/admin/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}`, origin: config.origin ?? origin, 'x-ons-plan': '1' },
      body: JSON.stringify({ who }),
    });
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
