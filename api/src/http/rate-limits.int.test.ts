import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type Agent, type TestApp } from '../test/harness.ts';

/**
 * Writes to family data are limited per account (REQUIREMENTS C4): one budget a minute for every
 * kind of write, so a burst spread over comments, requests and decisions still stops, while other
 * accounts, reads and the account's own sessions go on.
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp({ writeRateLimit: 3 });
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const base = () => `/api/v1/gezinnen/${jansen().id}`;

const comment = (agent: Agent, body = 'Ik wil graag eerst met Fatima praten.') => agent.post(`${base()}/reacties`, { clientId: randomUUID(), itemKey: itemKey('samen-praten'), body });

describe(`write limits per account on ${testEngine()}`, () => {
  it('a burst of comments by one account answers 429 in B1; another account still writes', async () => {
    const samira = await t.as('samira');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await comment(samira)).statusCode);
    expect(statuses).toEqual([201, 201, 201]);

    const limited = await comment(samira);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.json()).toMatchObject({ status: 429, code: 'te-veel-tegelijk', title: 'U stuurde veel in korte tijd. Wacht even.' });

    const mark = await t.as('mark');
    expect((await comment(mark, 'Ik doe mee met de training.')).statusCode).toBe(201);
    // Reading and her own account are not writes to family data: ending the session of a lost phone always works.
    expect((await samira.get(`${base()}/reacties`)).statusCode).toBe(200);
    const lostPhone = await t.as('samira');
    const [other] = ((await samira.get('/api/v1/ik/sessies')).json() as { id: string; isCurrent: boolean }[]).filter((s) => !s.isCurrent);
    expect((await samira.request({ method: 'DELETE', url: `/api/v1/ik/sessies/${other!.id}` })).statusCode).toBe(204);
    expect((await lostPhone.get(`${base()}/reacties`)).statusCode).toBe(401);
  });

  it('one budget for every kind of write: replies, requests, toestemming and instemming count together', async () => {
    const samira = await t.as('samira');
    const root = (await comment(samira)).json().id;
    expect((await samira.post(`${base()}/reacties/${root}/antwoorden`, { clientId: randomUUID(), body: 'Of met Jeroen.' })).statusCode).toBe(201);
    const request = await samira.post(`${base()}/correctieverzoeken`, {
      clientId: randomUUID(),
      target: { kind: 'plan-item', id: itemKey('samen-praten') },
      kind: 'wijzigen',
      proposedText: 'Zo is het beter.',
      reason: 'Dit klopt niet.',
    });
    expect(request.statusCode, request.body).toBe(201);
    const toestemming = await samira.post(`${base()}/toestemmingen`, {
      clientId: randomUUID(),
      subjectMemberId: memberId('samira'),
      recipient: { kind: 'organisatie', name: 'Jeugdarts GGD' },
      purpose: 'Gegevens over groei delen',
      decision: 'gegeven',
      validUntil: '2027-12-31',
    });
    expect(toestemming.statusCode).toBe(429);
    expect(toestemming.json().code).toBe('te-veel-tegelijk');
    const instemming = await samira.post(`${base()}/instemming`, { clientId: randomUUID(), versionId: randomUUID(), decision: 'eens' });
    expect(instemming.statusCode).toBe(429);
  });

  it('a helper has a budget of her own, not the member she helps', async () => {
    const ria = await t.as('ria');
    for (let i = 0; i < 3; i++) expect((await comment(ria)).statusCode).toBe(201);
    expect((await comment(ria)).statusCode).toBe(429);
    expect((await comment(await t.as('samira'))).statusCode).toBe(201);
  });
});
