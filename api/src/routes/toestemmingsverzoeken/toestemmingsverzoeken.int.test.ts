import type { ToestemmingOverview, ToestemmingsverzoekenOverview, ToestemmingsverzoekView, ToestemmingsverzoekWorkView } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

/** The test clock stands on 2026-11-24 (api/src/test/clock.ts): Noor is 16, Daan 13. */
let t: TestApp;
const agents = new Map<string, Agent>();
beforeAll(async () => {
  t = await testApp();
}, 120_000);
afterAll(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const url = () => `/api/v1/gezinnen/${jansen().id}/toestemmingsverzoeken`;

async function as(who: string): Promise<Agent> {
  if (!agents.has(who)) agents.set(who, await t.as(who));
  return agents.get(who)!;
}

let organisations = 0;
/** Fatima asks about `subject`'s data; every question names another organisation, so the tests stay apart. */
async function ask(subject: string, payload: Record<string, unknown> = {}, who = 'fatima') {
  t.clock.advance(1000);
  organisations += 1;
  return (await as(who)).post(url(), {
    clientId: randomUUID(),
    subjectMemberId: memberId(subject),
    organisation: `Jeugdarts GGD ${organisations}`,
    purpose: 'Zodat de jeugdarts weet welke hulp er is.',
    dataKinds: ['gezinsplan', 'contactgegevens'],
    validUntil: '2027-06-30',
    note: 'Bel mij gerust als u vragen heeft.',
    ...payload,
  });
}

async function asked(subject: string): Promise<ToestemmingsverzoekWorkView> {
  const response = await ask(subject);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function answer(who: string, requestId: string, answer: 'ja' | 'nee', clientId = randomUUID()) {
  t.clock.advance(1000);
  return (await as(who)).post(`${url()}/${requestId}/antwoord`, { clientId, answer });
}

async function overview(who: string): Promise<ToestemmingsverzoekenOverview> {
  const response = await (await as(who)).get(url());
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function cardOf(who: string, id: string): Promise<ToestemmingsverzoekView | undefined> {
  return (await overview(who)).verzoeken.find((v) => v.id === id);
}

async function workOf(id: string): Promise<ToestemmingsverzoekWorkView> {
  return (await overview('fatima')).work.find((v) => v.id === id)!;
}

async function toestemmingen(who: string): Promise<ToestemmingOverview> {
  const response = await (await as(who)).get(`/api/v1/gezinnen/${jansen().id}/toestemmingen`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe(`asking for toestemming on ${testEngine()}`, () => {
  it('Samira answers yes: a normal toestemming exists until the asked date, and she can revoke it', async () => {
    const request = await asked('samira');
    expect(request).toMatchObject({ status: 'open', answers: [{ firstName: 'Samira', answer: null }], askedBy: { name: expect.stringContaining('Fatima') } });

    const card = await cardOf('samira', request.id);
    expect(card).toMatchObject({ organisation: request.organisation, purpose: request.purpose, dataKinds: ['gezinsplan', 'contactgegevens'], validUntil: '2027-06-30', mayAnswer: true, withdrawn: false });

    const yes = await answer('samira', request.id, 'ja');
    expect(yes.statusCode, yes.body).toBe(201);
    expect(yes.json()).toMatchObject({ mayAnswer: false, myAnswer: { answer: 'ja', by: { kind: 'member' } } });

    const state = (await toestemmingen('samira')).toestemmingen.find((s) => s.recipient.name === request.organisation)!;
    expect(state).toMatchObject({ status: 'compleet', validUntil: '2027-06-30', recipient: { kind: 'organisatie' } });
    expect(state.purpose).toContain(request.purpose);
    expect(state.purpose).toContain('gezinsplan');
    expect(await workOf(request.id)).toMatchObject({ status: 'gegeven', answers: [{ firstName: 'Samira', answer: 'ja' }] });

    t.clock.advance(1000);
    const revoked = await (await as('samira')).post(`/api/v1/gezinnen/${jansen().id}/toestemmingen/${state.history[0]!.id}/intrekking`, { clientId: randomUUID() });
    expect(revoked.statusCode, revoked.body).toBe(201);
    expect(revoked.json().status).toBe('ingetrokken');
  });

  it('a no is recorded as a refusal, and the professional sees it', async () => {
    const request = await asked('samira');
    expect((await answer('samira', request.id, 'nee')).statusCode).toBe(201);
    expect(await workOf(request.id)).toMatchObject({ status: 'geweigerd', answers: [{ answer: 'nee' }] });
    const state = (await toestemmingen('samira')).toestemmingen.find((s) => s.recipient.name === request.organisation)!;
    expect(state.status).toBe('geweigerd');
  });

  it('answering twice is a clear 409; the same answer sent again (a retry) answers the same', async () => {
    const request = await asked('samira');
    const clientId = randomUUID();
    expect((await answer('samira', request.id, 'ja', clientId)).statusCode).toBe(201);
    const retry = await answer('samira', request.id, 'ja', clientId);
    expect(retry.statusCode).toBe(200);
    const twice = await answer('samira', request.id, 'nee');
    expect(twice.statusCode).toBe(409);
    expect(twice.headers['content-type']).toContain('application/problem+json');
    expect(twice.json().code).toBe('al-beantwoord');
    expect((await workOf(request.id)).status).toBe('gegeven');
  });

  it('a client id that already made another decision is no answer', async () => {
    const request = await asked('samira');
    const clientId = randomUUID();
    const direct = await (await as('samira')).post(`/api/v1/gezinnen/${jansen().id}/toestemmingen`, {
      clientId, subjectMemberId: memberId('samira'), recipient: { kind: 'organisatie', name: 'Bibliotheek' }, purpose: 'Lenen', decision: 'geweigerd',
    });
    expect(direct.statusCode).toBe(201);
    expect((await answer('samira', request.id, 'ja', clientId)).statusCode).toBe(400);
    expect((await cardOf('samira', request.id))?.mayAnswer).toBe(true);
  });

  it("Daan's data (13): his parents with gezag answer, and Daan himself too (12-15 decide together); others cannot", async () => {
    const request = await asked('daan');
    expect(request.answers.map((a) => a.firstName).sort()).toEqual(['Daan', 'Mark', 'Samira']);
    for (const who of ['samira', 'mark', 'daan']) expect((await cardOf(who, request.id))?.mayAnswer, who).toBe(true);
    // Not named: Noor and Henk do not even see the question.
    for (const who of ['noor', 'henk']) {
      expect(await cardOf(who, request.id), who).toBeUndefined();
      expect((await answer(who, request.id, 'ja')).statusCode, who).toBe(404);
    }
    expect((await answer('samira', request.id, 'ja')).statusCode).toBe(201);
    expect((await workOf(request.id)).status).toBe('open');
    // Mark never learns what Samira answered (contactverbod): his card has only his own answer.
    const marks = await cardOf('mark', request.id);
    expect(marks).not.toHaveProperty('myAnswer');
    expect(JSON.stringify(marks)).not.toContain('Samira');
    expect((await answer('mark', request.id, 'ja')).statusCode).toBe(201);
    expect((await answer('daan', request.id, 'ja')).statusCode).toBe(201);
    expect(await workOf(request.id)).toMatchObject({ status: 'gegeven' });
  });

  it("Mila's data (8, no account of her own): her parents with gezag answer", async () => {
    const request = await asked('mila');
    expect(request.answers.map((a) => a.firstName).sort()).toEqual(['Mark', 'Samira']);
    expect((await answer('mark', request.id, 'ja')).statusCode).toBe(201);
    expect((await workOf(request.id)).status).toBe('open');
  });

  it("Noor's data (16): only Noor answers; her parents do not see the question", async () => {
    const request = await asked('noor');
    expect(request.answers.map((a) => a.firstName)).toEqual(['Noor']);
    for (const who of ['samira', 'mark']) {
      expect(await cardOf(who, request.id), who).toBeUndefined();
      expect((await answer(who, request.id, 'ja')).statusCode, who).toBe(404);
    }
    expect((await answer('noor', request.id, 'ja')).statusCode).toBe(201);
    expect((await workOf(request.id)).status).toBe('gegeven');
  });

  it('Mark never sees a question about Samira, by any route, and cannot answer it', async () => {
    const request = await asked('samira');
    const unknown = await answer('mark', randomUUID(), 'ja');
    const hidden = await answer('mark', request.id, 'ja');
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    const body = (await (await as('mark')).get(url())).body;
    expect(body).not.toContain(request.id);
    expect(body).not.toContain(request.organisation);
  });

  it('Ria, who helps Samira, answers visibly on her behalf; a professional cannot answer', async () => {
    const request = await asked('samira');
    expect((await answer('fatima', request.id, 'ja')).statusCode).toBe(403);
    // As seeded, Ria may not give toestemming for Samira: Samira gives her that scope first.
    expect((await answer('ria', request.id, 'ja')).statusCode).toBe(403);
    const seeded = await t.db.query<{ scopes: string[] }>(`select scopes from delegations where helper_user_id = $1`, [t.userIdOf('ria')]);
    await t.db.query(`update delegations set scopes = array_append(scopes, 'toestemming-geven') where helper_user_id = $1`, [t.userIdOf('ria')]);
    t.services.directory.forget();
    try {
      const byRia = await answer('ria', request.id, 'ja');
      expect(byRia.statusCode, byRia.body).toBe(201);
      expect(byRia.json().myAnswer).toMatchObject({ answer: 'ja', by: { kind: 'helper', name: 'Ria', onBehalfOf: 'Samira' } });
      expect((await cardOf('samira', request.id))?.myAnswer?.by).toMatchObject({ kind: 'helper', name: 'Ria' });
      expect((await workOf(request.id)).answers[0]).toMatchObject({ answer: 'ja', by: { kind: 'helper', name: 'Ria Bakker' } });
    } finally {
      await t.db.query(`update delegations set scopes = $2 where helper_user_id = $1`, [t.userIdOf('ria'), seeded[0]!.scopes]);
      t.services.directory.forget();
    }
  });

  it('a withdrawn question cannot be answered; an answered one cannot be withdrawn', async () => {
    const open = await asked('samira');
    const withdrawn = await (await as('fatima')).post(`${url()}/${open.id}/intrekking`, {});
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('ingetrokken');
    expect((await cardOf('samira', open.id))).toMatchObject({ withdrawn: true, mayAnswer: false });
    const late = await answer('samira', open.id, 'ja');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('vraag-ingetrokken');

    const done = await asked('samira');
    await answer('samira', done.id, 'ja');
    const tooLate = await (await as('fatima')).post(`${url()}/${done.id}/intrekking`, {});
    expect(tooLate.statusCode).toBe(409);
    // A member never withdraws a professional's question.
    const other = await asked('samira');
    expect((await (await as('samira')).post(`${url()}/${other.id}/intrekking`, {})).statusCode).toBe(403);
  });

  it.each([
    ['an empty organisation', { organisation: '   ' }, 'organisation'],
    ['no purpose', { purpose: '' }, 'purpose'],
    ['no data', { dataKinds: [] }, 'dataKinds'],
    ['a date in the past', { validUntil: '2026-11-23' }, 'validUntil'],
    ['today', { validUntil: '2026-11-24' }, 'validUntil'],
    ['more than a year ahead', { validUntil: '2027-11-25' }, 'validUntil'],
  ])('%s is a problem with its field and a B1 message', async (_name, payload, field) => {
    const response = await ask('samira', payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'ongeldige-invoer', fields: [field], detail: expect.any(String) });
  });

  it('exactly a year ahead is allowed; free text alone is enough data', async () => {
    expect((await ask('samira', { validUntil: '2027-11-24', dataKinds: [], dataOther: 'Rapport van school' })).statusCode).toBe(201);
  });

  it('who may ask: the regisseur and a betrokken professional; members and helpers not', async () => {
    expect((await ask('samira', {}, 'jeroen')).statusCode).toBe(201);
    for (const who of ['samira', 'noor', 'ria']) expect((await ask('samira', {}, who)).statusCode, who).toBe(403);
    // Mark cannot even name Samira: she is as unknown to him as a member who does not exist.
    expect((await ask('samira', {}, 'mark')).statusCode).toBe(404);
  });

  it('a helper who may only read sees the question but cannot answer it (403)', async () => {
    const request = await asked('samira');
    await t.db.query(`update delegations set scopes = '{lezen}' where helper_user_id = $1`, [t.userIdOf('ria')]);
    try {
      const reader = await t.as('ria');
      const card = (await reader.get(url())).json() as ToestemmingsverzoekenOverview;
      expect(card.verzoeken.find((v) => v.id === request.id)).toMatchObject({ mayAnswer: false });
      t.clock.advance(1000);
      expect((await reader.post(`${url()}/${request.id}/antwoord`, { clientId: randomUUID(), answer: 'ja' })).statusCode).toBe(403);
      expect((await workOf(request.id)).status).toBe('open');
    } finally {
      await t.db.query(`update delegations set scopes = '{lezen,reageren,instemming-geven,verzoeken-doen,documenten-delen}' where helper_user_id = $1`, [t.userIdOf('ria')]);
    }
  });
});
