import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { LogSeal } from './log-seal.ts';

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
// Serialises writers across API processes on one database; any constant works, this one is 7513.
const chainLock = 7513;

interface Pending {
  entry: AccessEntry;
  done: { resolve: () => void; reject: (error: unknown) => void };
}

/**
 * One writer per database, whichever `AccessLog` objects point at it: with PGlite the head of the
 * chain is remembered here, and two writers that each remembered their own head would fork it.
 */
class ChainWriter {
  readonly #db: Db;
  #pending: Pending[] = [];
  #flushing: Promise<void> | undefined;
  /**
   * The hash of the newest row, known only with PGlite: that database belongs to this process
   * alone and `ChainWriter` is the only code that inserts into access_log, so the row it wrote last
   * is the newest row. Undefined means "ask the database" (start, or after a failed write).
   */
  #head: string | undefined;

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
        try {
          await this.#write(batch.map((p) => p.entry));
          for (const p of batch) p.done.resolve();
        } catch (error) {
          for (const p of batch) p.done.reject(error);
        }
      }
    } finally {
      this.#flushing = undefined;
    }
  }

  async #write(entries: AccessEntry[]): Promise<void> {
    if (this.#db.engine === 'postgres') {
      // Other API processes may append at any moment: take the lock, then read the head they left.
      await this.#db.transaction(async (tx) => {
        await tx.query('select pg_advisory_xact_lock($1)', [chainLock]);
        await insertChained(tx, await lastHash(tx), entries);
      });
      return;
    }
    // PGlite: one statement is atomic on its own, and nobody else writes in between. The head moves
    // only once the rows are stored; after any failure it is read again rather than trusted.
    const prev = this.#head ?? (await lastHash(this.#db));
    this.#head = undefined;
    this.#head = await insertChained(this.#db, prev, entries);
  }
}

const writers = new WeakMap<Db, ChainWriter>();

async function lastHash(db: Db): Promise<string> {
  const [last] = await db.query<{ hash: string }>('select hash from access_log order by id desc limit 1');
  return last?.hash ?? genesisHash;
}

const insertColumns = `at, actor_user_id, actor_kind, actor_name, actor_organisation, on_behalf_of_member_id, family_id,
  subject_member_ids, action, object_kind, object_ids, client_ip, outcome, delegation, prev_hash, hash`;
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Inserts `entries` in order after `prev` and returns the hash of the last one. `with ordinality`
 * keeps the chain order, so ids grow along the chain.
 *
 * The batch travels as one base64 text inside the statement, sent with `exec` (the simple query
 * protocol): on PGlite a statement with parameters costs six steps through the WebAssembly engine
 * (parse, describe, bind, describe, execute, sync) where this costs two, which roughly halved the
 * log's share of a plan read. No value reaches the SQL text: base64 has no quote, backslash or
 * comment characters, so it cannot end the literal, and PostgreSQL itself turns the JSON into
 * typed columns (a bad uuid fails the whole batch, as a bad parameter would).
 */
async function insertChained(db: Db, prev: string, entries: readonly AccessEntry[]): Promise<string> {
  const rows = entries.map((e) => {
    const hash = entryHash(prev, e);
    const row = {
      at: e.at.toISOString(), actor_user_id: e.actorUserId, actor_kind: e.actorKind, actor_name: e.actorName, actor_organisation: e.actorOrganisation,
      on_behalf_of_member_id: e.onBehalfOfMemberId, family_id: e.familyId, subject_member_ids: e.subjectMemberIds, action: e.action,
      object_kind: e.objectKind, object_ids: e.objectIds, client_ip: e.clientIp, outcome: e.outcome ?? 'toegestaan',
      delegation: e.delegation ?? null, prev_hash: prev, hash,
    };
    prev = hash;
    return row;
  });
  const payload = Buffer.from(JSON.stringify(rows)).toString('base64');
  if (!base64.test(payload)) throw new Error('access log: batch payload is not plain base64');
  await db.exec(
    `insert into access_log (${insertColumns})
     select ${insertColumns}
       from jsonb_populate_recordset(null::access_log, convert_from(decode('${payload}', 'base64'), 'UTF8')::jsonb) with ordinality
      order by ordinality`,
  );
  return prev;
}

export type CheckpointReason = 'start' | 'stop' | 'timer';

/** A sealed note of the chain head: "row `lastRowId` was the newest, and its hash was `headHash`". */
export interface Checkpoint {
  id: number;
  at: Date;
  reason: CheckpointReason;
  lastRowId: number;
  headHash: string;
  keyId: string;
  prevSeal: string;
  seal: string;
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
  /** The id of the first row that does not fit the row before it. */
  brokenAt?: number;
  /** Only with a seal key: how many checkpoints there are, the newest, and the first that does not hold. */
  checkpoints?: number;
  lastCheckpoint?: Pick<Checkpoint, 'id' | 'at' | 'lastRowId'>;
  brokenCheckpoint?: {
    id: number;
    reason: CheckpointBreak;
    lastRowId: number;
    /** With `herschreven`: the row of the newest earlier checkpoint that still holds; the change is after it. */
    sinceRowId?: number;
  };
  /** The newest row when the check began. */
  lastRowId?: number;
}

const checkpointColumns = `id, at, reason, last_row_id as "lastRowId", head_hash as "headHash", key_id as "keyId", prev_seal as "prevSeal", seal`;
// Rows per query while verifying: the log only grows, so it is never read into memory at once.
const verifyPage = 5000;

/** What a seal covers: everything of a checkpoint but its id (unknown before it is stored) and the seal itself. */
function checkpointContent(c: Omit<Checkpoint, 'id' | 'seal'>): string {
  return JSON.stringify([c.at.toISOString(), c.reason, c.lastRowId, c.headHash, c.keyId, c.prevSeal]);
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
   * Seals the head of the chain as it is now. Under the writers' lock (PostgreSQL) or PGlite's own
   * exclusive transaction, so the head read is the newest row and checkpoints chain in one line.
   */
  async checkpoint(reason: CheckpointReason, at: Date): Promise<Checkpoint> {
    const seal = this.#seal;
    if (!seal) throw new Error('access log: a checkpoint needs a seal key');
    await this.drain();
    return this.#db.transaction(async (tx) => {
      if (tx.engine === 'postgres') await tx.query('select pg_advisory_xact_lock($1)', [chainLock]);
      const [head] = await tx.query<{ id: number; hash: string }>('select id, hash from access_log order by id desc limit 1');
      const [before] = await tx.query<{ seal: string }>('select seal from access_log_checkpoints order by id desc limit 1');
      const content = { at, reason, lastRowId: head?.id ?? 0, headHash: head?.hash ?? genesisHash, keyId: seal.keyId, prevSeal: before?.seal ?? genesisHash };
      const sealed = seal.seal(checkpointContent(content));
      const [row] = await tx.query<{ id: number }>(
        `insert into access_log_checkpoints (at, reason, last_row_id, head_hash, key_id, prev_seal, seal) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
        [at.toISOString(), reason, content.lastRowId, content.headHash, content.keyId, content.prevSeal, sealed],
      );
      return { id: row!.id, ...content, seal: sealed };
    });
  }

  /** The id of the newest row; 0 while the log is empty. */
  async headRowId(): Promise<number> {
    await this.drain();
    const [row] = await this.#db.query<{ id: number }>('select coalesce(max(id), 0)::bigint as id from access_log');
    return row!.id;
  }

  /** How many checkpoints are stored, sealed or not (for a check without the key). */
  async checkpointCount(): Promise<number> {
    const [row] = await this.#db.query<{ n: number }>('select count(*)::int as n from access_log_checkpoints');
    return row!.n;
  }

  /**
   * Recomputes the whole chain, page by page; `brokenAt` is the id of the first row that does not
   * fit. With a seal key, every checkpoint must carry a valid seal and still match the row it sealed.
   */
  async verify(options: { signal?: AbortSignal } = {}): Promise<LogCheck> {
    await this.drain();
    const seal = this.#seal;
    // Checkpoints before the newest row: every row a checkpoint names was stored before it, so it
    // lies inside the walk below, while rows appended during the walk are left to the next check.
    const checkpoints = seal ? await this.#db.query<Checkpoint & { reason: CheckpointReason }>(`select ${checkpointColumns} from access_log_checkpoints order by id`) : [];
    const maxId = await this.headRowId();
    const named = new Set(checkpoints.map((c) => c.lastRowId));
    const hashOf = new Map<number, string>();
    let rows = 0;
    let brokenAt: number | undefined;
    let prev = genesisHash;
    for (let after = 0; ; ) {
      // A server that stops does not wait for the check of a long log.
      options.signal?.throwIfAborted();
      const page = await this.#db.query<StoredRow>(
        `select id, ${columns}, prev_hash as "prevHash", hash from access_log where id > $1 and id <= $2 order by id limit $3`,
        [after, maxId, verifyPage],
      );
      for (const row of page) {
        rows++;
        if (brokenAt === undefined && (row.prevHash !== prev || entryHash(prev, row) !== row.hash)) brokenAt = row.id;
        // Go on from the stored hash: the first break is reported, and the checkpoints are still compared.
        prev = row.hash;
        if (named.has(row.id)) hashOf.set(row.id, row.hash);
      }
      if (page.length < verifyPage) break;
      after = page[page.length - 1]!.id;
    }
    const chain = { rows, ...(brokenAt !== undefined ? { brokenAt } : {}) };
    if (!seal) return { ok: brokenAt === undefined, ...chain };

    let brokenCheckpoint: LogCheck['brokenCheckpoint'];
    let prevSeal = genesisHash;
    const holding: number[] = [];
    for (const c of checkpoints) {
      const reason = checkpointBreak(c, prevSeal, seal, hashOf);
      prevSeal = c.seal;
      if (!reason) {
        holding.push(c.lastRowId);
        continue;
      }
      if (brokenCheckpoint) continue;
      brokenCheckpoint = { id: c.id, reason, lastRowId: c.lastRowId };
      if (reason === 'herschreven') brokenCheckpoint.sinceRowId = Math.max(0, ...holding.filter((id) => id < c.lastRowId));
    }
    const newest = checkpoints.at(-1);
    return {
      ok: brokenAt === undefined && !brokenCheckpoint,
      ...chain,
      lastRowId: maxId,
      checkpoints: checkpoints.length,
      ...(newest ? { lastCheckpoint: { id: newest.id, at: newest.at, lastRowId: newest.lastRowId } } : {}),
      ...(brokenCheckpoint ? { brokenCheckpoint } : {}),
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

function checkpointBreak(c: Checkpoint, prevSeal: string, seal: LogSeal, hashOf: ReadonlyMap<number, string>): CheckpointBreak | undefined {
  if (c.keyId !== seal.keyId) return 'andere-sleutel';
  if (c.prevSeal !== prevSeal || !seal.holds(checkpointContent(c), c.seal)) return 'zegel';
  if (c.lastRowId === 0) return undefined;
  const hash = hashOf.get(c.lastRowId);
  if (hash === undefined) return 'ontbreekt';
  return hash === c.headHash ? undefined : 'herschreven';
}
