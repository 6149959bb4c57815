import { decideFor, dutchDay, type Moment } from '@onsplan/shared';
import { demoCanaries, demoFacts, demoObjects, demoViewers } from '@onsplan/shared/demo';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStart } from '../../test/clock.ts';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

/**
 * Every demo person × every correction route × every object of the Jansen family. Route statuses
 * are written out; whether a member may ask about an object is what the engine says about that
 * object (and, for an item, the plan). Every body a person gets is scanned for canaries.
 */
const at: Moment = { day: dutchDay(testStart), instant: testStart.toISOString() };
const people = ['samira', 'mark', 'noor', 'daan', 'henk', 'willem', 'peter', 'fatima', 'jeroen', 'karim', 'ria', 'beheer'] as const;
type Person = (typeof people)[number];

// Per route: the status for each person in the Jansen family.
const expected: Record<'ask' | 'list' | 'verklaringen' | 'inbox', Record<Person, number | 'engine'>> = {
  ask: { samira: 'engine', mark: 'engine', noor: 'engine', daan: 'engine', henk: 'engine', ria: 'engine', willem: 404, peter: 404, fatima: 403, jeroen: 403, karim: 404, beheer: 404 },
  list: { samira: 200, mark: 200, noor: 200, daan: 200, henk: 200, ria: 200, willem: 404, peter: 404, fatima: 200, jeroen: 200, karim: 404, beheer: 404 },
  verklaringen: { samira: 200, mark: 200, noor: 200, daan: 200, henk: 200, ria: 200, willem: 404, peter: 404, fatima: 200, jeroen: 200, karim: 404, beheer: 404 },
  inbox: { samira: 403, mark: 403, noor: 403, daan: 403, henk: 403, ria: 403, willem: 403, peter: 403, fatima: 200, jeroen: 200, karim: 200, beheer: 403 },
};

let t: TestApp;
const agents = new Map<string, Agent>();
const bodies = new Map<string, string[]>();
const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const base = () => `/api/v1/gezinnen/${jansen().id}`;

async function call(person: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
  const response = await agents.get(person)!.request({ method, url, ...(payload ? { payload } : {}) });
  bodies.get(person)!.push(response.body);
  return response;
}

beforeAll(async () => {
  t = await testApp();
  for (const person of people) {
    agents.set(person, await t.as(person));
    bodies.set(person, []);
  }
  // Refused requests with eigen verklaringen on the two canaries: they must reach only who sees those.
  const item = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
  const address = jansen().fields.find((f) => f.key === 'adres-samira')!.id;
  for (const [person, target, text] of [
    ['noor', { kind: 'plan-item', id: item('noor-belt') }, 'Noor mag Fatima altijd bellen, ook op school.'],
    ['samira', { kind: 'member-field', id: address }, 'Het is Lindelaan 12a, niet Lindelaan 12.'],
  ] as const) {
    const asked = await call(person, 'POST', `${base()}/correctieverzoeken`, { clientId: randomUUID(), target, kind: 'wijzigen', proposedText: text, reason: text });
    await call('fatima', 'POST', `${base()}/correctieverzoeken/${asked.json().id}/besluit`, { outcome: 'afwijzen', reasons: 'Dit blijft zo.' });
    await call(person, 'POST', `${base()}/correctieverzoeken/${asked.json().id}/eigen-verklaringen`, { clientId: randomUUID(), body: text });
  }
});
afterAll(async () => t.close());

describe.each(people)(`%s on ${testEngine()}`, (person) => {
  it('asks about every object of the family: allowed exactly where the engine lets them see it', async () => {
    const family = jansen();
    const viewer = demoViewers(t.world, at).get(person)!;
    const objects = demoObjects(family);
    const sees = (key: string) => decideFor(viewer, demoFacts(family), at, objects.get(key)!).visible;
    const targets = [
      ...family.plan.items.map((i) => ({ key: `item:${i.key}`, target: { kind: 'plan-item', id: i.id }, visible: sees(`item:${i.key}`) && sees('plan') })),
      ...family.fields.map((f) => ({ key: `field:${f.key}`, target: { kind: 'member-field', id: f.id }, visible: sees(`field:${f.key}`) })),
      ...family.members.map((m) => ({ key: `member:${m.key}`, target: { kind: 'member', id: m.id }, visible: sees(`member:${m.key}`) })),
    ];
    const answers: Record<string, number> = {};
    const wanted: Record<string, number> = {};
    for (const { key, target, visible } of targets) {
      const response = await call(person, 'POST', `${base()}/correctieverzoeken`, { clientId: randomUUID(), target, kind: 'aanvullen', proposedText: 'Aanvulling.', reason: 'Reden.' });
      answers[key] = response.statusCode;
      const status = expected.ask[person];
      wanted[key] = status === 'engine' ? (visible ? 201 : 404) : status;
    }
    expect(answers).toEqual(wanted);
  });

  it('reads requests, eigen verklaringen and the inbox with the written-out status', async () => {
    expect((await call(person, 'GET', `${base()}/correctieverzoeken`)).statusCode).toBe(expected.list[person]);
    expect((await call(person, 'GET', `${base()}/eigen-verklaringen`)).statusCode).toBe(expected.verklaringen[person]);
    expect((await call(person, 'GET', '/api/v1/correctieverzoeken/inbox')).statusCode).toBe(expected.inbox[person]);
  });

  it('never receives a canary that is not for them', () => {
    const all = bodies.get(person)!.join('\n');
    for (const canary of Object.values(demoCanaries)) {
      if ((canary.neverFor as readonly string[]).includes(person)) expect(all).not.toContain(canary.text);
    }
  });
});

describe('the canary scan itself', () => {
  it('would catch a leak: the statements reach the people who see the items', () => {
    expect(bodies.get('noor')!.join('\n')).toContain(demoCanaries.noorPrivate.text);
    expect(bodies.get('ria')!.join('\n')).toContain(demoCanaries.samiraAddress.text);
    expect(bodies.get('jeroen')!.join('\n')).toContain(demoCanaries.samiraAddress.text);
  });
});
