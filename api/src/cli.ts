import { dutchDay } from '@onsplan/shared';
import { loadConfig, systemClock } from './config.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { isSeeded, seedDemo } from './db/seed.ts';
import { CliProblem, invite } from './cli/invite.ts';
import { askServer } from './cli/ask-server.ts';
import { readServerInfo } from './cli/server-info.ts';
import { describeStatus, type ProcessStatus } from './process-status.ts';
import { AccessLog, type LogCheck } from './data/access-log.ts';
import { loadLogSeal } from './data/log-seal.ts';
import { describeLogCheck } from './log-guard.ts';
import { defaultSeed, generateFamilies } from './db/generate/generate.ts';
import { citusSql } from './db/distribution.ts';

const usage = `Gebruik:
  npm run cli -- migrate           database bijwerken
  npm run cli -- seed              demogezin aanmaken (als de database leeg is)
  npm run cli -- invite <naam>     uitnodigingscode maken, bijvoorbeeld: invite samira
  npm run cli -- verify-log        het toegangslog en zijn controlepunten controleren
  npm run cli -- status            geheugen en caches van de draaiende server
  npm run cli -- generate --families N [--seed S]
                                   N testgezinnen maken (voor metingen, nooit in productie)
  npm run cli -- citus-sql         de opdrachten die de database over servers verdelen (Citus)`;

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
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, preparedStatements: config.preparedStatements });
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

/**
 * Checks the access log's chain and sealed checkpoints; exits 1 on a break (naming the first broken
 * row or checkpoint), or when checkpoints exist but no key to check them. A running server on the
 * embedded database is asked, since only it may open that folder.
 */
async function verifyLog(): Promise<void> {
  const found = config.databaseUrl ? undefined : readServerInfo(config.dataDir);
  let result: LogCheck;
  let unchecked = 0;
  if (found?.state === 'running') {
    result = await askServer<LogCheck>(found.info, 'POST', '/api/v1/admin/logboek/verificatie');
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

/** Memory and caches of the running server (one of its processes, with WORKERS). */
async function status(): Promise<void> {
  const found = readServerInfo(config.dataDir);
  if (found.state !== 'running') throw new CliProblem('Ons Plan draait nu niet. Start het met: npm start');
  for (const line of describeStatus(await askServer<ProcessStatus>(found.info, 'GET', '/api/v1/admin/status'))) console.log(line);
}

/** Test families for the scale bench: `--families N`, optionally `--seed S` (the same seed gives the same families). */
async function generate(db: Db, args: readonly string[]): Promise<void> {
  const option = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const families = Number(option('families'));
  if (!Number.isInteger(families) || families < 1) throw new CliProblem(`Geef het aantal gezinnen, bijvoorbeeld: generate --families 1000\n\n${usage}`);
  await migrate(db);
  // How long it took, not what day it is: a stopwatch, not the clock.
  const started = performance.now();
  let shown = 0;
  const result = await generateFamilies(db, {
    families,
    seed: option('seed') ?? defaultSeed,
    now: systemClock.now(),
    onProgress: (done, total) => {
      if (done - shown < total / 20 && done < total) return;
      shown = done;
      const seconds = (performance.now() - started) / 1000;
      console.log(`${done.toLocaleString('nl-NL')} van ${total.toLocaleString('nl-NL')} gezinnen (${Math.round(done / seconds)} per seconde)`);
    },
  });
  console.log(`Klaar: ${result.written} gezinnen gemaakt, ${result.skipped} waren er al.`);
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
    case 'status':
      await status();
      break;
    case 'generate':
      await withDb((db) => generate(db, args));
      break;
    case 'citus-sql':
      process.stdout.write(citusSql());
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
