import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';

export type AccessAction = 'lezen' | 'aanmaken' | 'wijzigen' | 'verwijderen' | 'printen' | 'exporteren' | 'zoeken' | 'inloggen' | 'uitloggen';

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
}

export const genesisHash = '0'.repeat(64);

/** The chain link: a row's hash covers its content and the hash of the row before it. */
export function entryHash(prevHash: string, e: AccessEntry): string {
  const content = [
    e.at.toISOString(), e.actorUserId, e.actorKind, e.actorName, e.actorOrganisation, e.onBehalfOfMemberId, e.familyId,
    [...e.subjectMemberIds].sort(), e.action, e.objectKind, [...e.objectIds].sort(), e.clientIp,
  ];
  return createHash('sha256').update(prevHash).update(JSON.stringify(content)).digest('hex');
}

const columns = `at, actor_user_id as "actorUserId", actor_kind as "actorKind", actor_name as "actorName",
  actor_organisation as "actorOrganisation", on_behalf_of_member_id as "onBehalfOfMemberId", family_id as "familyId",
  subject_member_ids as "subjectMemberIds", action, object_kind as "objectKind", object_ids as "objectIds", client_ip as "clientIp"`;

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
  subject_member_ids, action, object_kind, object_ids, client_ip, prev_hash, hash`;
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
      object_kind: e.objectKind, object_ids: e.objectIds, client_ip: e.clientIp, prev_hash: prev, hash,
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

/**
 * The append-only access log (REQUIREMENTS D1/D2). Entries wait for the next group commit: every
 * entry recorded while a commit runs goes into the next one, so a busy server writes few, larger
 * transactions. `record` resolves only once the entry is stored: a read is never answered unlogged.
 */
export class AccessLog {
  readonly #db: Db;
  readonly #writer: ChainWriter;

  constructor(db: Db) {
    this.#db = db;
    let writer = writers.get(db);
    if (!writer) writers.set(db, (writer = new ChainWriter(db)));
    this.#writer = writer;
  }

  record(entry: AccessEntry): Promise<void> {
    return this.#writer.record(entry);
  }

  /** Waits until every recorded entry is stored (at shutdown). */
  drain(): Promise<void> {
    return this.#writer.drain();
  }

  /** Recomputes the whole chain; `brokenAt` is the id of the first row that does not fit. */
  async verify(): Promise<{ ok: boolean; rows: number; brokenAt?: number }> {
    await this.drain();
    const rows = await this.#db.query<AccessEntry & { id: number; prevHash: string; hash: string }>(
      `select id, ${columns}, prev_hash as "prevHash", hash from access_log order by id`,
    );
    let prev = genesisHash;
    for (const row of rows) {
      if (row.prevHash !== prev || entryHash(prev, row) !== row.hash) return { ok: false, rows: rows.length, brokenAt: row.id };
      prev = row.hash;
    }
    return { ok: true, rows: rows.length };
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
