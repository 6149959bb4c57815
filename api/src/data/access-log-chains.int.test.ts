import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { testStart } from '../test/clock.ts';
import { freshDatabase, testDatabaseUrl, testEngine } from '../test/db.ts';
import { AccessLog, accountChain, checkpointContent, entryHash, genesisHash, headsDigest, type AccessEntry } from './access-log.ts';
import { LogSeal } from './log-seal.ts';

/**
 * The access log as one chain per family (issue 12 point 5): writers of different families never
 * wait on each other, every chain still verifies, and a database from before the change keeps
 * verifying with the checkpoints that sealed it.
 */

const seal = new LogSeal(Buffer.alloc(32, 7));
const family = () => randomUUID();
const entry = (familyId: string | null, actorName = 'Fatima Yılmaz'): AccessEntry => ({
  at: testStart, actorUserId: randomUUID(), actorKind: 'professional', actorName, actorOrganisation: 'Lokaal team', onBehalfOfMemberId: null,
  familyId, subjectMemberIds: [randomUUID()], action: familyId ? 'lezen' : 'inloggen', objectKind: familyId ? 'plan' : 'account', objectIds: [], clientIp: '127.0.0.1',
});

interface ChainRow {
  id: number;
  familyId: string | null;
  prevHash: string;
  hash: string;
}
/** Inserts an entry after `prev` straight into access_log, as every writer before migration 041 did. */
async function insertBefore041(db: Db, e: AccessEntry, prev: string): Promise<{ id: number; hash: string }> {
  const hash = entryHash(prev, e);
  const [row] = await db.query<{ id: number }>(
    `insert into access_log (at, actor_user_id, actor_kind, actor_name, actor_organisation, family_id, subject_member_ids, action, object_kind, object_ids, client_ip, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning id`,
    [e.at.toISOString(), e.actorUserId, e.actorKind, e.actorName, e.actorOrganisation, e.familyId, e.subjectMemberIds, e.action, e.objectKind, e.objectIds, e.clientIp, prev, hash],
  );
  return { id: row!.id, hash };
}

/** Writes the log as it was written before migration 038: one chain over all rows, sealed by an old checkpoint. Returns the sealed row. */
async function writeGlobalChain(db: Db, entries: AccessEntry[]): Promise<number> {
  let head = { id: 0, hash: genesisHash };
  for (const e of entries) head = await insertBefore041(db, e, head.hash);
  const old = [testStart.toISOString(), 'stop', head.id, head.hash, seal.keyId, genesisHash];
  await db.query(
    `insert into access_log_checkpoints (at, reason, last_row_id, head_hash, key_id, prev_seal, seal) values ($1, $2, $3, $4, $5, $6, $7)`,
    [...old, seal.seal(JSON.stringify(old))],
  );
  return head.id;
}

const chainRows = (db: Db) =>
  db.query<ChainRow>(
    `select id, family_id as "familyId", prev_hash as "prevHash", hash from access_log
     union all select id, null, prev_hash, hash from account_log order by id`,
  );

describe(`one chain per family on ${testEngine()} (issue 12 point 5)`, () => {
  let db: Db;
  beforeEach(async () => {
    db = await freshDatabase();
  });
  afterEach(async () => db.close());

  it('each family’s rows and the account events chain on their own, from the genesis hash, and all verify with their checkpoints', async () => {
    const log = new AccessLog(db, seal);
    const [a, b] = [family(), family()];
    // Interleaved, and in one group commit: the chains still follow their own rows.
    await Promise.all([a, b, null, a, b, a, null].map((f) => log.record(entry(f))));
    await log.checkpoint('timer', testStart);
    await log.record(entry(b));
    await log.checkpoint('timer', testStart);

    const rows = await chainRows(db);
    const chains = new Map<string, ChainRow[]>();
    for (const row of rows) chains.set(row.familyId ?? accountChain, [...(chains.get(row.familyId ?? accountChain) ?? []), row]);
    expect([...chains.keys()].sort()).toEqual([a, b, accountChain].sort());
    for (const chain of chains.values()) {
      expect(chain[0]!.prevHash).toBe(genesisHash);
      for (let i = 1; i < chain.length; i++) expect(chain[i]!.prevHash).toBe(chain[i - 1]!.hash);
    }
    expect(await log.verify()).toMatchObject({ ok: true, rows: 8, checkpoints: 2 });
    // The second checkpoint sealed only the chain that moved.
    const sealed = await db.query<{ chain: string }>('select chain from access_log_checkpoint_heads where checkpoint_id = (select max(id) from access_log_checkpoints)');
    expect(sealed).toEqual([{ chain: b }]);
  });

  it('a changed row breaks its own chain at that row; a sealed head taken out of a checkpoint breaks its seal', async () => {
    const log = new AccessLog(db, seal);
    const [a, b] = [family(), family()];
    for (const f of [a, b, a, b]) await log.record(entry(f));
    const sealed = await log.checkpoint('timer', testStart);
    const [, , third] = await chainRows(db);
    await db.transaction(async (tx) => {
      await tx.exec('alter table access_log disable trigger all');
      await tx.query(`update access_log set actor_name = 'Iemand anders' where id = $1`, [third!.id]);
      await tx.exec('alter table access_log enable trigger all');
    });
    const changed = await log.verify();
    // The stored hash still matches the sealed head: the chain, not the checkpoint, finds this one.
    expect(changed).toMatchObject({ ok: false, brokenAt: third!.id });
    expect(changed.brokenCheckpoint).toBeUndefined();

    await db.transaction(async (tx) => {
      await tx.exec('alter table access_log_checkpoint_heads disable trigger all');
      await tx.query('delete from access_log_checkpoint_heads where checkpoint_id = $1 and chain = $2', [sealed.id, a]);
      await tx.exec('alter table access_log_checkpoint_heads enable trigger all');
    });
    expect(await log.verify()).toMatchObject({ ok: false, brokenCheckpoint: { id: sealed.id, reason: 'zegel' } });
  });

  it.runIf(testEngine() === 'postgres')('a writer in another family commits while one family’s transaction is held open; a writer in that family waits for it', async () => {
    const url = testDatabaseUrl(db)!;
    // Three API processes, each with its own pool and so its own chain writer.
    const [holder, other, same] = await Promise.all([openPostgres(url), openPostgres(url), openPostgres(url)]);
    try {
      const [busy, quiet] = [family(), family()];
      await new AccessLog(holder).record(entry(busy));
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      const open = holder.transaction(async (tx) => {
        await tx.query('select 1 from access_log_heads where family_id = $1 for update', [busy]);
        holding();
        await released;
      });
      await held;

      // Commits while the busy family's head is locked: no global lock any more.
      await new AccessLog(other).record(entry(quiet));
      let waiterDone = false;
      const waiter = new AccessLog(same).record(entry(busy)).then(() => (waiterDone = true));
      // Proof that the lock is real: the waiter shows up as waiting on a lock in PostgreSQL.
      for (;;) {
        const [w] = await db.query<{ n: number }>(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
        if (w!.n > 0) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(waiterDone).toBe(false);
      release();
      await open;
      await waiter;
      expect(await new AccessLog(db).verify()).toEqual({ ok: true, rows: 3 });
    } finally {
      await Promise.all([holder.close(), other.close(), same.close()]);
    }
  });

  it.runIf(testEngine() === 'postgres')('two processes that each remember a family’s head, and append to it in turn and at once, keep one unbroken chain', async () => {
    const url = testDatabaseUrl(db)!;
    const [a, b] = await Promise.all([openPostgres(url), openPostgres(url)]);
    try {
      const shared = family();
      const [logA, logB] = [new AccessLog(a), new AccessLog(b)];
      // In turn: each time, the other process's remembered head is out of date.
      for (let i = 0; i < 3; i++) {
        await logA.record(entry(shared));
        await logB.record(entry(shared));
      }
      // At once, in many batches from both, also on the one chain of account events that every process shares.
      await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? logA : logB).record(entry(i % 4 < 2 ? shared : null))));
      const oneLine = (rows: { prev: string; hash: string }[]) => rows.forEach((row, i) => expect(row.prev).toBe(i === 0 ? genesisHash : rows[i - 1]!.hash));
      const rows = await db.query<{ prev: string; hash: string }>('select prev_hash as prev, hash from access_log where family_id = $1 order by id', [shared]);
      expect(rows).toHaveLength(26);
      // One line: each row follows the row before it, so no two rows follow the same one.
      oneLine(rows);
      const accountRows = await db.query<{ prev: string; hash: string }>('select prev_hash as prev, hash from account_log order by id');
      expect(accountRows).toHaveLength(20);
      oneLine(accountRows);
      expect(await new AccessLog(db).verify()).toEqual({ ok: true, rows: 46 });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('a log from before the per-family chains (migration 038) keeps verifying', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openPglite();
  });
  afterEach(async () => db.close());

  it('its global chain and old checkpoints verify, the families chain on from there, and a changed old row is still found', async () => {
    await migrate(db, { before: '038' });
    const last = await writeGlobalChain(db, [entry(family()), entry(null), entry(family())]);

    await migrate(db);
    const log = new AccessLog(db, seal);
    const f = family();
    for (const e of [entry(f), entry(null), entry(f)]) await log.record(e);
    await log.checkpoint('start', testStart);
    expect(await log.verify()).toMatchObject({ ok: true, rows: 6, checkpoints: 2 });
    // The first checkpoint after the migration seals the old chain's head once more.
    expect(await db.query('select chain, last_row_id as "lastRowId" from access_log_checkpoint_heads order by chain')).toContainEqual({ chain: 'globaal', lastRowId: last });

    // Row 2 is the old account event: since migration 041 it lies in account_log, and is still checked there.
    await db.transaction(async (tx) => {
      await tx.exec('alter table account_log disable trigger all');
      await tx.query(`update account_log set actor_name = 'Iemand anders' where id = 2`);
      await tx.exec('alter table account_log enable trigger all');
    });
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 2 });
  });
});

describe('migration 041 moves the account events out of access_log without changing a hash (issue 12 point 6)', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openPglite();
  });
  afterEach(async () => db.close());

  /** Appends as the writer did from migration 038 to 040: one chain per family and one of account events, heads by name. */
  async function appendAt040(entries: AccessEntry[]): Promise<void> {
    for (const e of entries) {
      const chain = e.familyId ?? accountChain;
      const [head] = await db.query<{ hash: string }>('select hash from access_log_heads where chain = $1', [chain]);
      const row = await insertBefore041(db, e, head?.hash ?? genesisHash);
      await db.query(
        `insert into access_log_heads (chain, last_row_id, hash, unsealed) values ($1, $2, $3, true)
         on conflict (chain) do update set last_row_id = excluded.last_row_id, hash = excluded.hash, unsealed = true`,
        [chain, row.id, row.hash],
      );
    }
  }

  /** Seals the moved heads as the checkpoint did from migration 038 to 040. */
  async function checkpointAt040(): Promise<void> {
    const heads = await db.query<{ chain: string; lastRowId: number; hash: string }>(
      `update access_log_heads set unsealed = false where unsealed returning chain, last_row_id as "lastRowId", hash`,
    );
    const [newest] = await db.query<{ id: number }>('select max(id)::bigint as id from access_log');
    const [before] = await db.query<{ seal: string }>('select seal from access_log_checkpoints order by id desc limit 1');
    const content = { at: testStart, reason: 'timer' as const, lastRowId: newest!.id, headHash: headsDigest(heads), keyId: seal.keyId, prevSeal: before?.seal ?? genesisHash, chains: heads.length };
    const [row] = await db.query<{ id: number }>(
      `insert into access_log_checkpoints (at, reason, last_row_id, head_hash, key_id, prev_seal, seal, chains) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [testStart.toISOString(), content.reason, content.lastRowId, content.headHash, content.keyId, content.prevSeal, seal.seal(checkpointContent(content)), content.chains],
    );
    for (const h of heads) {
      await db.query('insert into access_log_checkpoint_heads (checkpoint_id, chain, last_row_id, head_hash) values ($1, $2, $3, $4)', [row!.id, h.chain, h.lastRowId, h.hash]);
    }
  }

  const everyRow = (tables: string[]) =>
    db.query<{ id: number; hash: string; prevHash: string }>(
      `${tables.map((t) => `select id, hash, prev_hash as "prevHash" from ${t}`).join(' union all ')} order by id`,
    );

  it('the old global chain, the chains per family and of account events, and every checkpoint still verify; a changed moved row is still found', async () => {
    await migrate(db, { before: '038' });
    expect(await writeGlobalChain(db, [entry(family()), entry(null), entry(family()), entry(null)])).toBe(4);

    // From 038 to 040: a chain per family and one of account events in the same table, heads by name.
    await migrate(db, { before: '041' });
    const [f, g] = [family(), family()];
    await appendAt040([entry(f), entry(null), entry(g), entry(f), entry(null)]);
    await checkpointAt040();
    // Moved after the last checkpoint: the first one after 041 must seal these heads.
    await appendAt040([entry(null), entry(g)]);
    const before = await everyRow(['access_log']);
    const accountIds = (await db.query<{ id: number }>('select id from access_log where family_id is null order by id')).map((r) => r.id);
    expect(accountIds).toEqual([2, 4, 6, 9, 10]);

    expect(await migrate(db)).toContain('041_account_log.sql');
    expect(await everyRow(['access_log', 'account_log'])).toEqual(before);
    expect((await db.query<{ id: number }>('select id from account_log order by id')).map((r) => r.id)).toEqual(accountIds);
    expect(await db.query('select id from access_log where family_id is null')).toEqual([]);
    const log = new AccessLog(db, seal);
    expect(await log.verify()).toMatchObject({ ok: true, rows: 11, checkpoints: 2, lastRowId: 11 });

    // The writer goes on in both tables; the next checkpoint seals the heads that moved before and after 041.
    await Promise.all([entry(null), entry(f), entry(family())].map((e) => log.record(e)));
    const sealed = await log.checkpoint('start', testStart);
    expect(sealed.chains).toBe(4);
    expect(await log.verify()).toMatchObject({ ok: true, rows: 14, checkpoints: 3 });
    const [accountHead] = await db.query<{ lastRowId: number }>(`select last_row_id as "lastRowId" from account_log_heads where chain = 'account'`);
    const [newestAccount] = await db.query<{ id: number; prevHash: string }>('select id, prev_hash as "prevHash" from account_log order by id desc limit 1');
    expect(accountHead!.lastRowId).toBe(newestAccount!.id);
    expect(newestAccount!.prevHash).toBe(before.find((r) => r.id === 10)!.hash);

    // A moved account event of the per-chain time (row 6) is still checked in its chain, and its head still sealed.
    await db.transaction(async (tx) => {
      await tx.exec('alter table account_log disable trigger all');
      await tx.query(`update account_log set actor_name = 'Iemand anders' where id = 6`);
      await tx.exec('alter table account_log enable trigger all');
    });
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 6 });
  });
});
