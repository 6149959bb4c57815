import type { HelperActionsPage, Me } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const family = (key: 'jansen' | 'de-vries') => t.world.families.find((f) => f.key === key)!;
const memberId = (familyKey: 'jansen' | 'de-vries', key: string) => family(familyKey).members.find((m) => m.key === key)!.id;
const itemKey = (key: string) => family('jansen').plan.items.find((i) => i.key === key)!.id;
const base = () => `/api/v1/gezinnen/${family('jansen').id}`;

/** Ria helps Willem of the other family too, so she helps two people. */
async function riaAlsoHelpsWillem() {
  await t.db.query(
    `insert into delegations (id, family_id, member_id, helper_user_id, scopes, valid_from, valid_until, created_at) values ($1, $2, $3, $4, '{lezen}', $5, $6, $5)`,
    [randomUUID(), family('de-vries').id, memberId('de-vries', 'willem'), t.userIdOf('ria'), t.clock.now().toISOString(), new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString()],
  );
  await vi.waitFor(async () => expect((await t.services.directory.resolve(t.userIdOf('ria')))!.delegations).toHaveLength(2));
}

describe(`"namens": who a helper acts for, and what she did, on ${testEngine()}`, () => {
  it('a helper of one member acts for her without choosing; a member has nobody to help', async () => {
    const me = (await (await t.as('ria')).get('/api/v1/ik')).json() as Me;
    expect(me.actingFor).toEqual({ memberId: memberId('jansen', 'samira'), name: 'Samira' });
    expect(me.helping).toEqual([{ memberId: memberId('jansen', 'samira'), name: 'Samira', familyId: family('jansen').id }]);
    const samira = (await (await t.as('samira')).get('/api/v1/ik')).json() as Me;
    expect(samira.actingFor).toBeUndefined();
    expect(samira.helping).toBeUndefined();
  });

  it('a helper of several members chooses: without a choice she acts for nobody; a choice she does not have names nobody', async () => {
    await riaAlsoHelpsWillem();
    const ria = await t.as('ria');
    const unchosen = (await ria.get('/api/v1/ik')).json() as Me;
    expect(unchosen.actingFor).toBeUndefined();
    expect(unchosen.helping!.map((h) => h.name).sort()).toEqual(['Samira', 'Willem']);
    const forWillem = (await ria.request({ method: 'GET', url: '/api/v1/ik', headers: { 'ons-plan-als': `namens:${memberId('de-vries', 'willem')}` } })).json() as Me;
    expect(forWillem.actingFor).toEqual({ memberId: memberId('de-vries', 'willem'), name: 'Willem' });
    const forMark = (await ria.request({ method: 'GET', url: '/api/v1/ik', headers: { 'ons-plan-als': `namens:${memberId('jansen', 'mark')}` } })).json() as Me;
    expect(forMark.actingFor).toBeUndefined();
  });

  it("a helper's comment says who wrote it for whom, to everyone who may read it; someone who may not read it learns neither", async () => {
    const ria = await t.as('ria');
    const posted = await ria.post(`${base()}/reacties`, { clientId: randomUUID(), itemKey: itemKey('samen-praten'), audience: 'alleen-professionals', body: 'Samira wil eerst met Fatima praten.' });
    expect(posted.statusCode).toBe(201);
    const id = posted.json().id as string;
    const authorFor = async (who: string) => ((await (await t.as(who)).get(`${base()}/reacties`)).json().comments as { id: string; author: unknown }[]).find((c) => c.id === id)?.author;
    expect(await authorFor('samira')).toMatchObject({ kind: 'helper', name: 'Ria', onBehalfOf: 'Samira' });
    // The professional reads full names: she must tell people apart across her families and in the file.
    expect(await authorFor('fatima')).toMatchObject({ kind: 'helper', name: 'Ria Bakker', onBehalfOf: 'Samira El Amrani' });
    // Only for the professionals: Mark does not get the comment, so not who wrote it either.
    const mark = await (await t.as('mark')).get(`${base()}/reacties`);
    expect(mark.body).not.toContain(id);
    expect(mark.body).not.toContain('Samira wil eerst');
  });

  it('"Wat Ria voor u deed": Samira reads what her helper made for her, newest first; Mark reads nothing of it; a professional gets 403', async () => {
    const ria = await t.as('ria');
    expect((await ria.post(`${base()}/reacties`, { clientId: randomUUID(), itemKey: itemKey('samen-praten'), body: 'Eerst' })).statusCode).toBe(201);
    expect((await ria.post(`${base()}/reacties`, { clientId: randomUUID(), body: 'Een vraag van Samira.' })).statusCode).toBe(201);
    // Reading is not doing: her reads are not on the list.
    expect((await ria.get(`${base()}/plan`)).statusCode).toBe(200);

    const page = (await (await t.as('samira')).get(`${base()}/namens-gedaan`)).json() as HelperActionsPage;
    expect(page.member).toEqual({ id: memberId('jansen', 'samira'), firstName: 'Samira' });
    expect(page.actions.map((a) => [a.verb, a.what, a.helper.name])).toEqual([
      ['aanmaken', 'reactie', 'Ria'],
      ['aanmaken', 'reactie', 'Ria'],
    ]);
    expect(page.actions[0]!.helper.organisation).toBe('Ervaringsdeskundigen Utrecht');
    expect(Number(page.actions[0]!.id)).toBeGreaterThan(Number(page.actions[1]!.id));
    // Ria reads the same list for Samira.
    expect(((await ria.get(`${base()}/namens-gedaan`)).json() as HelperActionsPage).actions).toHaveLength(2);

    const markPage = await (await t.as('mark')).get(`${base()}/namens-gedaan`);
    expect(markPage.statusCode).toBe(200);
    expect(markPage.json().actions).toEqual([]);
    expect(markPage.body).not.toContain('Ria');
    const fatima = await (await t.as('fatima')).get(`${base()}/namens-gedaan`);
    expect(fatima.statusCode).toBe(403);
    expect(fatima.headers['content-type']).toContain('application/problem+json');
  });

  it("a helper's eigen verklaring says she wrote it for Samira, to Samira and the professionals; Mark (contactverbod) learns neither", async () => {
    const ria = await t.as('ria');
    const asked = await ria.post(`${base()}/correctieverzoeken`, { clientId: randomUUID(), kind: 'wijzigen', target: { kind: 'plan-item', id: itemKey('samen-praten') }, proposedText: 'Liever bij Fatima.', reason: 'Samira wil dit niet thuis.' });
    expect(asked.statusCode).toBe(201);
    expect(asked.json().requester).toMatchObject({ byHelper: 'Ria' });
    const fatima = await t.as('fatima');
    expect((await fatima.post(`${base()}/correctieverzoeken/${asked.json().id}/besluit`, { outcome: 'afwijzen', reasons: 'Het gesprek blijft nodig.' })).statusCode).toBe(200);
    const statement = 'Samira is het hier niet mee eens.';
    const added = await ria.post(`${base()}/correctieverzoeken/${asked.json().id}/eigen-verklaringen`, { clientId: randomUUID(), body: statement });
    expect(added.statusCode).toBe(201);
    expect(added.json().author).toMatchObject({ name: 'Samira', byHelper: 'Ria' });

    const authorFor = async (who: string) => ((await (await t.as(who)).get(`${base()}/eigen-verklaringen`)).json().eigenVerklaringen as { body: string; author: unknown }[]).find((v) => v.body === statement)?.author;
    expect(await authorFor('samira')).toEqual({ isMe: true, name: 'Samira', byHelper: 'Ria' });
    expect(await authorFor('fatima')).toMatchObject({ name: 'Samira El Amrani', byHelper: 'Ria Bakker' });
    const mark = await (await t.as('mark')).get(`${base()}/eigen-verklaringen`);
    expect(mark.body).not.toContain(statement);
    expect(mark.body).not.toContain('Ria');

    const done = ((await (await t.as('samira')).get(`${base()}/namens-gedaan`)).json() as HelperActionsPage).actions.map((a) => a.what);
    expect(done).toEqual(['eigen-verklaring', 'correctieverzoek']);
  });

  it("a helper's write is news for the member, once, without the text; her reads and the member's own writes are not", async () => {
    const told = vi.spyOn(t.services.push.notifier, 'newsFor');
    const ria = await t.as('ria');
    expect((await ria.post(`${base()}/reacties`, { clientId: randomUUID(), body: 'Geheim' })).statusCode).toBe(201);
    expect((await ria.get(`${base()}/plan`)).statusCode).toBe(200);
    expect((await (await t.as('samira')).post(`${base()}/reacties`, { clientId: randomUUID(), body: 'Zelf' })).statusCode).toBe(201);
    expect(told.mock.calls.map(([users]) => [...users])).toEqual([[t.userIdOf('samira')]]);
    told.mockRestore();
  });
});
