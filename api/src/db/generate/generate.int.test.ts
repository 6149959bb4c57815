import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchDay } from '@onsplan/shared';
import { AccessLog } from '../../data/access-log.ts';
import { FamilyStore } from '../../data/family-store.ts';
import { testStart } from '../../test/clock.ts';
import { freshDatabase } from '../../test/db.ts';
import type { Db } from '../database.ts';
import { familyRows, generatedFamilyId } from './family-rows.ts';
import { generateFamilies } from './generate.ts';

let db: Db;
const families = 30;
beforeAll(async () => {
  db = await freshDatabase();
  await generateFamilies(db, { families, now: testStart, seed: 'test' });
}, 120_000);
afterAll(async () => db?.close());

const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params))[0]!.n);

describe('generated families', () => {
  it('are written once: a second run with the same seed adds nothing, a larger number only the missing ones', async () => {
    expect(await generateFamilies(db, { families, now: testStart, seed: 'test' })).toEqual({ written: 0, skipped: families });
    expect(await generateFamilies(db, { families: families + 2, now: testStart, seed: 'test' })).toEqual({ written: 2, skipped: families });
    const ids = Array.from({ length: families + 2 }, (_, i) => generatedFamilyId('test', i));
    expect(await count('select count(*) as n from families where id = any($1::uuid[])', [ids])).toBe(families + 2);
  });

  it('went through the triggers: every family has a change log and a change number', async () => {
    const ids = Array.from({ length: families }, (_, i) => generatedFamilyId('test', i));
    expect(await count('select count(*) as n from families where id = any($1::uuid[]) and change_seq > 20', [ids])).toBe(families);
    expect(await count('select count(distinct family_id) as n from family_changes where family_id = any($1::uuid[])', [ids])).toBe(families);
  });

  it('look like the demo family: a published plan of about twenty items for mixed audiences, comments with replies, professionals', async () => {
    const ids = Array.from({ length: families }, (_, i) => generatedFamilyId('test', i));
    const perFamily = await db.query<{ items: string; audiences: string; comments: string; replies: string; pros: string }>(
      `select (select count(*) from plan_items i join plans p on p.current_version_id = i.version_id where p.family_id = f.id) as items,
              (select count(distinct audience) from plan_items i where i.family_id = f.id) as audiences,
              (select count(*) from comments c where c.family_id = f.id) as comments,
              (select count(*) from comments c where c.family_id = f.id and c.reply_to is not null) as replies,
              (select count(*) from professional_assignments a where a.family_id = f.id) as pros
         from families f where f.id = any($1::uuid[])`,
      [ids],
    );
    for (const f of perFamily) {
      expect(Number(f.items)).toBeGreaterThanOrEqual(16);
      expect(Number(f.items)).toBeLessThanOrEqual(24);
      expect(Number(f.audiences)).toBeGreaterThanOrEqual(2);
      expect(Number(f.comments)).toBeGreaterThanOrEqual(4);
      expect(Number(f.pros)).toBe(2);
    }
    expect(perFamily.some((f) => Number(f.replies) > 0)).toBe(true);
  });

  it('shield the mother’s address from the father where there is a contactverbod', async () => {
    const withBan = Array.from({ length: families }, (_, i) => familyRows('test', i, testStart)).filter((f) =>
      f.tables.some(([table, rows]) => table === 'member_relations' && rows.some((r) => r.kind === 'contactverbod')),
    );
    expect(withBan.length).toBeGreaterThan(0);
    for (const family of withBan) {
      const [ban] = await db.query<{ father: string; mother: string }>(
        `select from_member_id::text as father, to_member_id::text as mother from member_relations where family_id = $1 and kind = 'contactverbod'`,
        [family.familyId],
      );
      const [address] = await db.query<{ shieldedFrom: string[] }>(
        `select shielded_from::text[] as "shieldedFrom" from member_fields where member_id = $1 and field = 'adres'`,
        [ban!.mother],
      );
      expect(address!.shieldedFrom).toEqual([ban!.father]);
    }
  });

  it("hold youths' choices in some families, which the snapshot resolves to the items they close", async () => {
    const ids = Array.from({ length: families }, (_, i) => generatedFamilyId('test', i));
    const [choice] = await db.query<{ familyId: string; ownerId: string; viewerId: string; itemKey: string }>(
      `select family_id as "familyId", owner_member_id as "ownerId", viewer_member_id as "viewerId", target_key as "itemKey" from youth_choices where family_id = any($1::uuid[]) limit 1`,
      [ids],
    );
    expect(choice).toBeDefined();
    const snapshot = (await new FamilyStore(db).snapshot(choice!.familyId))!;
    const item = snapshot.plan!.items.find((i) => i.itemKey === choice!.itemKey)!;
    expect(snapshot.factsOn(dutchDay(testStart)).ownerChoices).toContainEqual({ ownerId: choice!.ownerId, viewerId: choice!.viewerId, objectId: item.id, open: false });
  });

  it('leave an access log whose chain holds', async () => {
    expect(await count('select count(*) as n from access_log')).toBeGreaterThan(families * 10);
    expect((await new AccessLog(db).verify()).ok).toBe(true);
  });
});
