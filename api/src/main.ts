import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { buildApp } from './app.ts';
import { dutchDay } from '@onsplan/shared';
import { loadConfig, systemClock } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { isSeeded, seedDemo } from './db/seed.ts';
import { serverInfoPath } from './cli/server-info.ts';

/** Starts Ons Plan: database, migrations, demo on first start, then portal and API on one port. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(db);
  if (applied.length) console.log(`Database bijgewerkt: ${applied.join(', ')}`);
  if (!(await isSeeded(db)) && process.env.SEED_DEMO !== 'false') {
    const now = systemClock.now();
    await seedDemo(db, dutchDay(now), now);
    console.log('Demogezin Jansen / El Amrani en huishouden De Vries aangemaakt.');
  }
  const adminToken = randomBytes(32).toString('base64url');
  const { app } = await buildApp({ db, config, adminToken, logger: process.env.LOG !== 'false' });
  await app.listen({ host: config.host, port: config.port });
  const infoPath = serverInfoPath(config.dataDir);
  await mkdir(dirname(infoPath), { recursive: true });
  await writeFile(infoPath, JSON.stringify({ pid: process.pid, port: config.port, adminToken }), { mode: 0o600 });

  console.log(`\nOns Plan draait op ${config.origin}`);
  console.log('Een uitnodigingscode maken (in een ander venster):  npm run cli -- invite samira');

  const stop = async () => {
    await app.close();
    await db.close();
    await rm(resolve(infoPath), { force: true });
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
