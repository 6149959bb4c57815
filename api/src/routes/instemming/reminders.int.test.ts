import type { InstemmingOverview, InstemmingRemindersSent } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

/** "Herinnering sturen" (issue 10, point 8c): only to who did not answer, once a day, seen only by that member. */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const url = (what = '') => `/api/v1/gezinnen/${jansen().id}/instemming${what}`;
const version = () => jansen().plan.versionId;

async function overview(who: string | Agent): Promise<InstemmingOverview> {
  const agent = typeof who === 'string' ? await t.as(who) : who;
  const response = await agent.get(url());
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function remind(who = 'fatima', versionId = version()) {
  return (await t.as(who)).post(url('/herinneringen'), { versionId });
}

const member = (key: string) => jansen().members.find((m) => m.key === key)!.id;

/** Answers "eens" for `who`, or as `who` for a child under 12 (`forKey`). */
async function answer(who: string, forKey?: string) {
  t.clock.advance(1000);
  const payload = { clientId: randomUUID(), versionId: version(), decision: 'eens', ...(forKey ? { memberId: member(forKey) } : {}) };
  const response = await (await t.as(who)).post(url(), payload);
  expect(response.statusCode, response.body).toBe(201);
}

const names = (sent: InstemmingRemindersSent, key: 'reminded' | 'alreadyToday' = 'reminded') => sent[key].map((m) => m.firstName).sort();

describe(`instemming reminders on ${testEngine()}`, () => {
  it('go only to who did not answer, once a day; the member sees it until she answers; Fatima sees when', async () => {
    await answer('henk');
    const first = await remind();
    expect(first.statusCode, first.body).toBe(201);
    // Henk answered; Samira and Mark answer for themselves and for Mila (8), Noor and Daan for themselves.
    expect(names(first.json())).toEqual(['Daan', 'Mark', 'Noor', 'Samira']);

    const again = await remind();
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'al-herinnerd' });

    const mark = await t.as('mark');
    expect((await overview(mark)).reminder).toEqual({ byName: 'Fatima', byJobTitle: 'Regisseur', at: t.clock.now().toISOString() });
    expect((await overview('henk')).reminder).toBeUndefined();
    const deciders = (await overview('fatima')).members!.flatMap((m) => m.deciders);
    // Mark and Samira twice: for themselves and for Mila.
    expect(deciders.filter((d) => d.remindedAt).map((d) => d.firstName).sort()).toEqual(['Daan', 'Mark', 'Mark', 'Noor', 'Samira', 'Samira']);
    expect(deciders.find((d) => d.firstName === 'Henk')!.remindedAt).toBeUndefined();

    // Mark answered for himself; for Mila he is still asked, so the reminder stays until both are done.
    await answer('mark');
    expect((await overview(mark)).reminder).toBeDefined();
    await answer('mark', 'mila');
    expect((await overview(mark)).reminder).toBeUndefined();
  });

  it('is gone once the member answered', async () => {
    expect((await remind()).statusCode).toBe(201);
    expect((await overview('noor')).reminder).toMatchObject({ byName: 'Fatima' });
    await answer('noor');
    expect((await overview('noor')).reminder).toBeUndefined();
  });

  it('the next day a new press reminds again, but never who answered in between', async () => {
    expect((await remind()).statusCode).toBe(201);
    await answer('daan');
    t.clock.advance(24 * 3600 * 1000);
    const next = await remind();
    expect(next.statusCode).toBe(201);
    expect(names(next.json())).not.toContain('Daan');
    expect(names(next.json())).toContain('Samira');
  });

  it("Mark does not see a reminder meant for Samira, nor does anyone but Samira and her helper", async () => {
    await answer('mark');
    await answer('mark', 'mila');
    await answer('henk');
    const sent = await remind();
    expect(names(sent.json())).toEqual(['Daan', 'Noor', 'Samira']);
    expect((await overview('samira')).reminder).toMatchObject({ byName: 'Fatima' });
    expect((await overview('ria')).reminder).toMatchObject({ byName: 'Fatima' });
    for (const other of ['mark', 'henk']) {
      const response = await (await t.as(other)).get(url());
      expect(response.json().reminder, other).toBeUndefined();
      expect(response.body, other).not.toContain('remindedAt');
    }
  });

  it('is in the access log, with the reminded members as subjects', async () => {
    await remind();
    await t.services.log.drain();
    const rows = await t.db.query<{ action: string; objectKind: string; subjects: string[] }>(
      `select action, object_kind as "objectKind", subject_member_ids as subjects from access_log where actor_user_id = $1 and object_kind = 'herinnering'`,
      [t.userIdOf('fatima')],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).toBe('aanmaken');
    const samira = jansen().members.find((m) => m.key === 'samira')!.id;
    expect(rows[0]!.subjects).toContain(samira);
  });

  it('members and helpers do not remind (403); Jeroen (betrokken) may; Karim gets 404; an unknown version 404, a bad body 400', async () => {
    expect((await remind('samira')).statusCode).toBe(403);
    expect((await remind('ria')).statusCode).toBe(403);
    expect((await remind('karim')).statusCode).toBe(404);
    expect((await remind('fatima', randomUUID())).statusCode).toBe(404);
    const bad = await (await t.as('fatima')).post(url('/herinneringen'), { versionId: 'versie-1' });
    expect(bad.statusCode).toBe(400);
    expect((await remind('jeroen')).statusCode).toBe(201);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.anonymous().get('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths['/gezinnen/{familyId}/instemming/herinneringen'].post.responses).sort()).toEqual(['200', '201', '400', '401', '403', '404', '409', '415', '429', '500']);
  });
});
