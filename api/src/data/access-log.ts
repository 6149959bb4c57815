import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { LogSeal } from './log-seal.ts';
import { LruCache } from './lru-cache.ts';

export type AccessAction = 'lezen' | 'bekijken-als' | 'aanmaken' | 'wijzigen' | 'verwijderen' | 'printen' | 'exporteren' | 'zoeken' | 'inloggen' | 'uitloggen';

/** One NEN 7513 entry: who did what with whose data, when, on whose behalf, from where. */
export interface AccessEntry {
  at: Date;
  actorUserId: string | null;
  actorKind: string;
  actorName: string;
  actorOrganisation: string | null;
  onBehalfOfMemberId: string | null;
  familyId: string | null;
  subjectMemberIds: readonly string[];
  action: AccessAction;
  objectKind: string;
  objectIds: readonly string[];
  clientIp: string | null;
  /** Set only on a refused attempt (403, or 404 on something that exists but is hidden); `action` says what was tried. */
  outcome?: 'geweigerd';
  /** The basis of a helper's act, or the delegation a grant, change or end is about (issue 11). */
  delegation?: DelegationBasis;
}

/** A delegation as the log keeps it: which one, who decided (granted, changed or ended it), what it allows and until when. */
export interface DelegationBasis {
  id: string;
  decidedByUserId: string | null;
  scopes: readonly string[];
  validUntil: string;
}

export const genesisHash = '0'.repeat(64);

/** The chain link: a row's hash covers its content and the hash of the row before it. */
export function entryHash(prevHash: string, e: AccessEntry): string {
  const content = [
    e.at.toISOString(), e.actorUserId, e.actorKind, e.actorName, e.actorOrganisation, e.onBehalfOfMemberId, e.familyId,
    [...e.subjectMemberIds].sort(), e.action, e.objectKind, [...e.objectIds].sort(), e.clientIp,
  ];
  // Refused attempts came with migration 009: only they carry the outcome, so every older row keeps its hash.
  if (e.outcome === 'geweigerd') content.push('geweigerd');
  // Delegations came with migration 025: only entries that name one carry it, so older rows keep their hash.
  if (e.delegation) content.push(JSON.stringify([e.delegation.id, e.delegation.decidedByUserId, e.delegation.scopes, e.delegation.validUntil]));
  return createHash('sha256').update(prevHash).update(JSON.stringify(content)).digest('hex');
}

const columns = `at, actor_user_id as "actorUserId", actor_kind as "actorKind", actor_name as "actorName",
  actor_organisation as "actorOrganisation", on_behalf_of_member_id as "onBehalfOfMemberId", family_id as "familyId",
  subject_member_ids as "subjectMemberIds", action, object_kind as "objectKind", object_ids as "objectIds", client_ip as "clientIp", outcome, delegation`;

// One insert carries the whole batch (about 1 kB per entry), not one placeholder per value, so the
// bound only keeps a single statement reasonable.
const maxBatch = 1000;
// Serialises checkpoints across API processes, so their seals chain in one line. Writers no longer
// take it: each locks only the head of its own chain (migration 038).
const checkpointLock = 7513;
// Chain heads a writer remembers: enough for every family a busy process serves.
const rememberedHeads = 10_000;

/** The chain an entry belongs to: its family's, or the chain of account events (sign-in, sign-out). */
export function chainOf(entry: Pick<AccessEntry, 'familyId'>): string {
  return entry.familyId ?? accountChain;
}
export const accountChain = 'account';
/** The rows written before migration 038: one global chain, verified as it was made. */
export const globalChain = 'globaal';

interface Pending {
  entry: AccessEntry;
  done: { resolve: () => void; reject: (error: unknown) => void };
}

/**
 * One writer per database, whichever `AccessLog` objects point at it: it remembers the heads of the
 * chains it wrote, and two writers in one process would each build on their own.
 */
class ChainWriter {
  readonly #db: Db;
  #pending: Pending[] = [];
  #flushing: Promise<void> | undefined;
  /**
   * The newest hash per chain as this process last wrote or read it. Another API process may have
   * moved a head since: an append checks every head it builds on in its own statement, stores
   * nothing when one moved, and then reads those heads again. After a failed write all are read again.
   */
  readonly #heads = new LruCache<string, string>(rememberedHeads);

  constructor(db: Db) {
    this.#db = db;
  }

  record(entry: AccessEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ entry, done: { resolve, reject } });
      this.#flushing ??= this.#flushAll();
    });
  }

  async drain(): Promise<void> {
    while (this.#flushing) await this.#flushing;
  }

  async #flushAll(): Promise<void> {
    // Let the other requests of this tick join the batch.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.#pending.length) {
        const batch = this.#pending.splice(0, maxBatch);
        // Family rows and account events each in a statement of their own, each answered on its
        // own: a statement then holds the heads of one table only, so it never waits in a circle
        // with a checkpoint (which takes both), and a failure of one never un-logs the other.
        await this.#store(familyChains, batch.filter((p) => p.entry.familyId !== null));
        await this.#store(accountChains, batch.filter((p) => p.entry.familyId === null));
      }
    } finally {
      this.#flushing = undefined;
    }
  }

  async #store(table: ChainTable, batch: readonly Pending[]): Promise<void> {
    if (!batch.length) return;
    try {
      await this.#append(table, batch.map((p) => p.entry));
      for (const p of batch) p.done.resolve();
    } catch (error) {
      for (const p of batch) p.done.reject(error);
    }
  }

  async #append(table: ChainTable, entries: AccessEntry[]): Promise<void> {
    const chains = [...new Set(entries.map(chainOf))].sort();
    try {
      const heads = await this.#headsOf(table, chains);
      let stored = heads.size === chains.length ? await appendChained(this.#db, table, heads, entries) : undefined;
      // Another process moved a head since this one read it (or was making it). Racing it again
      // could lose again and again to a busy chain, such as the one of account events: wait for
      // the heads instead, in a transaction that holds them until the rows are stored.
      stored ??= await this.#db.transaction(async (tx) => appendChained(tx, table, await lockedHeads(tx, table, chains), entries));
      if (!stored) throw new Error('access log: a chain head moved while it was locked');
      for (const [chain, hash] of stored) this.#heads.set(chain, hash, 1);
    } catch (error) {
      this.#heads.clear();
      throw error;
    }
  }

  /** The remembered heads; a chain not remembered is read, and its head row made when the chain is new. */
  async #headsOf(table: ChainTable, chains: readonly string[]): Promise<Map<string, string>> {
    const heads = new Map<string, string>();
    for (const chain of chains) {
      const hash = this.#heads.peek(chain);
      if (hash !== undefined) heads.set(chain, hash);
    }
    const unknown = chains.filter((c) => !heads.has(c));
    if (unknown.length) for (const row of await this.#db.query<{ chain: string; hash: string }>(table.headsSql, [unknown, genesisHash])) heads.set(row.chain, row.hash);
    return heads;
  }
}

const writers = new WeakMap<Db, ChainWriter>();

/**
 * The heads of `chains`, locked until the transaction ends (made first when new), in the order of
 * their keys, as a checkpoint and the one-statement append take them.
 */
async function lockedHeads(tx: Db, table: ChainTable, chains: readonly string[]): Promise<Map<string, string>> {
  await tx.query(table.headsSql, [chains, genesisHash]);
  const rows = await tx.query<{ chain: string; hash: string }>(
    `select ${table.key}::text as chain, hash from ${table.heads} where ${table.key} = any($1::${table.keyType}[]) order by ${table.key} for update`,
    [chains],
  );
  if (rows.length !== chains.length) throw new Error(`access log: ${chains.length - rows.length} chain head(s) missing after they were made`);
  return new Map(rows.map((r) => [r.chain, r.hash]));
}

/** Where the rows of a kind of chain go, and where its heads are kept. */
interface ChainTable {
  log: string;
  columns: string;
  heads: string;
  /** The heads' column that names the chain, its type, and the chain of a stored row. */
  key: string;
  keyType: 'uuid' | 'text';
  chainOfRow: string;
  /** Reads the heads of chains (`$1`), making the head of a new chain at the genesis hash (`$2`). */
  headsSql: string;
}

const insertColumns = `at, actor_user_id, actor_kind, actor_name, actor_organisation, on_behalf_of_member_id, family_id,
  subject_member_ids, action, object_kind, object_ids, client_ip, outcome, delegation, prev_hash, hash`;

function chainTable(log: string, heads: string, key: string, keyType: 'uuid' | 'text', chainOfRow: string, columns: string): ChainTable {
  // Writes only for a chain that has no head yet: a head that is there is only read, so reading it
  // commits nothing (on PostgreSQL no flush of the write-ahead log on a cold family's read). A head
  // another process makes at the same moment is in neither half; the caller then reads again.
  const headsSql = `with made as (
       insert into ${heads} (${key}, last_row_id, hash, unsealed)
       select chain, 0, $2, false from unnest($1::${keyType}[]) as chain order by chain
       on conflict (${key}) do nothing
       returning ${key}::text as chain, hash
     )
     select chain, hash from made
     union all select ${key}::text, hash from ${heads} where ${key} = any($1::${keyType}[])`;
  return { log, columns, heads, key, keyType, chainOfRow, headsSql };
}
const familyChains = chainTable('access_log', 'access_log_heads', 'family_id', 'uuid', 'family_id', insertColumns);
// Account events (no family) go to account_log (migration 041); both draw their ids from one sequence.
const accountChains = chainTable('account_log', 'account_log_heads', 'chain', 'text', `'${accountChain}'::text`, insertColumns.replace(' family_id,', ''));

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** JSON as a base64 text that PostgreSQL decodes: it cannot end the literal it stands in. */
function inlineJson(value: unknown): string {
  const payload = Buffer.from(JSON.stringify(value)).toString('base64');
  if (!base64.test(payload)) throw new Error('access log: batch payload is not plain base64');
  return `convert_from(decode('${payload}', 'base64'), 'UTF8')::jsonb`;
}

/**
 * Appends `entries` in order, each after the head of its chain (`heads`), and moves the heads, in
 * one statement: one round trip, with no transaction around it. The statement first locks each
 * head it builds on, and only if every one still has the hash this process built on does it
 * store the rows; so two processes can never both append after the same row. Resolves to the new
 * heads, or to undefined when a head had moved (nothing stored). While the heads are locked, the
 * rows take their ids, so along each chain ids grow in the order the rows commit.
 *
 * The values travel as base64 text inside the statement, sent with `exec` (the simple query
 * protocol): on PGlite a statement with parameters costs six steps through the WebAssembly engine
 * (parse, describe, bind, describe, execute, sync) where this costs two. No value reaches the SQL
 * text: base64 has no quote, backslash or comment characters, so it cannot end the literal, and
 * PostgreSQL itself turns the JSON into typed columns (a bad uuid fails the whole batch, as a bad
 * parameter would).
 */
async function appendChained(db: Db, table: ChainTable, heads: ReadonlyMap<string, string>, entries: readonly AccessEntry[]): Promise<Map<string, string> | undefined> {
  const next = new Map(heads);
  const rows = entries.map((e) => {
    const chain = chainOf(e);
    const prev = next.get(chain) ?? genesisHash;
    const hash = entryHash(prev, e);
    next.set(chain, hash);
    return {
      at: e.at.toISOString(), actor_user_id: e.actorUserId, actor_kind: e.actorKind, actor_name: e.actorName, actor_organisation: e.actorOrganisation,
      on_behalf_of_member_id: e.onBehalfOfMemberId, family_id: e.familyId, subject_member_ids: e.subjectMemberIds, action: e.action,
      object_kind: e.objectKind, object_ids: e.objectIds, client_ip: e.clientIp, outcome: e.outcome ?? 'toegestaan',
      delegation: e.delegation ?? null, prev_hash: prev, hash,
    };
  });
  const { log, columns, heads: headTable, key, keyType, chainOfRow } = table;
  // PGlite belongs to this process alone and this writer is its only appender: the heads it
  // remembers are the heads, and locking them would only cost a write per head.
  const checked = db.engine === 'postgres';
  const headCheck = checked
    ? `expected as (
       select chain::${keyType} as chain, hash from jsonb_to_recordset(${inlineJson([...heads].map(([chain, hash]) => ({ chain, hash })))}) as e(chain text, hash text)
     ), locked as materialized (
       select h.${key} from ${headTable} h join expected e on h.${key} = e.chain and h.hash = e.hash order by h.${key} for update of h
     ), `
    : '';
  const [result] = await db.exec<{ stored: number }>(
    `with ${headCheck}batch as materialized (
       select * from jsonb_populate_recordset(null::access_log, ${inlineJson(rows)}) with ordinality
     ), stored as (
       insert into ${log} (${columns})
       select ${columns} from batch ${checked ? `where (select count(*) from locked) = ${heads.size}` : ''} order by ordinality
       returning id, hash, ${chainOfRow} as chain
     ), moved as (
       update ${headTable} h set last_row_id = s.id, hash = s.hash, unsealed = true
         from (select distinct on (chain) chain, id, hash from stored order by chain, id desc) s
        where h.${key} = s.chain
     )
     select count(*)::int as stored from stored`,
  );
  return result!.stored === entries.length ? next : undefined;
}

export type CheckpointReason = 'start' | 'stop' | 'timer';

/**
 * A sealed note of chain heads. Since migration 038 it seals the heads of the chains that moved
 * since the checkpoint before (`heads`, `chains` of them; `headHash` is their digest) and
 * `lastRowId` is the newest row when it was made. Older checkpoints sealed the one global chain:
 * "row `lastRowId` was the newest, and its hash was `headHash`" (no `chains`).
 */
export interface Checkpoint {
  id: number;
  at: Date;
  reason: CheckpointReason;
  lastRowId: number;
  headHash: string;
  keyId: string;
  prevSeal: string;
  seal: string;
  chains?: number | null;
}

/** The head of one chain as a checkpoint sealed it. */
export interface SealedHead {
  chain: string;
  lastRowId: number;
  hash: string;
}

/**
 * Why a checkpoint does not hold:
 * - `zegel`: its seal fits neither its content nor the checkpoint before it (changed, forged, or one went missing);
 * - `andere-sleutel`: sealed with another key than the one this check has (a lost or changed key, or a forgery);
 * - `herschreven`: the row it sealed has another hash now, so rows up to it were changed and the chain re-hashed;
 * - `ontbreekt`: the row it sealed is gone (with `lastRowId` beyond the newest row: the newest rows were deleted).
 */
export type CheckpointBreak = 'zegel' | 'andere-sleutel' | 'herschreven' | 'ontbreekt';

export interface LogCheck {
  ok: boolean;
  /** Rows checked: every row that was stored when the check began. */
  rows: number;
  /** The id of the first row that does not fit the row before it in its chain. */
  brokenAt?: number;
  /** Only with a seal key: how many checkpoints there are, the newest, and the first that does not hold. */
  checkpoints?: number;
  lastCheckpoint?: Pick<Checkpoint, 'id' | 'at' | 'lastRowId'>;
  brokenCheckpoint?: {
    id: number;
    reason: CheckpointBreak;
    /** The sealed row that does not hold (the first one, with a checkpoint of several chains). */
    lastRowId: number;
    /** With `herschreven`: the row of the same chain an earlier checkpoint sealed that still holds; the change is after it. */
    sinceRowId?: number;
  };
  /** The newest row when the check began. */
  lastRowId?: number;
}

// Both tables draw ids from one sequence (migration 041): the newest row of the log is the greater.
const newestRowSql = `select greatest((select coalesce(max(id), 0) from access_log), (select coalesce(max(id), 0) from account_log))::bigint as id`;
// An account event as an entry: it belongs to no family.
// The check reads every row of the log, and parsing PostgreSQL's array text was most of its time at
// 100,000 families (15 of 17 seconds); the same arrays as JSON parse many times faster.
const walkColumns = columns
  .replace('subject_member_ids as', 'array_to_json(subject_member_ids) as')
  .replace('object_ids as', 'array_to_json(object_ids) as');
const accountColumns = walkColumns.replace('family_id as "familyId"', 'null::uuid as "familyId"');
const checkpointColumns = `id, at, reason, last_row_id as "lastRowId", head_hash as "headHash", key_id as "keyId", prev_seal as "prevSeal", seal, chains`;
// Rows (and checkpoints, and sealed heads) per query while verifying: the log only grows, so it is
// never read into memory at once. Tests make it small to cross the edges of pages.
const verifyPage = 5000;

/** What a seal covers: everything of a checkpoint but its id (unknown before it is stored) and the seal itself. */
export function checkpointContent(c: Omit<Checkpoint, 'id' | 'seal'>): string {
  const content: unknown[] = [c.at.toISOString(), c.reason, c.lastRowId, c.headHash, c.keyId, c.prevSeal];
  // Checkpoints of chain heads came with migration 038: only they carry the count, so older seals still hold.
  if (c.chains !== undefined && c.chains !== null) content.push(c.chains);
  return JSON.stringify(content);
}

/** The digest a checkpoint stores of the heads it sealed, in the order of the chain names. */
export function headsDigest(heads: readonly SealedHead[]): string {
  const sorted = [...heads].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(sorted.map((h) => [h.chain, h.lastRowId, h.hash]))).digest('hex');
}

type StoredRow = AccessEntry & { id: number; prevHash: string; hash: string };

/**
 * The append-only access log (REQUIREMENTS D1/D2). Entries wait for the next group commit: every
 * entry recorded while a commit runs goes into the next one, so a busy server writes few, larger
 * transactions. `record` resolves only once the entry is stored: a read is never answered unlogged.
 *
 * The hash chain alone shows that rows fit each other, but anyone who can write the table can
 * change a row and re-hash everything after it with `entryHash`, or delete the newest rows. With a
 * `LogSeal` the log also writes checkpoints of its head, sealed with a key the database does not
 * hold, and `verify` checks the chain against them.
 */
export class AccessLog {
  readonly #db: Db;
  readonly #writer: ChainWriter;
  readonly #seal: LogSeal | undefined;
  /** Refusals being worked out off the request's path (see `recordLater`). */
  readonly #later = new Set<Promise<void>>();

  constructor(db: Db, seal?: LogSeal) {
    this.#db = db;
    this.#seal = seal;
    let writer = writers.get(db);
    if (!writer) writers.set(db, (writer = new ChainWriter(db)));
    this.#writer = writer;
  }

  record(entry: AccessEntry): Promise<void> {
    return this.#writer.record(entry);
  }

  /**
   * Records an entry that is first worked out (it may need a query), without anyone waiting for it:
   * a refused attempt is answered as fast whether or not it gets an entry, so the time of the answer
   * cannot tell that something hidden exists. `drain` still waits for it.
   */
  recordLater(work: () => Promise<AccessEntry | undefined>, onError: (error: unknown) => void): void {
    const done: Promise<void> = work()
      .then((entry) => (entry ? this.record(entry) : undefined))
      .catch(onError)
      .finally(() => this.#later.delete(done));
    this.#later.add(done);
  }

  /** Waits until every recorded entry is stored (at shutdown). */
  async drain(): Promise<void> {
    while (this.#later.size) await Promise.all(this.#later);
    await this.#writer.drain();
  }

  get sealed(): boolean {
    return this.#seal !== undefined;
  }

  /**
   * Seals the heads of the chains that moved since the last checkpoint. Under a lock of its own
   * (PostgreSQL) or PGlite's exclusive transaction, so checkpoints chain in one line. Taking a head
   * off the "unsealed" list waits for a writer that is moving it, so no move is missed; writers of
   * other chains go on meanwhile.
   */
  async checkpoint(reason: CheckpointReason, at: Date): Promise<Checkpoint> {
    const seal = this.#seal;
    if (!seal) throw new Error('access log: a checkpoint needs a seal key');
    await this.drain();
    return this.#db.transaction(async (tx) => {
      if (tx.engine === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [checkpointLock]);
      // Locked in the order writers lock them (families by id, then the chains of no family), so the
      // two never wait in a circle.
      const heads = await tx.query<SealedHead>(
        `with moved as (select family_id from access_log_heads where unsealed order by family_id for update)
         update access_log_heads h set unsealed = false from moved where h.family_id = moved.family_id
         returning h.family_id::text as chain, h.last_row_id as "lastRowId", h.hash`,
      );
      heads.push(...(await tx.query<SealedHead>(
        `with moved as (select chain from account_log_heads where unsealed order by chain for update)
         update account_log_heads h set unsealed = false from moved where h.chain = moved.chain
         returning h.chain, h.last_row_id as "lastRowId", h.hash`,
      )));
      const [newest] = await tx.query<{ id: number }>(newestRowSql);
      const [before] = await tx.query<{ seal: string }>('select seal from access_log_checkpoints order by id desc limit 1');
      const content = { at, reason, lastRowId: newest!.id, headHash: headsDigest(heads), keyId: seal.keyId, prevSeal: before?.seal ?? genesisHash, chains: heads.length };
      const sealed = seal.seal(checkpointContent(content));
      const [row] = await tx.query<{ id: number }>(
        `insert into access_log_checkpoints (at, reason, last_row_id, head_hash, key_id, prev_seal, seal, chains) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
        [at.toISOString(), reason, content.lastRowId, content.headHash, content.keyId, content.prevSeal, sealed, content.chains],
      );
      if (heads.length) {
        await tx.query(
          `insert into access_log_checkpoint_heads (checkpoint_id, chain, last_row_id, head_hash)
           select $1, chain, last_row_id, head_hash from unnest($2::text[], $3::bigint[], $4::text[]) as h (chain, last_row_id, head_hash)`,
          [row!.id, heads.map((h) => h.chain), heads.map((h) => h.lastRowId), heads.map((h) => h.hash)],
        );
      }
      return { id: row!.id, ...content, seal: sealed };
    });
  }

  /** The id of the newest row; 0 while the log is empty. */
  async headRowId(): Promise<number> {
    await this.drain();
    const [row] = await this.#db.query<{ id: number }>(newestRowSql);
    return row!.id;
  }

  /** How many checkpoints are stored, sealed or not (for a check without the key). */
  async checkpointCount(): Promise<number> {
    const [row] = await this.#db.query<{ n: number }>('select count(*)::int as n from access_log_checkpoints');
    return row!.n;
  }

  /**
   * Recomputes every chain, page by page; `brokenAt` is the id of the first row that does not fit
   * the row before it in its chain. With a seal key, every checkpoint must carry a valid seal and
   * still match the rows it sealed. Rows, checkpoints and sealed heads are read in pages and only
   * what the next row needs is kept (the last row's chain and hash), so the memory of the check
   * does not grow with the log, the families or the years of checkpoints.
   */
  async verify(options: { signal?: AbortSignal; pageSize?: number } = {}): Promise<LogCheck> {
    const page = options.pageSize ?? verifyPage;
    await this.drain();
    const seal = this.#seal;
    // Checkpoints before the newest row: every row a checkpoint names was stored before it, so it
    // lies inside the walk below, while rows and checkpoints added during the walk are left to the next check.
    const [newestCheckpoint] = seal ? await this.#db.query<{ id: number }>('select coalesce(max(id), 0)::bigint as id from access_log_checkpoints') : [];
    const maxId = await this.headRowId();
    const [end] = await this.#db.query<{ id: number }>('select coalesce(max(last_row_id), 0)::bigint as id from access_log_global_chain_end');
    const walked = await walkChains(this.#db, { maxId, globalEnd: end!.id, page }, options.signal);
    const chain = { rows: walked.rows, ...(walked.brokenAt !== undefined ? { brokenAt: walked.brokenAt } : {}) };
    if (!seal) return { ok: walked.brokenAt === undefined, ...chain };

    const checked = await walkCheckpoints(this.#db, seal, { lastId: newestCheckpoint!.id, page }, options.signal);
    return {
      ok: walked.brokenAt === undefined && !checked.broken,
      ...chain,
      lastRowId: maxId,
      checkpoints: checked.count,
      ...(checked.newest ? { lastCheckpoint: checked.newest } : {}),
      ...(checked.broken ? { brokenCheckpoint: checked.broken } : {}),
    };
  }

  /** Entries about a member's data, newest first (REQUIREMENTS D3). */
  async about(familyId: string, memberId: string, limit = 200): Promise<(AccessEntry & { id: number })[]> {
    await this.drain();
    return this.#db.query(
      `select id, ${columns} from access_log where family_id = $1 and $2 = any(subject_member_ids) order by id desc limit $3`,
      [familyId, memberId, limit],
    );
  }
}

type ChainWalk = { rows: number; brokenAt?: number };

/**
 * Every chain of the log up to row `maxId`: the global chain from before migration 038 (ids up to
 * `globalEnd`, family rows and account events alike, over both tables in the order of the ids),
 * the chain of account events since, and each family's chain, family by family.
 */
async function walkChains(db: Db, bounds: { maxId: number; globalEnd: number; page: number }, signal?: AbortSignal): Promise<ChainWalk> {
  const { maxId, page } = bounds;
  const globalEnd = Math.min(bounds.globalEnd, maxId);
  const walks = [
    await walkChain(
      (after) => db.query<StoredRow>(
        `select * from (select id, ${walkColumns}, prev_hash as "prevHash", hash from access_log where id > $1 and id <= $2
                        union all select id, ${accountColumns}, prev_hash as "prevHash", hash from account_log where id > $1 and id <= $2) l
          order by id limit $3`,
        [after?.id ?? 0, globalEnd, page],
      ),
      () => globalChain,
      page,
      signal,
    ),
    await walkChain(
      (after) => db.query<StoredRow>(
        `select id, ${accountColumns}, prev_hash as "prevHash", hash from account_log where id > $1 and id <= $2 order by id limit $3`,
        [after?.id ?? globalEnd, maxId, page],
      ),
      () => accountChain,
      page,
      signal,
    ),
    // Rows of one chain commit in the order of their ids (the writer holds the chain's head until
    // it commits), so a row this walk misses because it was not committed yet has no later row of
    // its chain at or below maxId: a chain can end early here, never skip a row.
    await walkChain(
      (after) => db.query<StoredRow>(
        `select id, ${walkColumns}, prev_hash as "prevHash", hash from access_log
          where (family_id, id) > ($1::uuid, $2::bigint) and id > $3 and id <= $4 order by family_id, id limit $5`,
        [after?.familyId ?? '00000000-0000-0000-0000-000000000000', after?.id ?? 0, globalEnd, maxId, page],
      ),
      (row) => row.familyId!,
      page,
      signal,
    ),
  ];
  const broken = walks.flatMap((w) => (w.brokenAt === undefined ? [] : [w.brokenAt]));
  return { rows: walks.reduce((n, w) => n + w.rows, 0), ...(broken.length ? { brokenAt: Math.min(...broken) } : {}) };
}

/** Walks rows that come chain after chain, each chain in the order of its ids, keeping only the row before. */
async function walkChain(
  pageAfter: (last: StoredRow | undefined) => Promise<StoredRow[]>,
  chainOfRow: (row: StoredRow) => string,
  pageSize: number,
  signal?: AbortSignal,
): Promise<ChainWalk> {
  let rows = 0;
  let brokenAt: number | undefined;
  let last: StoredRow | undefined;
  let lastChain: string | undefined;
  for (;;) {
    // A server that stops does not wait for the check of a long log.
    signal?.throwIfAborted();
    const page = await pageAfter(last);
    for (const row of page) {
      rows++;
      const chain = chainOfRow(row);
      const prev = last && lastChain === chain ? last.hash : genesisHash;
      // Go on from the stored hash: the first break is reported, and the rows after it are still checked.
      if ((row.prevHash !== prev || entryHash(prev, row) !== row.hash) && (brokenAt === undefined || row.id < brokenAt)) brokenAt = row.id;
      last = row;
      lastChain = chain;
    }
    if (page.length < pageSize) return { rows, ...(brokenAt !== undefined ? { brokenAt } : {}) };
  }
}

type CheckpointRow = Checkpoint & { rowHash: string | null };
type HeadRow = SealedHead & { checkpointId: number; rowHash: string | null };
// The hash of the row with this id now, in whichever table it lies; null when it is gone.
const rowHashOf = (id: string) => `(select hash from access_log where id = ${id} union all select hash from account_log where id = ${id} limit 1)`;

/** Every checkpoint up to `lastId`, page by page, each with the heads it sealed read alongside. */
async function walkCheckpoints(
  db: Db,
  seal: LogSeal,
  { lastId, page: pageSize }: { lastId: number; page: number },
  signal?: AbortSignal,
): Promise<{ count: number; newest?: Pick<Checkpoint, 'id' | 'at' | 'lastRowId'>; broken?: LogCheck['brokenCheckpoint'] }> {
  const heads = new SealedHeadPages(db, lastId, pageSize);
  let prevSeal = genesisHash;
  let count = 0;
  let newest: Pick<Checkpoint, 'id' | 'at' | 'lastRowId'> | undefined;
  let broken: LogCheck['brokenCheckpoint'];
  for (let after = 0; ; ) {
    signal?.throwIfAborted();
    const page = await db.query<CheckpointRow>(
      `select ${checkpointColumns}, ${rowHashOf('c.last_row_id')} as "rowHash" from access_log_checkpoints c where id > $1 and id <= $2 order by id limit $3`,
      [after, lastId, pageSize],
    );
    for (const c of page) {
      count++;
      newest = { id: c.id, at: c.at, lastRowId: c.lastRowId };
      const found = await checkpointBreak(c, prevSeal, seal, heads);
      prevSeal = c.seal;
      if (!found || broken) continue;
      broken = { id: c.id, reason: found.reason, lastRowId: found.lastRowId };
      if (found.reason === 'herschreven') broken.sinceRowId = await heldBefore(db, c.id, found);
    }
    if (page.length < pageSize) return { count, ...(newest ? { newest } : {}), ...(broken ? { broken } : {}) };
    after = page[page.length - 1]!.id;
  }
}

/**
 * The newest row of the same chain that a checkpoint before `checkpointId` sealed, below the
 * rewritten one: the change is after it. Every checkpoint before the first broken one holds.
 */
async function heldBefore(db: Db, checkpointId: number, found: { chain: string; lastRowId: number }): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `select coalesce(max(last_row_id), 0)::bigint as id from (
       select last_row_id from access_log_checkpoint_heads where chain = $1 and checkpoint_id < $2 and last_row_id < $3
       union all
       select last_row_id from access_log_checkpoints where $1 = '${globalChain}' and chains is null and id < $2 and last_row_id > 0 and last_row_id < $3
     ) held`,
    [found.chain, checkpointId, found.lastRowId],
  );
  return row!.id;
}

/** The sealed heads of every checkpoint up to `lastId`, in pages, in the order of checkpoint and chain. */
class SealedHeadPages {
  readonly #db: Db;
  readonly #lastId: number;
  readonly #pageSize: number;
  #page: HeadRow[] = [];
  #at = 0;
  #done = false;

  constructor(db: Db, lastId: number, pageSize: number) {
    this.#db = db;
    this.#lastId = lastId;
    this.#pageSize = pageSize;
  }

  /** The heads of checkpoint `checkpointId`, in the order of the chain names; heads of earlier checkpoints are passed over. */
  async *of(checkpointId: number): AsyncGenerator<HeadRow> {
    for (;;) {
      const head = await this.#peek();
      if (!head || head.checkpointId > checkpointId) return;
      this.#at++;
      if (head.checkpointId === checkpointId) yield head;
    }
  }

  async #peek(): Promise<HeadRow | undefined> {
    if (this.#at < this.#page.length) return this.#page[this.#at];
    if (this.#done) return undefined;
    const last = this.#page.at(-1);
    // The column has the "C" collation (migration 041): this is the order the digest was made in.
    this.#page = await this.#db.query<HeadRow>(
      `select checkpoint_id as "checkpointId", chain, last_row_id as "lastRowId", head_hash as hash, ${rowHashOf('h.last_row_id')} as "rowHash"
         from access_log_checkpoint_heads h
        where (checkpoint_id, chain) > ($1::bigint, $2::text) and checkpoint_id <= $3
        order by checkpoint_id, chain limit $4`,
      [last?.checkpointId ?? 0, last?.chain ?? '', this.#lastId, this.#pageSize],
    );
    this.#at = 0;
    this.#done = this.#page.length < this.#pageSize;
    return this.#page[0];
  }
}

/** Why a checkpoint does not hold, or undefined when it does; reads its sealed heads as it goes. */
async function checkpointBreak(
  c: CheckpointRow,
  prevSeal: string,
  seal: LogSeal,
  heads: SealedHeadPages,
): Promise<{ reason: CheckpointBreak; lastRowId: number; chain: string } | undefined> {
  const whole = { lastRowId: c.lastRowId, chain: globalChain };
  if (c.keyId !== seal.keyId) return { reason: 'andere-sleutel', ...whole };
  if (c.prevSeal !== prevSeal || !seal.holds(checkpointContent(c), c.seal)) return { reason: 'zegel', ...whole };
  // Older checkpoints sealed the head of the one global chain: the row they name, with its hash.
  if (c.chains === null || c.chains === undefined) {
    if (c.lastRowId === 0) return undefined;
    const reason = sealedRowBreak(c.rowHash, c.headHash);
    return reason && { reason, ...whole };
  }
  // The digest as `headsDigest` makes it, a head at a time. A head added, removed or changed after
  // sealing no longer fits it.
  const digest = createHash('sha256').update('[');
  let count = 0;
  let first: { reason: CheckpointBreak; lastRowId: number; chain: string } | undefined;
  for await (const h of heads.of(c.id)) {
    digest.update(`${count ? ',' : ''}${JSON.stringify([h.chain, h.lastRowId, h.hash])}`);
    count++;
    const reason = sealedRowBreak(h.rowHash, h.hash);
    if (reason && (!first || h.lastRowId < first.lastRowId)) first = { reason, lastRowId: h.lastRowId, chain: h.chain };
  }
  if (count !== c.chains || digest.update(']').digest('hex') !== c.headHash) return { reason: 'zegel', ...whole };
  return first;
}

function sealedRowBreak(rowHash: string | null, sealedHash: string): CheckpointBreak | undefined {
  if (rowHash === null) return 'ontbreekt';
  return rowHash === sealedHash ? undefined : 'herschreven';
}
