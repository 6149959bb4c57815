import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appRoleProblem, openAppDatabase } from '../db/app-role.ts';
import { openPglite, type Db } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { describeLogCheck, startLogGuard, type GuardReport } from '../log-guard.ts';
import { testStart } from '../test/clock.ts';
import { freshDatabase, testDatabaseUrl, testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';
import { AccessLog, chainOf, entryHash, genesisHash, type AccessEntry } from './access-log.ts';
import { LogSeal } from './log-seal.ts';

/**
 * The findings of the outside review of the access log (REQUIREMENTS D2), each as a test:
 * the app's role could switch the append-only trigger off; deleting the newest rows went unnoticed;
 * re-hashing the chain with the project's own `entryHash` made it verify; nothing checked the log
 * outside the tests. On PostgreSQL the first is closed by the role; on PGlite (one user, no roles)
 * and for the owner, the sealed checkpoints catch what the role cannot stop.
 */

let t: TestApp;
/** A fresh app per test, for the describes that use one (the command line's test needs none). */
function withApp(): void {
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => t.close());
}

const key = Buffer.alloc(32, 7);
const seal = new LogSeal(key);
const planUrl = () => `/api/v1/gezinnen/${t.world.families.find((f) => f.key === 'jansen')!.id}/plan`;

/** The log as the server keeps it: the app's own connection (onsplan_app on PostgreSQL), with the key. */
const serverLog = () => new AccessLog(t.services.authDb, seal);
/** The chain alone, as `verify()` was before: what the review fooled. */
const chainOnly = () => new AccessLog(t.db);

async function reads(n: number): Promise<void> {
  const samira = await t.as('samira');
  for (let i = 0; i < n; i++) expect((await samira.get(planUrl())).statusCode).toBe(200);
  await t.services.log.drain();
}

/** What someone who may write the table does: the owner on PostgreSQL, anyone with the files on PGlite. */
async function tamper(sql: string, params: unknown[] = [], table = 'access_log'): Promise<void> {
  await t.db.transaction(async (tx) => {
    await tx.exec(`alter table ${table} disable trigger all`);
    await tx.query(sql, params);
    await tx.exec(`alter table ${table} enable trigger all`);
  });
}

async function rowIds(): Promise<number[]> {
  return (await t.db.query<{ id: number }>('select id from access_log order by id')).map((r) => r.id);
}

/** Changes one row and re-hashes it and every row after it in its chain with the project's own function. */
async function rewriteAndRehash(id: number): Promise<void> {
  await tamper(`update access_log set actor_name = 'Iemand anders' where id = $1`, [id]);
  const rows = await t.db.query<AccessEntry & { id: number; hash: string }>(
    `select id, at, actor_user_id as "actorUserId", actor_kind as "actorKind", actor_name as "actorName", actor_organisation as "actorOrganisation",
            on_behalf_of_member_id as "onBehalfOfMemberId", family_id as "familyId", subject_member_ids as "subjectMemberIds", action,
            object_kind as "objectKind", object_ids as "objectIds", client_ip as "clientIp", outcome, hash
       from access_log order by id`,
  );
  const prevOf = new Map<string, string>();
  for (const row of rows) {
    const prev = prevOf.get(chainOf(row)) ?? genesisHash;
    if (row.id >= id) {
      const hash = entryHash(prev, row);
      await tamper('update access_log set prev_hash = $2, hash = $3 where id = $1', [row.id, prev, hash]);
      prevOf.set(chainOf(row), hash);
    } else prevOf.set(chainOf(row), row.hash);
  }
}

describe(`the server's database role on ${testEngine()} (REQUIREMENTS D2)`, () => {
  withApp();
  // PGlite is embedded with a single user: there is no second role to separate, and whoever has
  // the data folder has the database. There the checkpoints below are the protection.
  it.runIf(testEngine() === 'postgres')('may read and append to the log, but not switch its trigger off, change, delete or truncate it', async () => {
    await reads(1);
    await serverLog().checkpoint('start', t.clock.now());
    const app = t.services.authDb;
    expect(await app.query('select current_user as who')).toEqual([{ who: 'onsplan_app' }]);
    const [{ n }] = (await app.query<{ n: number }>('select count(*)::int as n from access_log')) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    for (const table of ['access_log', 'account_log', 'access_log_checkpoints']) {
      for (const sql of [
        `alter table ${table} disable trigger all`,
        `alter table ${table} disable trigger user`,
        `update ${table} set id = id`,
        `delete from ${table}`,
        `truncate ${table}`,
        `drop table ${table}`,
      ]) {
        await expect(app.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
      }
    }
    // Nothing else of the server's work lost a right it needs: it still writes family data.
    await expect(app.query('update families set name = name')).resolves.toBeDefined();
    expect(await appRoleProblem(app)).toBeUndefined();
    expect(await appRoleProblem(t.db)).toMatch(/kan het toegangslog veranderen/);
  });

  it.runIf(testEngine() === 'postgres')('with APP_DATABASE_URL the server has no way back to the owner, not even by "set role none"', async () => {
    await t.db.exec(`do $$ begin create role onsplan_test_web login in role onsplan_app; exception when duplicate_object or unique_violation then null; end $$`);
    const ownerUrl = testDatabaseUrl(t.db)!;
    const appUrl = new URL(ownerUrl);
    appUrl.username = 'onsplan_test_web';
    const web = await openAppDatabase({ databaseUrl: ownerUrl, appDatabaseUrl: appUrl.toString() }, t.db);
    try {
      await web.exec('set role none');
      expect(await web.query('select current_user as who')).toEqual([{ who: 'onsplan_test_web' }]);
      await expect(web.query('alter table access_log disable trigger all')).rejects.toThrow(/must be owner/);
      await expect(web.query('delete from access_log')).rejects.toThrow(/permission denied/);
      expect(await appRoleProblem(web)).toBeUndefined();
    } finally {
      await web.close();
    }
  });
});

describe(`sealed checkpoints on ${testEngine()} (REQUIREMENTS D2)`, () => {
  withApp();
  it('a clean log verifies with its checkpoints, and says how far they go', async () => {
    await serverLog().checkpoint('start', t.clock.now());
    await reads(2);
    const last = await serverLog().checkpoint('timer', t.clock.now());
    expect(await serverLog().verify()).toEqual({
      ok: true, rows: 3, lastRowId: last.lastRowId, checkpoints: 2, lastCheckpoint: { id: last.id, at: testStart, lastRowId: last.lastRowId },
    });
  });

  it('a row changed with the trigger switched off breaks the chain at that row', async () => {
    await reads(3);
    await serverLog().checkpoint('timer', t.clock.now());
    const [, second] = await rowIds();
    await tamper(`update access_log set actor_name = 'Iemand anders' where id = $1`, [second]);
    expect(await serverLog().verify()).toMatchObject({ ok: false, brokenAt: second });
  });

  it('a chain re-hashed with the project’s own entryHash fools the chain alone, not the sealed checkpoint', async () => {
    await reads(3);
    const sealed = await serverLog().checkpoint('timer', t.clock.now());
    await reads(1);
    // The first read of the family (the sign-in before it is in the account chain).
    const [, firstRead] = await rowIds();
    await rewriteAndRehash(firstRead!);

    expect(await chainOnly().verify()).toMatchObject({ ok: true });
    const result = await serverLog().verify();
    expect(result).toMatchObject({ ok: false, brokenCheckpoint: { id: sealed.id, reason: 'herschreven', lastRowId: sealed.lastRowId, sinceRowId: 0 } });
    expect(result.brokenAt).toBeUndefined();
    expect(describeLogCheck(result).join('\n')).toContain(`controlepunt ${sealed.id} klopt niet meer met regel ${sealed.lastRowId}`);
  });

  it('deleting the newest rows fools the chain alone, not the checkpoint that sealed them', async () => {
    await reads(4);
    const sealed = await serverLog().checkpoint('stop', t.clock.now());
    const ids = await rowIds();
    await tamper('delete from access_log where id >= $1', [ids.at(-2)]);

    expect(await chainOnly().verify()).toMatchObject({ ok: true });
    const result = await serverLog().verify();
    expect(result).toMatchObject({ ok: false, lastRowId: ids.at(-3), brokenCheckpoint: { id: sealed.id, reason: 'ontbreekt', lastRowId: ids.at(-1) } });
    expect(describeLogCheck(result).join('\n')).toContain('De nieuwste regels zijn weggehaald.');
  });

  it('a checkpoint changed, or one taken out of the middle, breaks the seal of the next', async () => {
    const log = serverLog();
    await log.checkpoint('start', t.clock.now());
    await reads(1);
    const middle = await log.checkpoint('timer', t.clock.now());
    await reads(1);
    const last = await log.checkpoint('stop', t.clock.now());
    await tamper('delete from access_log_checkpoints where id = $1', [middle.id], 'access_log_checkpoints');
    expect(await log.verify()).toMatchObject({ ok: false, brokenCheckpoint: { id: last.id, reason: 'zegel' } });
    await tamper(`update access_log_checkpoints set head_hash = $2 where id = $1`, [last.id, genesisHash], 'access_log_checkpoints');
    expect(await log.verify()).toMatchObject({ ok: false, brokenCheckpoint: { id: last.id, reason: 'zegel' } });
  });

  it('a checkpoint made without the key (after a rewrite) is named as sealed with another key', async () => {
    await reads(2);
    await serverLog().checkpoint('timer', t.clock.now());
    const forged = await new AccessLog(t.db, new LogSeal(Buffer.alloc(32, 1))).checkpoint('timer', t.clock.now());
    expect(await serverLog().verify()).toMatchObject({ ok: false, brokenCheckpoint: { id: forged.id, reason: 'andere-sleutel' } });
  });
});

describe(`the server guards its log on ${testEngine()} (REQUIREMENTS D2)`, () => {
  withApp();
  function listen(): GuardReport & { infos: string[]; alarms: string[]; all: () => string } {
    const infos: string[] = [];
    const alarms: string[] = [];
    const lines: unknown[] = [];
    return {
      infos, alarms,
      info: (message, details) => void (infos.push(message), lines.push(message, details)),
      alarm: (message, details) => void (alarms.push(message), lines.push(message, details)),
      all: () => JSON.stringify(lines),
    };
  }
  async function until(what: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 400 && !(await what()); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const reasons = async () => (await t.db.query<{ reason: string }>('select reason from access_log_checkpoints order by id')).map((r) => r.reason);

  it('seals at start, on its timer once the log grew, and at shutdown; checks the whole log at start; never shows the key', async () => {
    const report = listen();
    const guard = await startLogGuard({ log: serverLog(), clock: t.clock, report, everyMs: 20 });
    expect(await guard.checked).toMatchObject({ ok: true, checkpoints: 1 });
    await reads(1);
    await until(async () => (await reasons()).includes('timer'));
    await guard.stop();
    const written = await reasons();
    expect(written[0]).toBe('start');
    expect(written).toContain('timer');
    expect(written.at(-1)).toBe('stop');
    expect(report.alarms).toEqual([]);
    expect(report.infos[0]).toBe('Toegangslog verzegeld.');
    expect(await serverLog().verify()).toMatchObject({ ok: true, checkpoints: written.length });
    for (const shown of [key.toString('hex'), key.toString('base64')]) expect(report.all()).not.toContain(shown);
  });

  it('on a break it still serves the families, and shouts: naming the first broken row, again on its timer', async () => {
    await reads(3);
    await serverLog().checkpoint('stop', t.clock.now());
    const [, second] = await rowIds();
    await tamper(`update access_log set client_ip = '10.0.0.1' where id = $1`, [second]);
    const report = listen();
    const guard = await startLogGuard({ log: serverLog(), clock: t.clock, report, everyMs: 20 });
    try {
      expect(await guard.checked).toMatchObject({ ok: false, brokenAt: second });
      expect(report.alarms[0]).toContain(`regel ${second} van het toegangslog past niet`);
      await until(async () => report.alarms.length > 1);
      expect(report.alarms[1]).toBe(report.alarms[0]);
      expect((await (await t.as('mark')).get(planUrl())).statusCode).toBe(200);
    } finally {
      await guard.stop();
    }
  });
});

describe(`npm run cli -- verify-log on ${testEngine()} (REQUIREMENTS D2)`, () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  let folder: string;
  const databases: Db[] = [];
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'onsplan-verify-'));
  });
  afterEach(async () => {
    for (const db of databases.splice(0)) await db.close();
    await rm(folder, { recursive: true, force: true });
  });

  function cli(env: Record<string, string>): Promise<{ code: number; out: string }> {
    const { DATABASE_URL: _url, LOG_SEAL_KEY: _key, ...rest } = process.env;
    return new Promise((resolve) => {
      execFile(process.execPath, ['api/src/cli.ts', 'verify-log'], { cwd: root, env: { ...rest, ...env } }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` });
      });
    });
  }

  /** Where the command line finds the database: this test's PostgreSQL database, or a PGlite folder of its own. */
  async function place(): Promise<{ env: Record<string, string>; open(): Promise<Db>; done(db: Db): Promise<void> }> {
    const dataDir = join(folder, 'pglite');
    if (testEngine() === 'postgres') {
      const db = await freshDatabase();
      databases.push(db);
      return { env: { DATABASE_URL: testDatabaseUrl(db)!, DATA_DIR: dataDir }, open: async () => db, done: async () => {} };
    }
    const migrated = await openPglite(dataDir);
    await migrate(migrated);
    await migrated.close();
    // PGlite is one process's at a time: the command line opens it only after the test let go.
    return { env: { DATA_DIR: dataDir }, open: () => openPglite(dataDir), done: (db) => db.close() };
  }

  const entry = (): AccessEntry => ({
    at: testStart, actorUserId: randomUUID(), actorKind: 'professional', actorName: 'Fatima Yılmaz', actorOrganisation: 'Lokaal team', onBehalfOfMemberId: null,
    familyId: randomUUID(), subjectMemberIds: [randomUUID()], action: 'lezen', objectKind: 'plan', objectIds: [randomUUID()], clientIp: '127.0.0.1',
  });

  it('says the log is in order and exits 0; after the newest rows were deleted it exits 1 naming the checkpoint; without the key it exits 1', async () => {
    const where = await place();
    const withKey = { ...where.env, LOG_SEAL_KEY: key.toString('hex') };
    let db = await where.open();
    const log = new AccessLog(db, seal);
    for (let i = 0; i < 3; i++) await log.record(entry());
    const sealed = await log.checkpoint('stop', testStart);
    await where.done(db);

    const good = await cli(withKey);
    expect(good.out).toMatch(/Het toegangslog is in orde: \d+ regels en 1 controlepunt\./);
    expect(good.code).toBe(0);

    db = await where.open();
    await db.transaction(async (tx) => {
      await tx.exec('alter table access_log disable trigger all');
      await tx.query('delete from access_log where id = $1', [sealed.lastRowId]);
      await tx.exec('alter table access_log enable trigger all');
    });
    await where.done(db);
    const bad = await cli(withKey);
    expect(bad.out).toContain(`FOUT: controlepunt ${sealed.id} noemt regel ${sealed.lastRowId}`);
    expect(bad.code).toBe(1);

    const keyless = await cli(where.env);
    expect(keyless.out).toContain('geen sleutel');
    expect(keyless.code).toBe(1);
    // Three runs of the command line, each starting Node and opening the database: slow on a busy machine.
  }, 300_000);
});
