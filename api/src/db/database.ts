import { PGlite } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import pg from 'pg';

export type Row = Record<string, unknown>;

/**
 * The one way the API talks to PostgreSQL: embedded PGlite or a real server, same SQL.
 * Dates stay `YYYY-MM-DD` strings and int8 becomes a number, so both engines return the same shapes.
 */
export interface Db {
  readonly engine: 'pglite' | 'postgres';
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs several statements at once (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction; it commits only when `work` resolves. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  /** Calls `handler` for each NOTIFY on `channel` from any process; resolves to a function that stops it. */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const keepDay = (value: string) => value;
const toNumber = (value: string) => Number(value);
const pgliteParsers = { [DATE_OID]: keepDay, [INT8_OID]: toNumber };

/** Opens the database named by `DATABASE_URL`, or embedded PGlite in `dataDir` (memory when undefined). */
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Db> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const lite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers: pgliteParsers,
  });
  return wrapPglite(lite);
}

/** Wraps an open PGlite instance (also a clone of one). */
export function wrapPglite(lite: Pick<PGlite, 'query' | 'exec' | 'transaction' | 'close' | 'listen' | 'parsers'>): Db {
  // On the instance, because a clone() does not inherit the parsers it was created with. Not per
  // query: PGlite then copies its whole parser table (hundreds of array types) for every query.
  Object.assign(lite.parsers, pgliteParsers);
  const asDb = (runner: Pick<PGlite, 'query' | 'exec'>, inTransaction: boolean): Db => ({
    engine: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await runner.query<T>(sql, params as unknown[])).rows;
    },
    async exec(sql: string) {
      await runner.exec(sql);
    },
    transaction: inTransaction
      ? (work) => work(asDb(runner, true))
      : (work) => lite.transaction((tx) => work(asDb(tx, true))),
    listen: (channel, handler) => lite.listen(channel, handler),
    close: () => lite.close(),
  });
  return asDb(lite, false);
}

/**
 * Opens a pool on a PostgreSQL server. With `role`, every connection takes on that role from its
 * first statement (a startup option, so no query of ours can run before it; a role that does not
 * exist or may not be taken fails the connection instead of running as the login user).
 */
export async function openPostgres(connectionString: string, options: { role?: string } = {}): Promise<Db> {
  const { role } = options;
  if (role !== undefined && !/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`Not a plain role name: ${role}`);
  const startup = role ? { options: `-c role=${role}` } : {};
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === DATE_OID) return keepDay;
      if (oid === INT8_OID) return toNumber;
      return pg.types.getTypeParser(oid, format);
    }) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString, types, max: 10, ...startup });
  // A broken idle connection must not crash the server; the next query opens a new one.
  pool.on('error', () => {});
  await pool.query('select 1');
  const asDb = (runner: pg.Pool | pg.PoolClient, inTransaction: boolean): Db => ({
    engine: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await runner.query(sql, params as unknown[])).rows as T[];
    },
    async exec(sql: string) {
      await runner.query(sql);
    },
    async transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
      if (inTransaction) return work(asDb(runner, true));
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(asDb(client, true));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, handler) => listenPostgres({ connectionString, ...startup }, channel, handler),
    close: () => pool.end(),
  });
  return asDb(pool, false);
}

/** The single row of a query, or undefined. */
export async function maybeOne<T = Row>(db: Db, sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
  const rows = await db.query<T>(sql, params);
  return rows[0];
}

/**
 * A dedicated connection for LISTEN. If it breaks, the handler gets '*' (drop everything) and it
 * reconnects, so a cache never trusts a silence it could not hear.
 */
async function listenPostgres(connection: pg.ClientConfig, channel: string, handler: (payload: string) => void): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  const connect = async (): Promise<void> => {
    const c = new pg.Client(connection);
    c.on('notification', (n) => n.channel === channel && handler(n.payload ?? '*'));
    c.on('error', () => {
      handler('*');
      if (!stopped) setTimeout(() => void connect().catch(() => handler('*')), 1000);
    });
    await c.connect();
    await c.query(`listen ${pg.escapeIdentifier(channel)}`);
    client = c;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end();
  };
}
