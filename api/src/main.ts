import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { buildApp } from './app.ts';
import { dutchDay } from '@onsplan/shared';
import { loadConfig, systemClock } from './config.ts';
import { appRoleProblem, openAppDatabase } from './db/app-role.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { isSeeded, seedDemo } from './db/seed.ts';
import { serverInfoPath } from './cli/server-info.ts';
import { loadLogSeal } from './data/log-seal.ts';
import { startLogGuard, type GuardReport } from './log-guard.ts';

/** Starts Ons Plan: database, migrations, demo on first start, then portal and API on one port. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  // Migrations (and the demo) run as the owner; the server itself then works as onsplan_app.
  const owner = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(owner);
  if (applied.length) console.log(`Database bijgewerkt: ${applied.join(', ')}`);
  if (!(await isSeeded(owner)) && process.env.SEED_DEMO !== 'false') {
    const now = systemClock.now();
    await seedDemo(owner, dutchDay(now), now);
    console.log('Demogezin Jansen / El Amrani en huishouden De Vries aangemaakt.');
  }
  const db = await openAppDatabase(config, owner);
  if (db !== owner) await owner.close();

  const sealed = await loadLogSeal({ env: process.env, dataDir: config.dataDir, create: true });
  if (!sealed) throw new Error('Geen zegelsleutel voor het toegangslog.');
  // Out of the environment, so nothing this process starts or prints later can carry the key along.
  delete process.env.LOG_SEAL_KEY;
  const adminToken = randomBytes(32).toString('base64url');
  const { app, services } = await buildApp({ db, config, adminToken, logger: process.env.LOG !== 'false', logSeal: sealed.seal });

  // The alarm must reach a person even with LOG=false, so it also goes to stderr.
  const report: GuardReport = {
    info: (message, details) => app.log.info({ accessLog: details }, message),
    alarm: (message, details) => {
      app.log.error({ accessLog: details }, message);
      console.error(`\n*** ${message}\n`);
    },
  };
  if (sealed.source === 'nieuw bestand') console.log(`Nieuwe zegelsleutel voor het toegangslog gemaakt: ${sealed.path}. Bewaar een kopie op een veilige plek.`);
  if (sealed.warning) report.alarm(sealed.warning, {});
  const roleProblem = await appRoleProblem(db);
  if (roleProblem) report.alarm(roleProblem, {});
  const guard = await startLogGuard({ log: services.log, clock: systemClock, report });

  await app.listen({ host: config.host, port: config.port });
  const infoPath = serverInfoPath(config.dataDir);
  await mkdir(dirname(infoPath), { recursive: true });
  await writeFile(infoPath, JSON.stringify({ pid: process.pid, port: config.port, adminToken }), { mode: 0o600 });

  console.log(`\nOns Plan draait op ${config.origin}`);
  console.log('Een uitnodigingscode maken (in een ander venster):  npm run cli -- invite samira');

  const stop = async () => {
    await app.close();
    // After the last entries are stored (app.close drains the log), before the database closes.
    await guard.stop();
    await db.close();
    await rm(resolve(infoPath), { force: true });
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
