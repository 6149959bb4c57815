import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { Agent, anotherProcess, testApp, type OtherProcess, type TestApp } from '../test/harness.ts';

/**
 * Rate limits are counted in the database (issue 12 point 5): two API processes on one database
 * share one budget instead of each allowing the whole limit, and a restart does not reset it.
 */
let t: TestApp;
let other: OtherProcess | undefined;
beforeEach(async () => {
  t = await testApp({ writeRateLimit: 3, signInRateLimit: 3 });
});
afterEach(async () => {
  await other?.close();
  other = undefined;
  await t.close();
});

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const comment = (agent: Agent) =>
  agent.post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), itemKey: jansen().plan.items.find((i) => i.key === 'samen-praten')!.id, body: 'Ik wil graag eerst met Fatima praten.' });

describe(`rate limits shared by the API processes on ${testEngine()}`, () => {
  it('writes through two processes count against one budget, the 429 is the same problem+json, and a restart does not reset it', async () => {
    const samira = await t.as('samira');
    other = await anotherProcess(t);
    const samiraThere = other.agent(samira);
    const statuses = [];
    for (const agent of [samira, samiraThere, samira]) statuses.push((await comment(agent)).statusCode);
    expect(statuses).toEqual([201, 201, 201]);

    const limited = await comment(samiraThere);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.headers['retry-after']).toBe('60');
    expect(limited.json()).toMatchObject({ status: 429, code: 'te-veel-tegelijk', title: 'U stuurde veel in korte tijd. Wacht even.' });

    // A restart of that process: the count is in the database, not in the process.
    await other.close();
    other = await anotherProcess(t);
    expect((await comment(other.agent(samira))).statusCode).toBe(429);

    // Once the minute is over, the budget is whole again, in every process.
    t.clock.advance(20_000);
    expect((await comment(samira)).headers['retry-after']).toBe('40');
    t.clock.advance(40_000);
    expect((await comment(other.agent(samira))).statusCode).toBe(201);
  });

  it('sign-in attempts with one invitation code are limited across processes as well (per route and key, not per process)', async () => {
    other = await anotherProcess(t);
    const apps = [t.anonymous(), new Agent(other.app)];
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await apps[i % 2]!.post('/api/v1/auth/uitnodiging', { code: 'ABCD-EFGH-JKLM' })).statusCode);
    expect(statuses.slice(0, 3)).not.toContain(429);
    expect(statuses[3]).toBe(429);
  });
});
