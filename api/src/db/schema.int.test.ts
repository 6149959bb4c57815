import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testEngine } from '../test/db.ts';
import type { Db } from './database.ts';
import { migrate } from './migrate.ts';

let db: Db;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => db.close());

const familyId = 'd0000000-0000-4000-8000-000000000001';
const versionId = 'd0000000-0000-4000-8000-000000000102';

describe(`schema on ${testEngine()}`, () => {
  it('returns days as YYYY-MM-DD text and counts as numbers, on both engines', async () => {
    const [row] = await db.query<{ birthDate: string; seq: number }>(
      `select m.birth_date as "birthDate", f.change_seq as seq from members m join families f on f.id = m.family_id limit 1`,
    );
    expect(row!.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof row!.seq).toBe('number');
  });

  it('finds a professional\'s assignments and a comment\'s replies by an index of their own, not by a scan', async () => {
    const plan = async (sql: string) => {
      // Off: on a seeded database this small a scan is cheaper, and the question is which index exists.
      return db.transaction(async (tx) => {
        await tx.query('set local enable_seqscan = off');
        const rows = await tx.query<{ 'QUERY PLAN': string }>(`explain ${sql}`);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
    };
    expect(await plan(`select family_id from professional_assignments where user_id = 'd0000000-0000-4000-8000-000000000031'`)).toContain('professional_assignments_user');
    expect(await plan(`select id from comments where reply_to = 'd0000000-0000-4000-8000-000000000999'`)).toContain('comments_reply_to');
  });

  it('applies migrations once', async () => {
    expect(await migrate(db)).toEqual([]);
  });

  it('numbers every change to family data per family, for sync', async () => {
    const [before] = await db.query<{ seq: number }>('select change_seq as seq from families where id = $1', [familyId]);
    await db.query(`update member_fields set value = 'Nieuwe straat 1' where family_id = $1 and field = 'adres' and value like 'Kanaalweg%'`, [familyId]);
    await db.query(`delete from member_fields where family_id = $1 and value = 'Nieuwe straat 1'`, [familyId]);
    const changes = await db.query<{ seq: number; op: string; objectKind: string }>(
      `select seq, op, object_kind as "objectKind" from family_changes where family_id = $1 and seq > $2 order by seq`,
      [familyId, before!.seq],
    );
    expect(changes).toEqual([
      { seq: before!.seq + 1, op: 'upsert', objectKind: 'member_fields' },
      { seq: before!.seq + 2, op: 'delete', objectKind: 'member_fields' },
    ]);
  });

  it('never changes a published plan version or its items', async () => {
    await expect(db.query(`update plan_versions set title = 'Anders' where id = $1`, [versionId])).rejects.toThrow(/never changes/);
    await expect(db.query(`update plan_items set what = 'Anders' where version_id = $1`, [versionId])).rejects.toThrow(/never change/);
    await expect(db.query(`delete from plan_items where version_id = $1`, [versionId])).rejects.toThrow(/never change/);
  });

  it('refuses an instemming "niet eens" without a reason, and a refusal of a correction without reasons', async () => {
    await expect(
      db.query(
        `insert into instemmingen (id, family_id, plan_version_id, member_id, decision, decided_by_user_id, client_id)
         select gen_random_uuid(), $1, $2, m.id, 'niet-eens', m.user_id, gen_random_uuid() from members m where m.first_name = 'Mark'`,
        [familyId, versionId],
      ),
    ).rejects.toThrow(/check/i);
    await expect(
      db.query(
        `insert into correctieverzoeken (id, family_id, requester_member_id, target_kind, target_id, kind, reason, status, received_on, due_on, client_id)
         select gen_random_uuid(), $1, m.id, 'member', m.id, 'wijzigen', 'klopt niet', 'afgewezen', '2026-11-24', '2026-12-24', gen_random_uuid()
           from members m where m.first_name = 'Mark'`,
        [familyId],
      ),
    ).rejects.toThrow(/check/i);
  });
});
