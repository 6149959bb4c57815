import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '../../api/src/test/harness.ts';

/**
 * A draft never reaches a member or a helper (issue 10). Fatima writes a canary into a draft item
 * for the whole family, into a field, the title and the summary. Then every member and Ria walk
 * every GET route the API has that needs no id of its own (the plan, sync, export, versions, the
 * access log, the draft routes themselves…) and print the plan; no body may hold the canary. Once
 * Fatima publishes, the same walk does find it, so the scan can fail.
 */
const canary = 'Conceptkanarie 7f3a';
const members = ['samira', 'mark', 'noor', 'daan', 'henk', 'ria'] as const;

let t: TestApp;
const agents = new Map<string, Agent>();
const familyId = () => t.world.families.find((f) => f.key === 'jansen')!.id;

/** Every GET route without an id of its own, for this family. */
function readUrls(): string[] {
  return t.routes
    .filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1/') && !r.url.replace(':familyId', '').includes(':'))
    .map((r) => r.url.replace(':familyId', familyId()));
}

async function walk(person: string): Promise<string> {
  const agent = agents.get(person)!;
  const bodies: string[] = [];
  for (const url of readUrls()) bodies.push((await agent.get(url)).body);
  bodies.push((await agent.get(`/api/v1/gezinnen/${familyId()}/synchronisatie?since=0`)).body);
  bodies.push((await agent.post(`/api/v1/gezinnen/${familyId()}/afdrukken`, { what: 'plan' })).body);
  return bodies.join('\n');
}

beforeAll(async () => {
  t = await testApp();
  for (const person of [...members, 'fatima']) agents.set(person, await t.as(person));
  const fatima = agents.get('fatima')!;
  const draft = (await fatima.get(`/api/v1/gezinnen/${familyId()}/plan/concept`)).json();
  const item = {
    key: randomUUID(), section: 'veiligheid', kind: 'afspraak', what: `${canary} voor iedereen.`, who: 'Iedereen', when: 'Altijd', where: null,
    whatIf: `${canary} als het misgaat.`, scale: null, scaleLow: null, scaleHigh: null, audience: 'gezin', audienceMembers: [], subjects: [], shields: [],
    sharedAcrossContactverbod: false, generalInfo: true,
  };
  const saved = await fatima.request({
    method: 'PUT',
    url: `/api/v1/gezinnen/${familyId()}/plan/concept`,
    payload: { revision: draft.revision, baseVersionId: draft.baseVersion.id, title: `Plan ${canary}`, summary: `Samenvatting ${canary}`, items: [...draft.items, item] },
  });
  expect(saved.statusCode, saved.body).toBe(200);
}, 120_000);
afterAll(async () => t.close());

describe('a draft', () => {
  it('covers the routes it should: the plan, the draft and sync among them', () => {
    const urls = readUrls();
    for (const path of ['/plan', '/plan/concept', '/plan/concept/wijzigingen', '/export', '/plan/versies']) expect(urls).toContain(`/api/v1/gezinnen/${familyId()}${path}`);
  });

  it.each(members)('never reaches %s by any route, sync, export or print', async (person) => {
    const all = await walk(person);
    expect(all.length).toBeGreaterThan(1000);
    expect(all).not.toContain(canary);
  });

  it('does reach them once published: the scan can fail', async () => {
    const fatima = agents.get('fatima')!;
    const { revision } = (await fatima.get(`/api/v1/gezinnen/${familyId()}/plan/concept`)).json();
    expect((await fatima.post(`/api/v1/gezinnen/${familyId()}/plan/concept/publicatie`, { revision })).statusCode).toBe(201);
    for (const person of ['samira', 'mark', 'ria']) expect(await walk(person), person).toContain(canary);
  });
});
