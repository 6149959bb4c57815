import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const url = () => `/api/v1/gezinnen/${jansen().id}/reacties`;

async function comment(who: string, payload: Record<string, unknown>) {
  const agent = await t.as(who);
  const response = await agent.post(url(), { clientId: randomUUID(), ...payload });
  return { agent, response };
}

async function bodiesOf(who: string): Promise<string[]> {
  const response = await (await t.as(who)).get(url());
  expect(response.statusCode).toBe(200);
  return response.json().comments.map((c: { body: string }) => c.body);
}

describe(`comments on ${testEngine()}`, () => {
  it('a member comments on an item; the item audience sees it, the contactverbod partner and the network do not', async () => {
    const { response } = await comment('samira', { itemKey: itemKey('samen-praten'), audience: 'zoals-onderdeel', body: '  Ik wil graag eerst met Fatima praten.  ' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ body: 'Ik wil graag eerst met Fatima praten.', audience: 'zoals-onderdeel', author: { kind: 'member', name: 'Samira', isMe: true } });
    expect(await bodiesOf('noor')).toContain('Ik wil graag eerst met Fatima praten.');
    expect(await bodiesOf('fatima')).toContain('Ik wil graag eerst met Fatima praten.');
    expect(await bodiesOf('mark')).toEqual([]);
    expect(await bodiesOf('henk')).toEqual([]);
    expect(await bodiesOf('jeroen')).toHaveLength(1);
  });

  it('"alleen voor de professional" reaches only the professionals and the writer', async () => {
    const { agent, response } = await comment('noor', { itemKey: itemKey('samen-praten'), body: 'Dit wil ik niet thuis zeggen.', audience: 'alleen-professionals' });
    expect(response.statusCode).toBe(201);
    expect((await agent.get(url())).json().comments).toHaveLength(1);
    expect(await bodiesOf('samira')).toEqual([]);
    expect(await bodiesOf('fatima')).toEqual(['Dit wil ik niet thuis zeggen.']);
  });

  it('the same client id twice stores one comment (a retried write)', async () => {
    const samira = await t.as('samira');
    const payload = { clientId: randomUUID(), body: 'Eén keer, ook als het netwerk hapert.' };
    const first = await samira.post(url(), payload);
    const again = await samira.post(url(), payload);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect((await samira.get(url())).json().comments).toHaveLength(1);
    // Someone else cannot claim or read that id.
    const noor = await t.as('noor');
    expect((await noor.post(url(), payload)).statusCode).toBe(400);
  });

  it('a professional replies; the member sees the new reply until they mark it read', async () => {
    const { agent: samira, response } = await comment('samira', { body: 'Wanneer is het volgende gesprek?' });
    const fatima = await t.as('fatima');
    const reply = await fatima.post(`${url()}/${response.json().id}/antwoorden`, { clientId: randomUUID(), body: 'Volgende week dinsdag om 10 uur.' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ replyTo: response.json().id, author: { kind: 'professional', name: 'Fatima Yılmaz', jobTitle: 'Regisseur' } });
    const list = (await samira.get(url())).json();
    const shown = list.comments.find((c: { id: string }) => c.id === reply.json().id);
    expect(shown).toMatchObject({ isNew: true, replyTo: response.json().id });
    t.clock.advance(1000);
    expect((await samira.post(`${url()}/leesbevestiging`, { until: t.clock.now().toISOString() })).statusCode).toBe(204);
    const after = (await samira.get(url())).json();
    expect(after.comments.every((c: { isNew: boolean }) => !c.isNew)).toBe(true);
  });

  it('a reply keeps the audience of the thread', async () => {
    const { response } = await comment('noor', { body: 'Alleen voor jou, Fatima.', audience: 'alleen-professionals' });
    const fatima = await t.as('fatima');
    t.clock.advance(60_000);
    await fatima.post(`${url()}/${response.json().id}/antwoorden`, { clientId: randomUUID(), body: 'Dank je, Noor. Ik bel je.' });
    expect(await bodiesOf('samira')).toEqual([]);
    expect(await bodiesOf('noor')).toEqual(['Alleen voor jou, Fatima.', 'Dank je, Noor. Ik bel je.']);
  });

  it('a professional does not start a comment as a family member; a reading helper may not write', async () => {
    const fatima = await t.as('fatima');
    const response = await fatima.post(url(), { clientId: randomUUID(), body: 'Test' });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('niet-toegestaan');
  });

  it('a helper who may help writes on behalf of the member, and it says so', async () => {
    const { response } = await comment('ria', { body: 'Samira vraagt of de afspraak later kan.' });
    expect(response.statusCode).toBe(201);
    expect(response.json().author).toMatchObject({ kind: 'helper', name: 'Ria', onBehalfOf: 'Samira', isMe: true });
    const samiraView = (await (await t.as('samira')).get(url())).json().comments[0];
    expect(samiraView.author).toMatchObject({ kind: 'helper', isMe: true });
  });

  it('a hidden item answers exactly like an unknown one', async () => {
    const samira = await t.as('samira');
    const hidden = await samira.post(url(), { clientId: randomUUID(), itemKey: itemKey('training-mark'), body: 'x' });
    const unknown = await samira.post(url(), { clientId: randomUUID(), itemKey: randomUUID(), body: 'x' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
  });

  it.each([
    [{ body: '   ' }, 'body'],
    [{ body: 'x'.repeat(4001) }, 'body'],
    [{ body: 'hoi', extra: 1 }, ''],
    [{ body: 'hoi', clientId: 'geen-uuid' }, 'clientId'],
  ])('bad input %# answers 400 with the field', async (payload, field) => {
    const samira = await t.as('samira');
    const response = await samira.post(url(), { clientId: randomUUID(), ...payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('ongeldige-invoer');
    if (field) expect(response.json().fields).toContain(field);
  });

  it('writing and reading comments are in the access log', async () => {
    const { agent } = await comment('samira', { body: 'Gelogd?' });
    await agent.get(url());
    await t.services.log.drain();
    const rows = await t.db.query<{ action: string; objectKind: string }>(
      `select action, object_kind as "objectKind" from access_log where actor_user_id = $1 and family_id is not null order by id`,
      [t.userIdOf('samira')],
    );
    expect(rows).toEqual([
      { action: 'aanmaken', objectKind: 'reactie' },
      { action: 'lezen', objectKind: 'reacties' },
    ]);
  });
});
