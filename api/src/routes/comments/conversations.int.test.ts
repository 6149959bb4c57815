import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

/** A professional starts a conversation (issue 10, point 8a): it reaches exactly whom she wrote to. */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const member = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const url = (what = 'gesprekken') => `/api/v1/gezinnen/${jansen().id}/${what}`;

async function start(who: string, to: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return (await t.as(who)).post(url(), { clientId: randomUUID(), to, body: 'Hoe gaat het met de afspraken?', ...extra });
}

async function bodiesOf(who: string): Promise<string[]> {
  const response = await (await t.as(who)).get(url('reacties'));
  expect(response.statusCode).toBe(200);
  return response.json().comments.map((c: { body: string }) => c.body);
}

describe(`a professional starts a conversation, on ${testEngine()}`, () => {
  it('to Samira: she and her helper read it, Mark, Noor and Henk do not; she answers and Fatima reads the answer', async () => {
    const started = await start('fatima', { kind: 'leden', memberIds: [member('samira')] }, { body: 'Samira, hoe ging de overdracht zaterdag?' });
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({ replyTo: null, author: { kind: 'professional', name: 'Fatima Yılmaz', jobTitle: 'Regisseur', isMe: true } });
    expect(started.json().readers).toEqual({ members: ['Samira'], helpers: [], professionals: expect.arrayContaining(['Jeroen']) });

    const samira = await t.as('samira');
    const seen = (await samira.get(url('reacties'))).json().comments;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ body: 'Samira, hoe ging de overdracht zaterdag?', isNew: true, author: { kind: 'professional', name: 'Fatima Yılmaz', isMe: false } });
    expect(await bodiesOf('ria')).toEqual(['Samira, hoe ging de overdracht zaterdag?']);
    expect(await bodiesOf('jeroen')).toEqual(['Samira, hoe ging de overdracht zaterdag?']);
    for (const other of ['mark', 'noor', 'daan', 'henk']) expect(await bodiesOf(other), other).toEqual([]);

    const answer = await samira.post(url(`reacties/${seen[0].id}/antwoorden`), { clientId: randomUUID(), body: 'Het ging goed.' });
    expect(answer.statusCode).toBe(201);
    // The test clock stands still, so both have the same moment: compare without order.
    expect((await bodiesOf('fatima')).sort()).toEqual(['Het ging goed.', 'Samira, hoe ging de overdracht zaterdag?']);
    expect(await bodiesOf('mark')).toEqual([]);
  });

  it('to a youth of 13, Daan: his parents with gezag do not read it', async () => {
    expect((await start('fatima', { kind: 'leden', memberIds: [member('daan')] })).statusCode).toBe(201);
    expect(await bodiesOf('daan')).toHaveLength(1);
    expect(await bodiesOf('samira')).toEqual([]);
    expect(await bodiesOf('mark')).toEqual([]);
  });

  it('to all adults: Samira, Mark and Ria read it; Noor, Daan and Henk do not', async () => {
    expect((await start('fatima', { kind: 'volwassenen' })).statusCode).toBe(201);
    for (const reader of ['samira', 'mark', 'ria']) expect(await bodiesOf(reader), reader).toHaveLength(1);
    for (const other of ['noor', 'daan', 'henk']) expect(await bodiesOf(other), other).toEqual([]);
  });

  it('Samira and Mark together: refused, they have a contactverbod (422 gesprek-contactverbod); nothing is stored', async () => {
    const response = await start('fatima', { kind: 'leden', memberIds: [member('samira'), member('mark')] });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'gesprek-contactverbod', fields: ['to'] });
    expect(await bodiesOf('fatima')).toEqual([]);
  });

  it('a member who may not see what it is about cannot be addressed (422): Mark about Samira\'s item, Mila (8) at all', async () => {
    const aboutSamira = await start('fatima', { kind: 'leden', memberIds: [member('mark')] }, { itemKey: itemKey('veilig-thuis-samira') });
    expect(aboutSamira.statusCode).toBe(422);
    expect(aboutSamira.json().code).toBe('ontvanger-ziet-het-niet');
    expect((await start('fatima', { kind: 'leden', memberIds: [member('mila')] })).statusCode).toBe(422);
    expect(await bodiesOf('fatima')).toEqual([]);
  });

  it('about an item Noor sees: she reads it with the item; an unknown member or item is not found', async () => {
    expect((await start('fatima', { kind: 'leden', memberIds: [member('noor')] }, { itemKey: itemKey('noor-belt') })).statusCode).toBe(201);
    expect(await bodiesOf('noor')).toHaveLength(1);
    expect((await start('fatima', { kind: 'leden', memberIds: [randomUUID()] })).statusCode).toBe(404);
    expect((await start('fatima', { kind: 'gezin' }, { itemKey: randomUUID() })).statusCode).toBe(404);
  });

  it('members and helpers answer, they do not start one (403); betrokken Jeroen may; Karim of another family gets 404', async () => {
    expect((await start('samira', { kind: 'gezin' })).statusCode).toBe(403);
    expect((await start('ria', { kind: 'gezin' })).statusCode).toBe(403);
    expect((await start('jeroen', { kind: 'leden', memberIds: [member('noor')] })).statusCode).toBe(201);
    expect((await start('karim', { kind: 'gezin' })).statusCode).toBe(404);
  });

  it.each([
    [{ kind: 'leden', memberIds: [] }],
    [{ kind: 'leden' }],
    [{ kind: 'gezin', memberIds: [] }],
    [{ kind: 'iedereen' }],
  ])('a wrong addressee %j answers 400', async (to) => {
    const response = await start('fatima', to);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('an empty text answers 400 with the field; the same client id twice stores one thread; starting is in the access log', async () => {
    const fatima = await t.as('fatima');
    const empty = await fatima.post(url(), { clientId: randomUUID(), to: { kind: 'gezin' }, body: '   ' });
    expect(empty.json()).toMatchObject({ code: 'ongeldige-invoer', fields: ['body'] });
    const payload = { clientId: randomUUID(), to: { kind: 'gezin' }, body: 'Eén keer.' };
    expect((await fatima.post(url(), payload)).statusCode).toBe(201);
    expect((await fatima.post(url(), payload)).statusCode).toBe(200);
    expect(await bodiesOf('noor')).toEqual(['Eén keer.']);
    await t.services.log.drain();
    const rows = await t.db.query<{ action: string; objectKind: string }>(
      `select action, object_kind as "objectKind" from access_log where actor_user_id = $1 and action = 'aanmaken' order by id`,
      [t.userIdOf('fatima')],
    );
    expect(rows).toEqual([{ action: 'aanmaken', objectKind: 'reactie' }]);
  });

  it('is in the OpenAPI document with its answers, 422 included', async () => {
    const doc = (await t.anonymous().get('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths['/gezinnen/{familyId}/gesprekken'].post.responses).sort()).toEqual(['200', '201', '400', '401', '403', '404', '415', '422', '429', '500']);
  });
});
