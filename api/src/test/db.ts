import { PGlite } from '@electric-sql/pglite';
import { dutchDay } from '@onsplan/shared';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openAppDatabase } from '../db/app-role.ts';
import { openPglite, openPostgres, wrapPglite, type Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from '../db/seed.ts';
import { testStart } from './clock.ts';

/**
 * A fresh, migrated and seeded database per test, without paying PostgreSQL's start-up each time:
 * PGlite clones one template instance in memory; a PostgreSQL server copies a template database.
 * `TEST_DATABASE_URL` selects the server (the int-pg test project sets it).
 */
export async function freshDatabase(options: { pgliteDir?: string } = {}): Promise<Db> {
  if (process.env.TEST_DATABASE_URL) return freshPostgres(process.env.TEST_DATABASE_URL);
  return options.pgliteDir ? pgliteInFolder(options.pgliteDir) : freshPglite();
}

/** PGlite with its files in a folder, as `npm start` runs it (tests keep theirs in memory): for the bench. */
async function pgliteInFolder(dataDir: string): Promise<Db> {
  pgliteTemplate ??= makePgliteTemplate();
  const { loadDataDir, pgliteWasmModule, initdbWasmModule, fsBundle } = await pgliteTemplate;
  return wrapPglite(await PGlite.create({ dataDir, loadDataDir, pgliteWasmModule, initdbWasmModule, fsBundle }));
}

/**
 * An empty database, never migrated, on the engine under test: for a test that builds an older
 * schema with `migrate(db, { before })`, fills it and then migrates on. Dropped when closed.
 */
export async function emptyDatabase(): Promise<Db> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return openPglite();
  const name = `onsplan_e_${randomBytes(6).toString('hex')}`;
  await admin(url, (c) => c.query(`create database ${name}`));
  const db = await openPostgres(withDatabase(url, name));
  const close = db.close.bind(db);
  return {
    ...db,
    async close() {
      await close();
      await admin(url, (c) => c.query(`drop database if exists ${name}`)).catch(() => {});
    },
  };
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

/** What every PGlite test database starts from: the seeded data folder and the compiled engine. */
interface PgliteTemplate {
  loadDataDir: Blob;
  pgliteWasmModule: WebAssembly.Module;
  initdbWasmModule: WebAssembly.Module;
  fsBundle: Blob;
  /** The schema as seeded: an instance whose schema differs (a test changed it) is not reused. */
  schema: string;
}

/** The seeded rows are kept in this schema, so an instance can go back to them without starting again. */
const keep = 'onsplan_test_seeded';

let pgliteTemplate: Promise<PgliteTemplate> | undefined;
/** How many PGlite engines were started for tests in this process: a reset that fails shows here. */
let pgliteStarts = 0;
export const pgliteEnginesStarted = (): number => pgliteStarts;
/** Instances a finished test gave back; the next test resets one instead of starting a new engine. */
const idlePglites: PGlite[] = [];

// Starting a PGlite engine costs about two seconds of CPU, and `clone()` also dumps the template and
// compiles the engine again; that was most of an integration test's time. A finished test's
// instance is reset to the seeded rows (tens of milliseconds) and used again, unless its schema
// changed; a new instance is made from the kept dump and the compiled engine.
async function freshPglite(): Promise<Db> {
  pgliteTemplate ??= makePgliteTemplate();
  const template = await pgliteTemplate;
  let lite: PGlite | undefined;
  while (!lite && idlePglites.length) {
    const used = idlePglites.pop()!;
    if (await resetToSeeded(used, template.schema)) lite = used;
    else await used.close();
  }
  if (!lite) pgliteStarts += 1;
  lite ??= await PGlite.create({ loadDataDir: template.loadDataDir, pgliteWasmModule: template.pgliteWasmModule, initdbWasmModule: template.initdbWasmModule, fsBundle: template.fsBundle });
  return lendable(lite);
}

async function makePgliteTemplate(): Promise<PgliteTemplate> {
  const lite = await PGlite.create();
  const db = wrapPglite(lite);
  await migrate(db);
  await seedDemo(db, dutchDay(testStart), testStart);
  const schema = await schemaPrint(lite);
  const tables = await publicTables(lite);
  await lite.exec(`create schema ${keep}; ${tables.map((t) => `create table ${keep}.${t} as table public.${t};`).join(' ')}
    create table ${keep}.sequences as select sequencename as name, last_value, last_value is not null as called from pg_sequences where schemaname = 'public';`);
  const loadDataDir = await lite.dumpDataDir('none');
  await lite.close();
  const dist = new URL('.', import.meta.resolve('@electric-sql/pglite'));
  const file = (name: string) => readFile(fileURLToPath(new URL(name, dist)));
  return {
    loadDataDir,
    pgliteWasmModule: await WebAssembly.compile(await file('pglite.wasm')),
    initdbWasmModule: await WebAssembly.compile(await file('initdb.wasm')),
    fsBundle: new Blob([await file('pglite.data')]),
    schema,
  };
}

/** A Db over a pooled instance: closing it stops its listeners and gives the instance back. */
function lendable(lite: PGlite): Db {
  const db = wrapPglite(lite);
  const stops = new Set<() => Promise<void>>();
  let closed = false;
  return {
    ...db,
    async listen(channel, handler) {
      const stop = await db.listen(channel, handler);
      stops.add(stop);
      return async () => {
        stops.delete(stop);
        await stop();
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const stop of stops) await stop().catch(() => {});
      if (lite.closed) return;
      idlePglites.push(lite);
    },
  };
}

async function publicTables(lite: PGlite): Promise<string[]> {
  const { rows } = await lite.query<{ name: string }>(`select quote_ident(tablename) as name from pg_tables where schemaname = 'public' order by tablename`);
  return rows.map((r) => r.name);
}

/** Columns, constraints, indexes, triggers (and whether they fire), functions, roles and grants of the app's schema. */
async function schemaPrint(lite: PGlite): Promise<string> {
  const { rows } = await lite.query<{ print: string }>(`select md5(string_agg(x, '|' order by x)) as print from (
      select 'c ' || table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(column_default, '') || ' ' || is_nullable as x from information_schema.columns where table_schema = 'public'
      union all select 'k ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace
      union all select 'i ' || pg_get_indexdef(indexrelid) from pg_index join pg_class on pg_class.oid = indrelid where relnamespace = 'public'::regnamespace
      union all select 't ' || tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text from pg_trigger where not tgisinternal
      union all select 'f ' || oid::regprocedure::text || ' ' || md5(prosrc) from pg_proc where pronamespace = 'public'::regnamespace
      union all select 'r ' || rolname || ' ' || rolcanlogin from pg_roles
      union all select 'm ' || roleid::regrole::text || ' ' || member::regrole::text from pg_auth_members
      union all select 'g ' || grantee || ' ' || table_name || ' ' || privilege_type from information_schema.role_table_grants where table_schema = 'public'
    ) parts`);
  return rows[0]!.print;
}

/** Puts the seeded rows and sequences back; false when the instance cannot be trusted to be like new. */
async function resetToSeeded(lite: PGlite, schema: string): Promise<boolean> {
  try {
    await lite.exec('rollback; reset all; unlisten *');
    if ((await schemaPrint(lite)) !== schema) return false;
    const tables = await publicTables(lite);
    const { rows: sequences } = await lite.query<{ name: string; last_value: string | null; called: boolean }>(`select quote_ident(name) as name, last_value::text, called from ${keep}.sequences`);
    // Replica mode: the append-only and change-log triggers must not fire while the rows go back.
    await lite.exec(`begin; set local session_replication_role = replica;
      truncate ${tables.map((t) => `public.${t}`).join(', ')};
      ${tables.map((t) => `insert into public.${t} overriding system value table ${keep}.${t};`).join('\n')}
      ${sequences.map((q) => `select setval('public.${q.name}', ${q.last_value ?? 1}, ${q.called});`).join('\n')}
      commit;`);
    return true;
  } catch {
    return false;
  }
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
