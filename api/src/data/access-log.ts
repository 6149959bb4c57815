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

const maxBatch = 500;
// Serialises writers across API processes on one database; any constant works, this one is 7513.
const chainLock = 7513;

interface Pending {
  entry: AccessEntry;
  done: { resolve: () => void; reject: (error: unknown) => void };
}

/**
 * The append-only access log (REQUIREMENTS D1/D2). Entries wait for the next group commit: every
 * entry recorded while a commit runs goes into the next one, so a busy server writes few, larger
 * transactions. `record` resolves only once the entry is stored: a read is never answered unlogged.
 */
export class AccessLog {
  readonly #db: Db;
  #pending: Pending[] = [];
  #flushing: Promise<void> | undefined;

  constructor(db: Db) {
    this.#db = db;
  }

  record(entry: AccessEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ entry, done: { resolve, reject } });
      this.#flushing ??= this.#flushAll();
    });
  }

  /** Waits until every recorded entry is stored (at shutdown). */
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
    await this.#db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [chainLock]);
      const [last] = await tx.query<{ hash: string }>('select hash from access_log order by id desc limit 1');
      let prev = last?.hash ?? genesisHash;
      const values: string[] = [];
      const params: unknown[] = [];
      for (const e of entries) {
        const hash = entryHash(prev, e);
        const row = [e.at.toISOString(), e.actorUserId, e.actorKind, e.actorName, e.actorOrganisation, e.onBehalfOfMemberId, e.familyId,
          e.subjectMemberIds, e.action, e.objectKind, e.objectIds, e.clientIp, prev, hash];
        values.push(`(${row.map((_, i) => `$${params.length + i + 1}`).join(', ')})`);
        params.push(...row);
        prev = hash;
      }
      await tx.query(
        `insert into access_log (at, actor_user_id, actor_kind, actor_name, actor_organisation, on_behalf_of_member_id, family_id,
           subject_member_ids, action, object_kind, object_ids, client_ip, prev_hash, hash) values ${values.join(', ')}`,
        params,
      );
    });
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
