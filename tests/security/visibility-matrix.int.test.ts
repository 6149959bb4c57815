import { decideFor, dutchDay, type Decision, type Moment } from '@onsplan/shared';
import { demoCanaries, demoFacts, demoObjects, demoViewers, type DemoFamily } from '@onsplan/shared/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInvitee } from '../../api/src/cli/invitee.ts';
import { testStart } from '../../api/src/test/clock.ts';
import { testApp, type Agent, type TestApp } from '../../api/src/test/harness.ts';

/**
 * The API against the visibility engine: every demo person × every family route × every family.
 * Statuses are written out; contents must be exactly what the engine allows, with hidden fields
 * stripped; and no response body of a person may contain a canary that is never for them.
 */
const at: Moment = { day: dutchDay(testStart), instant: testStart.toISOString() };

const people = ['samira', 'mark', 'noor', 'daan', 'henk', 'willem', 'peter', 'fatima', 'jeroen', 'karim', 'ria', 'beheer'] as const;

// Expected status per person for the family routes of each demo family.
const statusOf: Record<(typeof people)[number], { jansen: number; 'de-vries': number }> = {
  samira: { jansen: 200, 'de-vries': 404 },
  mark: { jansen: 200, 'de-vries': 404 },
  noor: { jansen: 200, 'de-vries': 404 },
  daan: { jansen: 200, 'de-vries': 404 },
  henk: { jansen: 200, 'de-vries': 404 },
  willem: { jansen: 404, 'de-vries': 200 },
  peter: { jansen: 404, 'de-vries': 200 },
  fatima: { jansen: 200, 'de-vries': 404 },
  jeroen: { jansen: 200, 'de-vries': 200 },
  karim: { jansen: 404, 'de-vries': 200 },
  ria: { jansen: 200, 'de-vries': 404 },
  beheer: { jansen: 404, 'de-vries': 404 },
};

let t: TestApp;
const agents = new Map<string, Agent>();
const bodies = new Map<string, string[]>();

beforeAll(async () => {
  t = await testApp();
  for (const person of people) {
    agents.set(person, await t.as(person));
    bodies.set(person, []);
  }
});
afterAll(async () => t.close());

async function get(person: string, url: string) {
  const response = await agents.get(person)!.get(url);
  bodies.get(person)!.push(response.body);
  return response;
}

function engine(person: string, family: DemoFamily): Map<string, Decision> {
  const viewer = demoViewers(t.world, at).get(person)!;
  const facts = demoFacts(family);
  const decisions = new Map<string, Decision>();
  for (const [key, guarded] of demoObjects(family)) decisions.set(key, decideFor(viewer, facts, at, guarded));
  return decisions;
}

describe.each(people)('%s', (person) => {
  for (const familyKey of ['jansen', 'de-vries'] as const) {
    it(`${familyKey}: family and plan answer ${statusOf[person][familyKey]} with exactly what the engine allows`, async () => {
      const family = t.world.families.find((f) => f.key === familyKey)!;
      const expected = engine(person, family);
      const familyResponse = await get(person, `/api/v1/gezinnen/${family.id}`);
      const planResponse = await get(person, `/api/v1/gezinnen/${family.id}/plan`);
      expect(familyResponse.statusCode).toBe(statusOf[person][familyKey]);
      expect(planResponse.statusCode).toBe(statusOf[person][familyKey]);
      if (familyResponse.statusCode !== 200) return;

      const members = familyResponse.json().members as { id: string; fields: { field: string; value: string }[] }[];
      const visibleMembers = family.members.filter((m) => expected.get(`member:${m.key}`)!.visible).map((m) => m.id);
      expect(members.map((m) => m.id).sort()).toEqual(visibleMembers.sort());
      const shownFields = members.flatMap((m) => m.fields.map((f) => f.value)).sort();
      expect(shownFields).toEqual(family.fields.filter((f) => expected.get(`field:${f.key}`)!.visible).map((f) => f.value).sort());

      const items = planResponse.json().items as Record<string, unknown>[];
      const visibleItems = family.plan.items.filter((i) => expected.get(`item:${i.key}`)!.visible);
      expect(items.map((i) => i.id).sort()).toEqual(visibleItems.map((i) => i.id).sort());
      for (const item of visibleItems) {
        const shown = items.find((i) => i.id === item.id)!;
        for (const field of expected.get(`item:${item.key}`)!.hiddenFields) expect(shown).not.toHaveProperty(field);
      }
    });
  }

  it('lists exactly the families the person can enter', async () => {
    const response = await get(person, '/api/v1/gezinnen');
    expect(response.statusCode).toBe(200);
    const expected = t.world.families.filter((f) => statusOf[person][f.key as 'jansen' | 'de-vries'] === 200).map((f) => f.id);
    expect(response.json().map((f: { id: string }) => f.id).sort()).toEqual(expected.sort());
  });

  it('gets the same 404 for an unknown family as for a hidden one', async () => {
    const unknown = await get(person, '/api/v1/gezinnen/00000000-0000-4000-8000-000000000000/plan');
    expect(unknown.statusCode).toBe(404);
    const hidden = t.world.families.find((f) => statusOf[person][f.key as 'jansen' | 'de-vries'] === 404);
    if (hidden) {
      const response = await get(person, `/api/v1/gezinnen/${hidden.id}/plan`);
      expect(response.body).toBe(unknown.body);
      expect(response.headers['content-type']).toBe(unknown.headers['content-type']);
    }
  });

  it('never receives a canary that is not for them', async () => {
    await get(person, '/api/v1/ik');
    const all = bodies.get(person)!.join('\n');
    expect(all.length).toBeGreaterThan(0);
    for (const canary of Object.values(demoCanaries)) {
      if ((canary.neverFor as readonly string[]).includes(person)) expect(all).not.toContain(canary.text);
    }
  });
});

describe('the canary scan itself', () => {
  it('would catch a leak: the canaries do reach the people allowed to see them', async () => {
    const samira = bodies.get('samira')!.join('\n');
    expect(samira).toContain(demoCanaries.samiraAddress.text);
    expect(bodies.get('noor')!.join('\n')).toContain(demoCanaries.noorPrivate.text);
    expect(bodies.get('fatima')!.join('\n')).toContain(demoCanaries.schoolAddress.text);
  });

  it('a child under 12 cannot be invited: Mila has no account', async () => {
    expect(await findInvitee(t.services.authDb, 'mila')).toBeUndefined();
  });
});
