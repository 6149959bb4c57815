import { PGlite } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import pg from 'pg';
import { defaultPoolSize, defaultPreparedStatements } from './limits.ts';

export type Row = Record<string, unknown>;

/**
 * The one way the API talks to PostgreSQL: embedded PGlite or a real server, same SQL.
 * Dates stay `YYYY-MM-DD` strings and int8 becomes a number, so both engines return the same shapes.
 */
export interface Db {
  readonly engine: 'pglite' | 'postgres';
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Runs statements without parameters, sent as text: several at once (migrations), or one that
   * carries its values inline (the access log's batches). Resolves to the rows of the last one.
   */
  exec<T = Row>(sql: string): Promise<T[]>;
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
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir?: string | undefined; preparedStatements?: number }): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, { preparedStatements: options.preparedStatements }) : openPglite(options.dataDir);
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
    async exec<T>(sql: string) {
      return ((await runner.exec(sql)).at(-1)?.rows ?? []) as T[];
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
 * A name per statement text, so each connection parses and plans a statement once and afterwards
 * only binds and runs it: a cold family snapshot is about 30 small queries, and planning them anew
 * each time was a large part of PostgreSQL's CPU per read (issue 12 point 3). Bounded, because SQL
 * built with a varying number of placeholders would otherwise leave ever more prepared statements
 * on every connection; statements after the bound run unnamed, as before.
 */
export class StatementNames {
  readonly #names = new Map<string, string>();
  readonly #limit: number;
  constructor(limit = defaultPreparedStatements) {
    this.#limit = limit;
  }

  nameOf(sql: string): string | undefined {
    const known = this.#names.get(sql);
    if (known !== undefined || this.#names.size >= this.#limit) return known;
    const name = `s${this.#names.size}`;
    this.#names.set(sql, name);
    return name;
  }
}

/**
 * Opens a pool on a PostgreSQL server. With `role`, every connection takes on that role from its
 * first statement (a startup option, so no query of ours can run before it; a role that does not
 * exist or may not be taken fails the connection instead of running as the login user).
 */
export async function openPostgres(connectionString: string, options: { role?: string; poolSize?: number | undefined; preparedStatements?: number | undefined } = {}): Promise<Db> {
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
  const pool = new pg.Pool({ connectionString, types, max: options.poolSize ?? defaultPoolSize, ...startup });
  const listener = new PostgresListener({ connectionString, ...startup });
  // A broken idle connection must not crash the server; the next query opens a new one.
  pool.on('error', () => {});
  await pool.query('select 1');
  const statements = new StatementNames(options.preparedStatements);
  const asDb = (runner: pg.Pool | pg.PoolClient, inTransaction: boolean): Db => ({
    engine: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      // Without parameters the simple protocol is one round trip already, and may hold several statements.
      const name = params.length > 0 ? statements.nameOf(sql) : undefined;
      const result = await runner.query(name === undefined ? { text: sql, values: params as unknown[] } : { name, text: sql, values: params as unknown[] });
      return result.rows as T[];
    },
    async exec<T>(sql: string) {
      // One statement gives one result, several a list of them.
      const results: pg.QueryResult | pg.QueryResult[] = await runner.query(sql);
      return ((Array.isArray(results) ? results.at(-1) : results)?.rows ?? []) as T[];
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
    listen: (channel, handler) => listener.listen(channel, handler),
    async close() {
      await listener.close();
      await pool.end();
    },
  });
  return asDb(pool, false);
}

/** The single row of a query, or undefined. */
export async function maybeOne<T = Row>(db: Db, sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
  const rows = await db.query<T>(sql, params);
  return rows[0];
}

/**
 * One connection per pool for every LISTEN of this process (issue 12 point 5): the caches of
 * families, accounts and sessions share it, so a process costs its pool plus one connection. If it
 * breaks, every handler gets '*' (drop everything) and it reconnects, so a cache never trusts a
 * silence it could not hear.
 */
export class PostgresListener {
  readonly #connection: pg.ClientConfig;
  readonly #handlers = new Map<string, Set<(payload: string) => void>>();
  #client: Promise<pg.Client> | undefined;
  #closed = false;
  /** The connection runs one statement at a time: LISTENs asked for at once wait for each other. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(connection: pg.ClientConfig) {
    this.#connection = connection;
  }

  /** How many connections this listener holds open: 0 or 1. */
  get connections(): number {
    return this.#client ? 1 : 0;
  }

  async listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>> {
    let handlers = this.#handlers.get(channel);
    if (!handlers) this.#handlers.set(channel, (handlers = new Set()));
    handlers.add(handler);
    // LISTEN twice on one connection is harmless, so this need not know whether connecting did it already.
    await this.#run(await this.#connected(), `listen ${pg.escapeIdentifier(channel)}`);
    return async () => {
      handlers.delete(handler);
      if (handlers.size || this.#handlers.get(channel) !== handlers) return;
      this.#handlers.delete(channel);
      const client = await this.#client?.catch(() => undefined);
      if (!client || this.#handlers.has(channel)) return;
      if (this.#handlers.size) {
        await this.#run(client, `unlisten ${pg.escapeIdentifier(channel)}`).catch(() => {});
        return;
      }
      // Nothing left to hear: the connection goes back, and the next listen opens one again.
      this.#client = undefined;
      await client.end().catch(() => {});
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#handlers.clear();
    const client = this.#client;
    this.#client = undefined;
    await (await client?.catch(() => undefined))?.end().catch(() => {});
  }

  #connected(): Promise<pg.Client> {
    this.#client ??= this.#connect();
    return this.#client;
  }

  async #connect(): Promise<pg.Client> {
    const c = new pg.Client(this.#connection);
    c.on('notification', (n) => {
      for (const handler of this.#handlers.get(n.channel) ?? []) handler(n.payload ?? '*');
    });
    c.on('error', () => {
      this.#dropAll();
      this.#client = undefined;
      void c.end().catch(() => {});
      if (!this.#closed && this.#handlers.size) setTimeout(() => void this.#relisten(), 1000);
    });
    try {
      await c.connect();
      for (const channel of this.#handlers.keys()) await this.#run(c, `listen ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      this.#client = undefined;
      throw error;
    }
    return c;
  }

  #run(client: pg.Client, sql: string): Promise<unknown> {
    const done = this.#queue.then(() => client.query(sql));
    this.#queue = done.catch(() => {});
    return done;
  }

  async #relisten(): Promise<void> {
    if (this.#closed || !this.#handlers.size) return;
    try {
      await this.#connected();
    } catch {
      this.#dropAll();
      setTimeout(() => void this.#relisten(), 1000);
    }
  }

  #dropAll(): void {
    for (const handlers of this.#handlers.values()) for (const handler of handlers) handler('*');
  }
}
