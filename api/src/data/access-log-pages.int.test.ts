import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.ts';
import { testStart } from '../test/clock.ts';
import { freshDatabase, testEngine } from '../test/db.ts';
import { AccessLog, type AccessEntry, type LogCheck } from './access-log.ts';
import { LogSeal } from './log-seal.ts';

/**
 * The check of the log reads rows, checkpoints and sealed heads in pages (issue 12 point 2), so its
 * memory does not grow with families and years. Pages must not change what it proves: with pages
 * of one, two or three, every break is found as with one page for all.
 */

const seal = new LogSeal(Buffer.alloc(32, 9));
const entry = (familyId: string | null): AccessEntry => ({
  at: testStart, actorUserId: randomUUID(), actorKind: 'professional', actorName: 'Fatima Yılmaz', actorOrganisation: 'Lokaal team', onBehalfOfMemberId: null,
  familyId, subjectMemberIds: [randomUUID()], action: familyId ? 'lezen' : 'inloggen', objectKind: familyId ? 'plan' : 'sessie', objectIds: [], clientIp: '127.0.0.1',
});

let db: Db;
let log: AccessLog;
const families = Array.from({ length: 4 }, () => randomUUID());
beforeEach(async () => {
  db = await freshDatabase();
  log = new AccessLog(db, seal);
  // Three checkpoints of several heads each, with family rows and account events between them.
  for (let round = 0; round < 3; round++) {
    for (const f of [...families, null, families[round]!, null]) await log.record(entry(f));
    await log.checkpoint('timer', testStart);
  }
  await log.record(entry(families[0]!));
});
afterEach(async () => db.close());

/** The check with small pages, which must say exactly what the check with one page says. */
async function checkInPages(): Promise<LogCheck> {
  const whole = await log.verify();
  for (const pageSize of [1, 2, 3]) expect(await log.verify({ pageSize }), `pages of ${pageSize}`).toEqual(whole);
  return whole;
}

async function asOwner(table: string, sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec(`alter table ${table} disable trigger all`);
    await tx.query(sql, params);
    await tx.exec(`alter table ${table} enable trigger all`);
  });
}

const sealedHeads = () =>
  db.query<{ checkpointId: number; chain: string; lastRowId: number }>(
    `select checkpoint_id as "checkpointId", chain, last_row_id as "lastRowId" from access_log_checkpoint_heads order by checkpoint_id, chain`,
  );

describe(`the check of the log in pages on ${testEngine()} (issue 12 point 2)`, () => {
  it('a clean log: every row and checkpoint, the same in pages', async () => {
    expect(await checkInPages()).toMatchObject({ ok: true, rows: 22, checkpoints: 3 });
  });

  it('a changed row is found at that row', async () => {
    const [row] = await db.query<{ id: number }>('select id from access_log where family_id = $1 order by id limit 1 offset 2', [families[1]]);
    await asOwner('access_log', `update access_log set actor_name = 'Iemand anders' where id = $1`, [row!.id]);
    expect(await checkInPages()).toMatchObject({ ok: false, brokenAt: row!.id });
  });

  it('a changed account event is found at that row', async () => {
    const [row] = await db.query<{ id: number }>('select id from account_log order by id limit 1 offset 3');
    await asOwner('account_log', `update account_log set client_ip = '10.0.0.1' where id = $1`, [row!.id]);
    expect(await checkInPages()).toMatchObject({ ok: false, brokenAt: row!.id });
  });

  it('a sealed row with another hash is rewritten since the row an earlier checkpoint sealed of its chain', async () => {
    const heads = (await sealedHeads()).filter((h) => h.chain === families[0]);
    const [first, , last] = heads;
    await asOwner('access_log', `update access_log set hash = repeat('a', 64) where id = $1`, [last!.lastRowId]);
    expect(await checkInPages()).toMatchObject({
      ok: false,
      brokenAt: last!.lastRowId,
      brokenCheckpoint: { id: last!.checkpointId, reason: 'herschreven', lastRowId: last!.lastRowId, sinceRowId: heads[1]!.lastRowId },
    });
    expect(first!.lastRowId).toBeLessThan(heads[1]!.lastRowId);
  });

  it('a changed sealed head breaks the seal of its checkpoint', async () => {
    const [, head] = await sealedHeads();
    await asOwner('access_log_checkpoint_heads', `update access_log_checkpoint_heads set last_row_id = last_row_id - 1 where checkpoint_id = $1 and chain = $2`, [head!.checkpointId, head!.chain]);
    expect(await checkInPages()).toMatchObject({ ok: false, brokenCheckpoint: { id: head!.checkpointId, reason: 'zegel' } });
  });

  it('a changed checkpoint breaks its seal', async () => {
    const [, second] = await db.query<{ id: number }>('select id from access_log_checkpoints order by id');
    await asOwner('access_log_checkpoints', `update access_log_checkpoints set reason = 'stop' where id = $1`, [second!.id]);
    expect(await checkInPages()).toMatchObject({ ok: false, brokenCheckpoint: { id: second!.id, reason: 'zegel' } });
  });

  it('a sealed row that is gone is named as missing', async () => {
    const sealedAccount = (await sealedHeads()).find((h) => h.chain === 'account')!;
    await asOwner('account_log', `delete from account_log where id = $1`, [sealedAccount.lastRowId]);
    expect(await checkInPages()).toMatchObject({ ok: false, brokenCheckpoint: { id: sealedAccount.checkpointId, reason: 'ontbreekt', lastRowId: sealedAccount.lastRowId } });
  });
});
