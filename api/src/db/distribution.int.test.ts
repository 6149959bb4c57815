import { dutchDay } from '@onsplan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testStart } from '../test/clock.ts';
import { emptyDatabase, freshDatabase, testEngine } from '../test/db.ts';
import type { Db } from './database.ts';
import { migrate } from './migrate.ts';
import { seedDemo } from './seed.ts';
import { distributionProblems } from './distribution-check.ts';
import { citusSql, familyTables, referenceTables } from './distribution.ts';

let db: Db;
const familyId = 'd0000000-0000-4000-8000-000000000001';
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => db.close());

describe(`the schema can be distributed by family, on ${testEngine()}`, () => {
  it('every table is classified, and every family table has its family in each key', async () => {
    expect(await distributionProblems(db)).toEqual([]);
  });

  it('refuses a row that points at a member of another family', async () => {
    const [other] = await db.query<{ id: string }>(`select id from members where family_id <> $1 limit 1`, [familyId]);
    await expect(
      db.query(`insert into satisfaction_given (family_id, member_id, period) values ($1, $2, '2026-01')`, [familyId, other!.id]),
    ).rejects.toThrow(/foreign key/);
  });

  it('names a new table nobody classified, and a family table whose keys leave out the family', async () => {
    await db.exec(`
      create table notes_nobody_classified (id uuid primary key);
      create table plan_notes (
        id uuid primary key,
        family_id uuid not null references families (id),
        client_id uuid unique,
        member_id uuid,
        reply_to uuid references plan_notes (id)
      );
      create unique index plan_notes_member on plan_notes (member_id);
      alter table users add column family_id uuid;`);
    const withNotes = { familyTables: { ...familyTables, plan_notes: 'family_id' }, referenceTables };
    expect(await distributionProblems(db, withNotes)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^notes_nobody_classified: not classified/),
        'plan_notes: primary key plan_notes_pkey (id) lacks family_id',
        'plan_notes: unique plan_notes_client_id_key (client_id) lacks family_id',
        'plan_notes: unique plan_notes_member (member_id) lacks family_id',
        'plan_notes: foreign key plan_notes_reply_to_fkey to family table plan_notes does not join family_id to plan_notes.family_id',
        'users: has family_id, so it is a family table, not a reference table',
      ]),
    );
  });

  it('names a foreign key from a global table into a family table, which Citus cannot keep', async () => {
    await db.exec(`alter table invitations add constraint invitations_member foreign key (user_id) references families (id) not valid`);
    expect(await distributionProblems(db)).toEqual(['invitations: foreign key invitations_member from a reference table to families, which Citus forbids']);
  });

  it('the access log is split by family: a row of no family is refused, and a key of the log without the family is named (the check still finds a break)', async () => {
    await expect(
      db.query(
        `insert into access_log (at, actor_kind, actor_name, action, object_kind, prev_hash, hash) values ('2026-01-01T12:00:00Z', 'member', 'X', 'inloggen', 'sessie', '0', '1')`,
      ),
    ).rejects.toThrow(/family_id/);
    await db.exec(`
      alter table access_log drop constraint access_log_pkey, add primary key (id);
      create unique index access_log_hash_alone on access_log (hash);`);
    expect(await distributionProblems(db)).toEqual([
      'access_log: primary key access_log_pkey (id) lacks family_id',
      'access_log: unique access_log_hash_alone (hash) lacks family_id',
    ]);
  });

  it('the Citus statements run, with stand-ins for Citus, and leave every foreign key as it was', async () => {
    const foreignKeys = () =>
      db.query<{ key: string }>(
        `select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as key
           from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace order by 1`,
      );
    const before = await foreignKeys();
    await db.exec(`
      create table citus_calls (call text);
      create function create_reference_table(t text) returns void language sql as $$ insert into citus_calls values ('reference ' || t) $$;
      create function create_distributed_table(t text, c text, colocate_with text default 'default') returns void language sql
        as $$ insert into citus_calls values ('distributed ' || t || ' by ' || c || ' beside ' || colocate_with) $$;`);
    await db.exec(citusSql());
    expect(await foreignKeys()).toEqual(before);
    const calls = (await db.query<{ call: string }>('select call from citus_calls')).map((r) => r.call);
    expect(calls).toContain('distributed families by id beside default');
    expect(calls).toContain('distributed comments by family_id beside families');
    expect(calls).toContain('reference users');
    expect(calls).toContain('distributed access_log by family_id beside families');
    expect(calls).toContain('distributed access_log_heads by family_id beside families');
    expect(calls).toContain('reference account_log');
    expect(calls).toHaveLength(Object.keys(familyTables).length + Object.keys(referenceTables).length);
  });

  it('prints a Citus statement for every family table and every reference table', () => {
    const sql = citusSql();
    expect(sql).toContain(`select create_distributed_table('families', 'id');`);
    for (const table of Object.keys(familyTables).filter((t) => t !== 'families')) {
      expect(sql).toContain(`select create_distributed_table('${table}', 'family_id', colocate_with => 'families');`);
    }
    for (const table of Object.keys(referenceTables)) expect(sql).toContain(`select create_reference_table('${table}');`);
  });
});

describe(`migration 040 on a database that already has rows, on ${testEngine()}`, () => {
  it('gives the rows that belonged to a family through a member that family, and keeps every row', async () => {
    const old = await emptyDatabase();
    try {
      await migrate(old, { before: '040' });
      await seedDemo(old, dutchDay(testStart), testStart);
      const versions = await old.query<{ id: string; memberId: string; familyId: string }>(
        `select v.id, m.id as "memberId", m.family_id as "familyId" from plan_versions v join members m on m.family_id = v.family_id order by m.id`,
      );
      for (const v of versions) {
        await old.query(`insert into satisfaction_given (member_id, period) values ($1, '2026-01') on conflict do nothing`, [v.memberId]);
        await old.query(`insert into satisfaction_given_versions (member_id, plan_version_id) values ($1, $2)`, [v.memberId, v.id]);
      }
      const counts = () => old.query<{ given: number; versions: number }>(
        `select (select count(*)::int from satisfaction_given) as given, (select count(*)::int from satisfaction_given_versions) as versions`,
      );
      const before = await counts();
      expect(before[0]!.versions).toBeGreaterThan(1);

      expect(await migrate(old)).toContain('040_family_in_every_key.sql');
      expect(await counts()).toEqual(before);
      const wrong = await old.query(
        `select 1 from satisfaction_given g join members m on m.id = g.member_id where g.family_id <> m.family_id
         union all select 1 from satisfaction_given_versions g join members m on m.id = g.member_id where g.family_id <> m.family_id`,
      );
      expect(wrong).toEqual([]);
      expect(await distributionProblems(old)).toEqual([]);
    } finally {
      await old.close();
    }
    // Every migration from the start and the demo on a new engine: longer than one request's test.
  }, 120_000);
});
