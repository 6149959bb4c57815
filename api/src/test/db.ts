import { PGlite } from '@electric-sql/pglite';
import { dutchDay } from '@onsplan/shared';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openAppDatabase } from '../db/app-role.ts';
import { openPostgres, wrapPglite, type Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from '../db/seed.ts';
import { testStart } from './clock.ts';

/**
 * A fresh, migrated and seeded database per test, without paying PostgreSQL's start-up each time:
 * PGlite clones one template instance in memory; a PostgreSQL server copies a template database.
 * `TEST_DATABASE_URL` selects the server (the int-pg test project sets it).
 */
export async function freshDatabase(): Promise<Db> {
  return process.env.TEST_DATABASE_URL ? freshPostgres(process.env.TEST_DATABASE_URL) : freshPglite();
}

export const testEngine = (): 'pglite' | 'postgres' => (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');

/** The address of each PostgreSQL test database, for a second connection as another role. */
const urls = new WeakMap<Db, string>();

/** The connection string of a PostgreSQL test database from `freshDatabase`; undefined for PGlite. */
export function testDatabaseUrl(db: Db): string | undefined {
  return urls.get(db);
}

/**
 * The same test database as the server sees it: on PostgreSQL a pool that works as onsplan_app
 * (close it before `db`); PGlite has one user, so there it is `db` itself.
 */
export async function appDatabase(db: Db): Promise<Db> {
  return openAppDatabase({ databaseUrl: urls.get(db), appDatabaseUrl: undefined }, db);
}

let pgliteTemplate: Promise<PGlite> | undefined;

async function freshPglite(): Promise<Db> {
  pgliteTemplate ??= (async () => {
    const lite = await PGlite.create();
    const db = wrapPglite(lite);
    await migrate(db);
    await seedDemo(db, dutchDay(testStart), testStart);
    return lite;
  })();
  const clone = await (await pgliteTemplate).clone();
  return wrapPglite(clone as PGlite);
}

let pgTemplate: Promise<string> | undefined;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function freshPostgres(url: string): Promise<Db> {
  pgTemplate ??= (async () => {
    // One template per test worker, so workers never copy a template another one is still using.
    const name = `onsplan_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
    await admin(url, (c) => c.query(`create database ${name}`));
    const db = await openPostgres(withDatabase(url, name));
    await migrate(db);
    await seedDemo(db, dutchDay(testStart), testStart);
    await db.close();
    return name;
  })();
  const template = await pgTemplate;
  const name = `onsplan_t_${randomBytes(6).toString('hex')}`;
  await admin(url, (c) => c.query(`create database ${name} template ${template}`));
  const db = await openPostgres(withDatabase(url, name));
  const close = db.close.bind(db);
  const fresh: Db = {
    ...db,
    async close() {
      await close();
      await admin(url, (c) => c.query(`drop database if exists ${name}`)).catch(() => {});
    },
  };
  urls.set(fresh, withDatabase(url, name));
  return fresh;
}
