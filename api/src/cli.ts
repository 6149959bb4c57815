import { dutchDay } from '@onsplan/shared';
import { loadConfig, systemClock } from './config.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { isSeeded, seedDemo } from './db/seed.ts';
import { CliProblem, invite } from './cli/invite.ts';
import { readServerInfo } from './cli/server-info.ts';

const usage = `Gebruik:
  npm run cli -- migrate           database bijwerken
  npm run cli -- seed              demogezin aanmaken (als de database leeg is)
  npm run cli -- invite <naam>     uitnodigingscode maken, bijvoorbeeld: invite samira`;

const config = loadConfig();
const [command, ...args] = process.argv.slice(2);

/** migrate and seed open the database themselves: never beside a running server (PGlite allows one process). */
async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const server = readServerInfo(config.dataDir);
  if (!config.databaseUrl && server.state === 'running') {
    throw new CliProblem(
      `Ons Plan draait (proces ${server.info.pid}, ${server.info.origin}) en gebruikt deze database nu. npm start doet dit zelf al bij het starten. ` +
        'Wilt u het toch nu doen? Stop Ons Plan eerst (Ctrl+C in het venster van npm start).',
    );
  }
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

async function inviteAndPrint(who: string): Promise<void> {
  const invited = await invite(who, { config, clock: systemClock });
  printCode(invited.name, invited.code, invited.expiresAt);
  if (!invited.viaServer) console.log(`Ons Plan draait nu niet. Start het met: npm start\nOpen dan ${config.origin} in uw browser en kies "Ik heb een code".`);
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
      await inviteAndPrint(args.join(' '));
      break;
    default:
      console.log(usage);
      process.exitCode = command ? 1 : 0;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
