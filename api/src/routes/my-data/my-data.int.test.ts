import { demoCanaries } from '@onsplan/shared/demo';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishNextVersion } from '../../data/plan-versions.ts';
import { testEngine } from '../../test/db.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;

describe(`mijn gegevens downloaden on ${testEngine()} (REQUIREMENTS A7)`, () => {
  it('holds my own data as the screens show it, as a download, and is logged as an export', async () => {
    const samira = await t.as('samira');
    await samira.post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), body: 'Mijn eigen reactie.' });
    const response = await samira.get(`/api/v1/gezinnen/${jansen().id}/export`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="ons-plan-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = response.json();
    expect(data.family.members.find((m: { isMe: boolean }) => m.isMe).firstName).toBe('Samira');
    expect(response.body).toContain(demoCanaries.samiraAddress.text);
    expect(data.plan.items.length).toBeGreaterThan(0);
    expect(data.comments.comments.map((c: { body: string }) => c.body)).toContain('Mijn eigen reactie.');
    expect(data.accessLog.length).toBeGreaterThan(0);
    await t.services.log.drain();
    const [row] = await t.db.query<{ n: number }>(`select count(*)::int as n from access_log where actor_user_id = $1 and action = 'exporteren'`, [t.userIdOf('samira')]);
    expect(row!.n).toBe(1);
  });

  it.each(['samira', 'mark', 'noor', 'daan', 'henk', 'ria'])('the export of %s holds no canary that is not for them', async (person) => {
    const agent = await t.as(person);
    const response = await agent.get(`/api/v1/gezinnen/${jansen().id}/export`);
    expect(response.statusCode).toBe(200);
    for (const canary of Object.values(demoCanaries)) {
      if ((canary.neverFor as readonly string[]).includes(person)) expect(response.body).not.toContain(canary.text);
    }
  });

  it('a professional gets 403: the export is the right of a member, not a bulk download', async () => {
    const fatima = await t.as('fatima');
    const response = await fatima.get(`/api/v1/gezinnen/${jansen().id}/export`);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('niet-toegestaan');
  });

  it('someone outside the family gets the same 404 as for an unknown family', async () => {
    const willem = await t.as('willem');
    const hidden = await willem.get(`/api/v1/gezinnen/${jansen().id}/export`);
    const unknown = await willem.get(`/api/v1/gezinnen/${randomUUID()}/export`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
  });
});

describe(`sync on ${testEngine()}`, () => {
  const syncUrl = (since: number, day?: string) => `/api/v1/gezinnen/${jansen().id}/synchronisatie?since=${since}${day ? `&day=${day}` : ''}`;

  it('sends the whole view first, then nothing until something changes', async () => {
    const samira = await t.as('samira');
    const first = (await samira.get(syncUrl(0))).json();
    expect(first.unchanged).toBe(false);
    expect(first.records.map((r: { kind: string }) => r.kind)).toEqual(expect.arrayContaining(['gezin', 'plan']));
    const again = (await samira.get(syncUrl(first.cursor, first.day))).json();
    expect(again).toMatchObject({ unchanged: true, records: [], cursor: first.cursor });
    await (await t.as('noor')).post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), audience: 'zoals-onderdeel', body: 'Nieuw van Noor.' });
    const changed = (await samira.get(syncUrl(first.cursor, first.day))).json();
    expect(changed.unchanged).toBe(false);
    expect(changed.cursor).toBeGreaterThan(first.cursor);
    expect(changed.records.filter((r: { kind: string }) => r.kind === 'reactie')).toHaveLength(1);
  });

  it('writes one access-log entry per sync, naming all it read, and reads no log to find tombstones', async () => {
    const samira = await t.as('samira');
    const logRows = async () => Number((await t.db.query<{ n: string }>('select count(*) as n from access_log'))[0]!.n);
    const before = await logRows();
    const first = (await samira.get(syncUrl(0))).json();
    expect(await logRows()).toBe(before + 1);
    const [entry] = await t.db.query<{ action: string; objectKind: string; objectIds: string[]; subjects: string[] }>(
      `select action, object_kind as "objectKind", object_ids::text[] as "objectIds", subject_member_ids::text[] as subjects from access_log order by id desc limit 1`,
    );
    expect(entry).toMatchObject({ action: 'lezen', objectKind: 'mijn-gegevens' });
    expect(entry!.subjects).toContain(jansen().members.find((m) => m.key === 'samira')!.id);
    expect(entry!.objectIds).toEqual(expect.arrayContaining([first.records.find((r: { kind: string }) => r.kind === 'plan').id]));
    // What went to her device is noted by key: the tombstones of a later sync are looked up there.
    const delivered = await t.db.query<{ id: string }>('select object_id::text as id from sync_deliveries where user_id = $1', [t.userIdOf('samira')]);
    expect(delivered.map((d) => d.id).sort()).toEqual([...new Set(first.records.map((r: { id: string }) => r.id))].sort());
  });

  it('a professional looking as a member (bekijk als) syncs without noting anything as sent to that member’s device', async () => {
    const samiraId = jansen().members.find((m) => m.key === 'samira')!.id;
    const preview = await (await t.as('fatima')).request({ method: 'GET', url: syncUrl(0), headers: { 'ons-plan-als': `bekijk-als:${samiraId}` } });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().records.length).toBeGreaterThan(1);
    expect(await t.db.query('select 1 from sync_deliveries where family_id = $1', [jansen().id])).toEqual([]);
  });

  it('a new day sends the view again: ages change without any change number', async () => {
    const samira = await t.as('samira');
    const first = (await samira.get(syncUrl(0))).json();
    expect((await samira.get(syncUrl(first.cursor, '2000-01-01'))).json().unchanged).toBe(false);
  });

  it('an item whose audience was narrowed leaves the view, and a comment I may no longer see is a tombstone', async () => {
    const samira = await t.as('samira');
    const first = (await samira.get(syncUrl(0))).json();
    const plan = first.records.find((r: { kind: string }) => r.kind === 'plan').data;
    expect(plan.items.some((i: { key: string }) => i.key === itemKey('samen-praten'))).toBe(true);
    await t.db.transaction((tx) =>
      publishNextVersion(tx, jansen().id, t.userIdOf('fatima'), t.clock.now(), {
        items: [{ op: 'wijzigen', itemKey: itemKey('samen-praten'), envelope: { audience: 'professionals', generalInfo: false } }],
      }),
    );
    const after = (await samira.get(syncUrl(first.cursor, first.day))).json();
    const newPlan = after.records.find((r: { kind: string }) => r.kind === 'plan');
    expect(newPlan.id).not.toBe(plan.version.id);
    expect(newPlan.data.items.some((i: { key: string }) => i.key === itemKey('samen-praten'))).toBe(false);
    const oldRowId = plan.items.find((i: { key: string }) => i.key === itemKey('samen-praten')).id;
    expect(JSON.stringify(after.records)).not.toContain(oldRowId);
  });

  it('what I saw and may no longer see is a tombstone; what I never saw is not even named', async () => {
    const noor = await t.as('noor');
    const samira = await t.as('samira');
    const seen = (await noor.post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), itemKey: itemKey('samen-praten'), audience: 'zoals-onderdeel', body: 'Zien jullie dit?' })).json();
    const first = (await samira.get(syncUrl(0))).json();
    expect(first.records.map((r: { id: string }) => r.id)).toContain(seen.id);
    const secret = (await noor.post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), body: 'Alleen voor Fatima.', audience: 'alleen-professionals' })).json();
    await t.db.transaction((tx) =>
      publishNextVersion(tx, jansen().id, t.userIdOf('fatima'), t.clock.now(), {
        items: [{ op: 'wijzigen', itemKey: itemKey('samen-praten'), envelope: { audience: 'professionals', generalInfo: false } }],
      }),
    );
    const after = (await samira.get(syncUrl(first.cursor, first.day))).json();
    expect(after.tombstones).toContainEqual({ kind: 'reactie', id: seen.id });
    expect(after.tombstones.map((x: { id: string }) => x.id)).not.toContain(secret.id);
    expect(JSON.stringify(after)).not.toContain(secret.id);
    expect(JSON.stringify(after)).not.toContain('Alleen voor Fatima.');
  });

  it.each(['-1', 'abc', '1e3'])('a bad cursor %s answers 400', async (since) => {
    const samira = await t.as('samira');
    const response = await samira.get(`/api/v1/gezinnen/${jansen().id}/synchronisatie?since=${since}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('ongeldige-invoer');
  });

  it('after the delegation ended, the helper gets 404 and the device drops the family', async () => {
    const ria = await t.as('ria');
    expect((await ria.get(syncUrl(0))).statusCode).toBe(200);
    await t.db.query('update delegations set revoked_at = $1', [t.clock.now().toISOString()]);
    t.clock.advance(1000);
    // The cache of signed-in people drops Ria when PostgreSQL's notification arrives, on its own
    // connection and so a moment after the update (as in principals.int.test.ts): about 1 run in 3 asked sooner.
    await vi.waitFor(async () => expect((await ria.get(syncUrl(0))).statusCode).toBe(404));
  });

  it('after a member was taken out of the family, their sync answers 404 and the device drops the family', async () => {
    const henk = await t.as('henk');
    expect((await henk.get(syncUrl(0))).statusCode).toBe(200);
    const henkId = jansen().members.find((m) => m.key === 'henk')!.id;
    await t.db.query('update members set removed_at = $2 where id = $1', [henkId, t.clock.now().toISOString()]);
    t.clock.advance(1000);
    const response = await henk.get(syncUrl(0));
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Jansen');
  });
});
