import type { AccessLogPage } from '@onsplan/shared';
import { demoCanaries } from '@onsplan/shared/demo';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '../../api/src/test/harness.ts';

/**
 * Samira moves. She proposes her new address, Fatima accepts it and shields it from Mark. Then
 * every demo person walks every family route, the access log and the contact changes included, and
 * no response body of anyone who may not know where Samira lives may contain the new address
 * (REQUIREMENTS A6, DOMAIN rule 3), just as the old one (the seeded canary).
 */
const people = ['samira', 'mark', 'noor', 'daan', 'henk', 'willem', 'peter', 'fatima', 'jeroen', 'karim', 'ria', 'beheer'] as const;

const newAddress = { street: 'Merelstraat', houseNumber: '41', postcode: '3581 AB', city: 'Utrecht' };
const canary = { text: 'Merelstraat 41', neverFor: [...demoCanaries.samiraAddress.neverFor, 'willem', 'peter', 'karim', 'beheer'], for: ['samira', 'fatima', 'jeroen', 'ria'] };

let t: TestApp;
const agents = new Map<string, Agent>();
const bodies = new Map<string, string[]>();

async function send(person: string, method: 'GET' | 'POST', url: string, payload?: unknown) {
  const agent = agents.get(person)!;
  const response = method === 'GET' ? await agent.get(url) : await agent.post(url, payload);
  bodies.get(person)!.push(response.body);
  return response;
}

beforeAll(async () => {
  t = await testApp();
  for (const person of people) {
    agents.set(person, await t.as(person));
    bodies.set(person, []);
  }
  const jansen = t.world.families.find((f) => f.key === 'jansen')!;
  const mark = jansen.members.find((m) => m.key === 'mark')!.id;
  const proposed = await send('samira', 'POST', `/api/v1/gezinnen/${jansen.id}/contactwijzigingen`, { clientId: randomUUID(), field: 'adres', ...newAddress });
  expect(proposed.statusCode).toBe(201);
  // Mark tries to learn it the way a member could: guess the proposal and decide on it himself.
  const markTries = await send('mark', 'POST', `/api/v1/gezinnen/${jansen.id}/contactwijzigingen/${proposed.json().id}/akkoord`, {});
  expect(markTries.statusCode).toBe(403);
  const accepted = await send('fatima', 'POST', `/api/v1/gezinnen/${jansen.id}/contactwijzigingen/${proposed.json().id}/akkoord`, { shieldedFrom: [mark] });
  expect(accepted.statusCode).toBe(200);
  // Mark proposes his own change too: what comes back to him is only about himself.
  const own = await send('mark', 'POST', `/api/v1/gezinnen/${jansen.id}/contactwijzigingen`, { clientId: randomUUID(), field: 'telefoon', phone: '0612345678' });
  expect(own.statusCode).toBe(201);

  for (const person of people) {
    await send(person, 'GET', '/api/v1/ik');
    await send(person, 'GET', '/api/v1/gezinnen');
    for (const family of t.world.families) {
      const base = `/api/v1/gezinnen/${family.id}`;
      for (const path of ['', '/plan', '/reacties', '/contactwijzigingen', '/contactwijzigingen?status=geaccepteerd']) await send(person, 'GET', `${base}${path}`);
      let cursor: string | null = null;
      do {
        // With own=1 the widest log a person can ask for: their own entries too. Three lines a page, so the paging is scanned as well.
        const response = await send(person, 'GET', `${base}/logboek?limit=3&own=1${cursor ? `&before=${cursor}` : ''}`);
        cursor = response.statusCode === 200 ? (response.json() as AccessLogPage).nextCursor : null;
      } while (cursor);
    }
  }
});
afterAll(async () => t.close());

describe.each(people)('%s', (person) => {
  it('never receives the new address, nor any canary that is not for them', () => {
    const all = bodies.get(person)!.join('\n');
    expect(all.length).toBeGreaterThan(0);
    if ((canary.neverFor as readonly string[]).includes(person)) expect(all).not.toContain(canary.text);
    for (const old of Object.values(demoCanaries)) {
      if ((old.neverFor as readonly string[]).includes(person)) expect(all).not.toContain(old.text);
    }
  });
});

describe('the scan itself', () => {
  it('would catch a leak: the new address does reach the people allowed to see it', () => {
    for (const person of canary.for) expect(bodies.get(person)!.join('\n'), person).toContain(canary.text);
  });

  it("Mark's access log was really read, with entries in it", () => {
    const logs = bodies.get('mark')!.filter((b) => b.includes('"groups"'));
    expect(logs.length).toBeGreaterThan(1);
    expect(logs.some((b) => (JSON.parse(b) as AccessLogPage).groups.length > 0)).toBe(true);
  });
});
