import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
// Each test starts from a fresh family: answers are once a month per member, and totals count them all.
// The first app of a worker also builds the database template, which on a busy machine takes long.
beforeEach(async () => {
  t = await testApp({ complaintsUrl: 'https://www.utrecht.nl/klachten' });
}, 120_000);
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const url = () => `/api/v1/gezinnen/${jansen().id}/wat-vindt-u-ervan`;

async function answer(who: string, payload: Record<string, unknown>) {
  return (await t.as(who)).post(url(), payload);
}

describe(`"Wat vindt u ervan?" on ${testEngine()}`, () => {
  it('a member answers once a month; the screen links to the complaint procedure', async () => {
    const samira = await t.as('samira');
    expect((await samira.get(url())).json()).toEqual({ mayAnswer: true, answeredThisMonth: false, complaintsUrl: 'https://www.utrecht.nl/klachten' });
    const first = await samira.post(url(), { helps: 4, better: 'Vaker bellen.' });
    expect(first.statusCode).toBe(201);
    const again = await samira.post(url(), { helps: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json()).toMatchObject({ code: 'al-gegeven-deze-maand' });
    expect((await samira.get(url())).json()).toMatchObject({ mayAnswer: false, answeredThisMonth: true });
    // Next month she may answer again (the test clock moves; the calendar month decides).
    t.clock.set(new Date('2026-12-01T09:00:00.000Z'));
    const nextMonth = await t.as('samira');
    expect((await nextMonth.get(url())).json()).toMatchObject({ mayAnswer: true });
    expect((await nextMonth.post(url(), { helps: 5 })).statusCode).toBe(201);
  });

  it('after a plan version was discussed with her the questions are offered for it once, still at most once a month', async () => {
    const samira = await t.as('samira');
    const agree = (decision: string, remark?: string) =>
      samira.post(`/api/v1/gezinnen/${jansen().id}/instemming`, { clientId: randomUUID(), versionId: jansen().plan.versionId, decision, ...(remark ? { remark } : {}) });
    // She answered this month before the version was discussed: the discussion waits for next month.
    expect((await samira.post(url(), { helps: 3 })).statusCode).toBe(201);
    expect((await agree('eens')).statusCode).toBe(201);
    expect(await (await samira.get(url())).json()).toEqual({ mayAnswer: false, answeredThisMonth: true, complaintsUrl: 'https://www.utrecht.nl/klachten' });
    t.clock.set(new Date('2026-12-02T09:00:00.000Z'));
    const december = await t.as('samira');
    expect((await december.get(url())).json()).toMatchObject({ mayAnswer: true, discussedVersion: 1 });
    expect((await december.post(url(), { helps: 4 })).statusCode).toBe(201);
    // Answered about version 1: next month she is asked once a month again, not for that version.
    t.clock.set(new Date('2027-01-04T09:00:00.000Z'));
    const january = await t.as('samira');
    const status = (await january.get(url())).json();
    expect(status).toMatchObject({ mayAnswer: true, answeredThisMonth: false });
    expect(status).not.toHaveProperty('discussedVersion');
    // Saying again that she does not agree with the same version does not offer it again.
    expect((await january.post(`/api/v1/gezinnen/${jansen().id}/instemming`, { clientId: randomUUID(), versionId: jansen().plan.versionId, decision: 'niet-eens', remark: 'Toch niet.' })).statusCode).toBe(201);
    expect((await january.get(url())).json()).not.toHaveProperty('discussedVersion');
    // Mark never discussed a version: his offer is the monthly one only.
    expect((await (await t.as('mark')).get(url())).json()).not.toHaveProperty('discussedVersion');
  });

  it('the stored answer holds nothing that leads back to the member or her family', async () => {
    await answer('noor', { helps: 3, better: 'Minder gesprekken op school.' });
    const columns = await t.db.query<{ name: string }>(`select column_name as name from information_schema.columns where table_name = 'satisfaction_answers' and table_schema = current_schema() order by column_name`);
    expect(columns.map((c) => c.name)).toEqual(['better', 'helps', 'id', 'organisation', 'period']);
    expect(await t.db.query('select organisation, period, helps, better from satisfaction_answers')).toEqual([
      { organisation: 'Lokaal team Utrecht-Oost', period: '2026-11', helps: 3, better: 'Minder gesprekken op school.' },
    ]);
    // The access log says she gave her opinion, never which answer.
    const [entry] = await t.db.query<{ objectIds: string[] }>(`select object_ids as "objectIds" from access_log where object_kind = 'mening'`);
    expect(entry!.objectIds).toEqual([]);
  });

  it('only the member herself answers: her helper and the professionals get 403', async () => {
    expect((await answer('ria', { helps: 4 })).statusCode).toBe(403);
    expect((await answer('fatima', { helps: 4 })).statusCode).toBe(403);
    expect((await (await t.as('fatima')).get(url())).statusCode).toBe(403);
    expect((await answer('willem', { helps: 4 })).statusCode).toBe(404);
  });

  it.each([
    ['0', { helps: 0 }],
    ['6', { helps: 6 }],
    ['no answer', { better: 'Iets' }],
    ['a member id', { helps: 3, memberId: 'x' }],
    ['a long text', { helps: 3, better: 'x'.repeat(1001) }],
  ])('%s is refused with problem+json', async (_name, payload) => {
    const response = await answer('samira', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'ongeldige-invoer' });
  });

  it('the organisation sees nothing at 4 answers, and totals only at 5; another organisation sees none of it', async () => {
    const overview = async (who: string) => (await (await t.as(who)).get('/api/v1/werk/tevredenheid')).json();
    await answer('samira', { helps: 4, better: 'Vaker bellen.' });
    await answer('mark', { helps: 2 });
    await answer('noor', { helps: 5 });
    await answer('daan', { helps: 3 });
    expect(await overview('fatima')).toEqual({ organisation: 'Lokaal team Utrecht-Oost', minimumAnswers: 5, periods: [] });
    await answer('henk', { helps: 4 });
    expect(await overview('fatima')).toEqual({
      organisation: 'Lokaal team Utrecht-Oost',
      minimumAnswers: 5,
      periods: [{ period: '2026-11', answers: 5, helps: [0, 1, 1, 2, 1], average: 3.6, better: [] }],
    });
    expect((await overview('jeroen')).periods).toEqual([]);
    expect((await (await t.as('samira')).get('/api/v1/werk/tevredenheid')).statusCode).toBe(403);
  });
});
