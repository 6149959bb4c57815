import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';
import { entryHash, genesisHash } from './access-log.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;

interface LogRow {
  actorUserId: string;
  actorKind: string;
  actorName: string;
  actorOrganisation: string | null;
  onBehalfOfMemberId: string | null;
  familyId: string;
  subjectMemberIds: string[];
  action: string;
  objectKind: string;
  objectIds: string[];
  clientIp: string | null;
}

async function rowsFor(userId: string): Promise<LogRow[]> {
  await t.services.log.drain();
  return t.db.query<LogRow>(
    `select actor_user_id as "actorUserId", actor_kind as "actorKind", actor_name as "actorName", actor_organisation as "actorOrganisation",
            on_behalf_of_member_id as "onBehalfOfMemberId", family_id as "familyId", subject_member_ids as "subjectMemberIds",
            action, object_kind as "objectKind", object_ids as "objectIds", client_ip as "clientIp"
       from access_log where actor_user_id = $1 order by id`,
    [userId],
  );
}

describe(`access log on ${testEngine()} (REQUIREMENTS D1, D2)`, () => {
  it.each([
    ['/plan', 'plan'],
    ['', 'gezin'],
  ])('a read of /families/:id%s writes a complete entry', async (suffix, objectKind) => {
    const samira = await t.as('samira');
    const response = await samira.get(`/api/families/${jansen().id}${suffix}`);
    expect(response.statusCode).toBe(200);
    const rows = await rowsFor(t.userIdOf('samira'));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ actorKind: 'member', actorName: 'Samira El Amrani', familyId: jansen().id, action: 'lezen', objectKind, onBehalfOfMemberId: null });
    expect(row.clientIp).toBeTruthy();
    expect(row.objectIds.length).toBeGreaterThan(0);
    expect(row.subjectMemberIds).toContain(memberId('samira'));
  });

  it('a helper reading names the member they act for, and their organisation', async () => {
    const ria = await t.as('ria');
    expect((await ria.get(`/api/families/${jansen().id}/plan`)).statusCode).toBe(200);
    const [row] = await rowsFor(t.userIdOf('ria'));
    expect(row).toMatchObject({ actorKind: 'helper', onBehalfOfMemberId: memberId('samira') });
    expect(row!.actorOrganisation).toBeTruthy();
  });

  it('a denied read (404) reveals nothing and logs no family data as read', async () => {
    const willem = await t.as('willem');
    expect((await willem.get(`/api/families/${jansen().id}/plan`)).statusCode).toBe(404);
    expect(await rowsFor(t.userIdOf('willem'))).toEqual([]);
  });

  it('chains every row to the one before, and the chain verifies after many concurrent reads', async () => {
    const samira = await t.as('samira');
    const mark = await t.as('mark');
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? samira : mark).get(`/api/families/${jansen().id}/plan`)));
    const result = await t.services.log.verify();
    expect(result).toEqual({ ok: true, rows: 40 });
    const [first] = await t.db.query<{ prev: string }>('select prev_hash as prev from access_log order by id limit 1');
    expect(first!.prev).toBe(genesisHash);
  });

  it('refuses update, delete and truncate', async () => {
    const samira = await t.as('samira');
    await samira.get(`/api/families/${jansen().id}/plan`);
    await t.services.log.drain();
    await expect(t.db.query(`update access_log set actor_name = 'iemand anders'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('delete from access_log')).rejects.toThrow(/append-only/);
    await expect(t.db.query('truncate access_log')).rejects.toThrow(/append-only/);
  });

  it('detects a forged row: the hash covers the content', () => {
    const entry = {
      at: new Date('2026-11-24T10:00:00Z'), actorUserId: null, actorKind: 'member', actorName: 'A', actorOrganisation: null,
      onBehalfOfMemberId: null, familyId: null, subjectMemberIds: [], action: 'lezen' as const, objectKind: 'plan', objectIds: [], clientIp: null,
    };
    expect(entryHash(genesisHash, entry)).not.toBe(entryHash(genesisHash, { ...entry, actorName: 'B' }));
    expect(entryHash(genesisHash, entry)).not.toBe(entryHash('1'.repeat(64), entry));
  });
});
