import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactInbox, ContactThreadList, ContactThreadView } from '@onsplan/shared';
import { testEngine } from '../../test/db.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

/** Contact with the professionals (issue 13, point 3): help asked, "bel mij terug", a message and the answers. */
let t: TestApp;
// The first app of a worker also builds the database template, which on a busy machine takes long.
beforeEach(async () => {
  t = await testApp();
}, 120_000);
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const url = () => `/api/v1/gezinnen/${jansen().id}/contact`;

async function start(who: string, payload: Record<string, unknown>) {
  const response = await (await t.as(who)).post(url(), { clientId: randomUUID(), ...payload });
  return response;
}

async function threadsOf(who: string): Promise<ContactThreadList> {
  const response = await (await t.as(who)).get(url());
  expect(response.statusCode).toBe(200);
  return response.json();
}

describe(`contact with the professionals on ${testEngine()}`, () => {
  it('Samira asks to be called back; Fatima answers and marks it done; Samira (and Ria for her) sees the answer; Mark, Noor, Daan and Henk see nothing', async () => {
    const asked = await start('samira', { kind: 'terugbellen', callMoment: 'ochtend', body: 'Het gaat over school.' });
    expect(asked.statusCode).toBe(201);
    const thread = asked.json() as ContactThreadView;
    expect(thread).toMatchObject({ kind: 'terugbellen', callMoment: 'ochtend', topic: null, status: 'open', mayAnswer: true, mayClose: false });
    expect(thread.messages).toEqual([expect.objectContaining({ body: 'Het gaat over school.', author: { kind: 'member', isMe: true, name: 'Samira' } })]);

    const fatima = await t.as('fatima');
    const samiraId = jansen().members.find((m) => m.key === 'samira')!.id;
    const markId = jansen().members.find((m) => m.key === 'mark')!.id;
    const phone = await fatima.post(`/api/v1/gezinnen/${jansen().id}/gezinsleden/${samiraId}/velden`, { field: 'telefoon', value: '06 12345678', shieldedFrom: [markId], reason: 'veiligheid' });
    expect(phone.statusCode).toBe(201);
    const inbox = (await fatima.get('/api/v1/werk/berichten')).json() as ContactInbox;
    // Who asks to be called back is called on her number, which the professional may read.
    expect(inbox.threads).toEqual([
      expect.objectContaining({ id: thread.id, memberName: 'Samira', memberPhone: '06 12345678', familyId: jansen().id, status: 'open', mayAnswer: true, mayClose: true }),
    ]);
    expect(thread).not.toHaveProperty('memberPhone');

    t.clock.advance(60_000);
    const answered = await fatima.post(`${url()}/${thread.id}/antwoorden`, { clientId: randomUUID(), body: 'Ik bel u morgen om 10 uur.' });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toMatchObject({ status: 'beantwoord', messages: [{}, { body: 'Ik bel u morgen om 10 uur.', author: { kind: 'professional', name: 'Fatima Yılmaz', isMe: true } }] });

    const seen = await threadsOf('samira');
    expect(seen.mayStart).toBe(true);
    expect(seen.threads.map((x) => x.messages.map((m) => m.body))).toEqual([['Het gaat over school.', 'Ik bel u morgen om 10 uur.']]);
    expect((await threadsOf('ria')).threads).toHaveLength(1);
    for (const other of ['mark', 'noor', 'daan', 'henk']) {
      const response = await (await t.as(other)).get(url());
      expect(response.json().threads, other).toEqual([]);
      expect(response.body, other).not.toContain('school');
    }

    const done = await fatima.post(`${url()}/${thread.id}/afhandeling`);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'afgehandeld', mayClose: false });
    expect(((await fatima.get('/api/v1/werk/berichten')).json() as ContactInbox).threads).toEqual([]);
    expect((await threadsOf('samira')).threads[0]!.status).toBe('afgehandeld');
  });

  it('marking one thread done leaves her other threads in Berichten, answered or not', async () => {
    // All at one instant, as on a fixed clock: an answer may carry the same time as its question.
    const call = (await start('samira', { kind: 'terugbellen', callMoment: 'ochtend' })).json() as ContactThreadView;
    const note = (await start('samira', { kind: 'bericht', body: 'Over school.' })).json() as ContactThreadView;
    const fatima = await t.as('fatima');
    expect((await fatima.post(`${url()}/${note.id}/antwoorden`, { clientId: randomUUID(), body: 'Ik bel u.' })).statusCode).toBe(201);
    expect((await fatima.post(`${url()}/${call.id}/afhandeling`)).statusCode).toBe(200);
    const inbox = (await fatima.get('/api/v1/werk/berichten')).json() as ContactInbox;
    expect(inbox.threads.map((x) => [x.id, x.status])).toEqual([[note.id, 'beantwoord']]);
    expect((await threadsOf('samira')).threads.map((x) => [x.id, x.status])).toEqual([
      [note.id, 'beantwoord'],
      [call.id, 'afgehandeld'],
    ]);
  });

  it('"Ik wil hulp bij …" with a choice, and a message; her own words are needed for "iets anders" and a message', async () => {
    expect((await start('mark', { kind: 'hulp', topic: 'geld' })).statusCode).toBe(201);
    const missing = await start('mark', { kind: 'hulp', topic: 'iets-anders' });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json()).toMatchObject({ code: 'ongeldige-invoer', fields: ['body'] });
    expect((await start('mark', { kind: 'bericht', body: 'Kan de training later?' })).statusCode).toBe(201);
    const mine = await threadsOf('mark');
    expect(mine.threads.map((x) => [x.kind, x.topic])).toEqual([
      ['bericht', null],
      ['hulp', 'geld'],
    ]);
    expect((await threadsOf('samira')).threads).toEqual([]);
  });

  it.each([
    [{ kind: 'terugbellen' }, 'callMoment'],
    [{ kind: 'hulp' }, 'topic'],
    [{ kind: 'bericht', body: '   ' }, 'body'],
    [{ kind: 'bericht', body: 'x'.repeat(2001) }, 'body'],
    [{ kind: 'bericht', body: 'hoi', audience: 'gezin' }, ''],
    [{ kind: 'bellen' }, 'kind'],
    [{ kind: 'bericht', body: 'hoi', clientId: 'geen-uuid' }, 'clientId'],
  ])('bad input %# answers 400 problem+json with the field', async (payload, field) => {
    const response = await start('samira', payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('ongeldige-invoer');
    if (field) expect(response.json().fields).toContain(field);
  });

  it('the same client id twice stores one thread (the outbox sends again); another person cannot claim it', async () => {
    const samira = await t.as('samira');
    const payload = { clientId: randomUUID(), kind: 'hulp', topic: 'huis' };
    const first = await samira.post(url(), payload);
    const again = await samira.post(url(), payload);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
    expect((await threadsOf('samira')).threads).toHaveLength(1);
    expect((await (await t.as('noor')).post(url(), payload)).statusCode).toBe(400);
  });

  it('Ria writes namens Samira, visibly; a professional starts no thread; a member closes none; a hidden thread answers like an unknown one', async () => {
    const byRia = await start('ria', { kind: 'bericht', body: 'Samira vraagt of u haar belt.' });
    expect(byRia.statusCode).toBe(201);
    expect(byRia.json().messages[0].author).toMatchObject({ kind: 'helper', name: 'Ria', onBehalfOf: 'Samira', isMe: true });
    expect((await threadsOf('samira')).threads[0]!.messages[0]!.author).toMatchObject({ kind: 'helper', isMe: false, onBehalfOf: 'Samira' });

    const pro = await start('fatima', { kind: 'bericht', body: 'Test' });
    expect(pro.statusCode).toBe(403);
    expect(pro.json().code).toBe('niet-toegestaan');
    const id = byRia.json().id as string;
    expect((await (await t.as('samira')).post(`${url()}/${id}/afhandeling`)).statusCode).toBe(403);

    const mark = await t.as('mark');
    const hidden = await mark.post(`${url()}/${id}/antwoorden`, { clientId: randomUUID(), body: 'x' });
    const unknown = await mark.post(`${url()}/${randomUUID()}/antwoorden`, { clientId: randomUUID(), body: 'x' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    expect((await mark.post(`${url()}/${id}/afhandeling`)).body).toBe((await mark.post(`${url()}/${randomUUID()}/afhandeling`)).body);
  });

  it('a new message and an answer are news, without content, only for whoever may read them', async () => {
    const told = vi.spyOn(t.services.push.notifier, 'newsFor');
    const byRia = await start('ria', { kind: 'terugbellen', callMoment: 'avond' });
    await (await t.as('jeroen')).post(`${url()}/${byRia.json().id}/antwoorden`, { clientId: randomUUID(), body: 'Ik bel vanavond.' });
    expect(told.mock.calls.map(([users]) => [...users])).toEqual([[t.userIdOf('samira')], [t.userIdOf('samira')]]);
    told.mockRestore();
  });

  it('every read and write is in the access log', async () => {
    const asked = await start('samira', { kind: 'hulp', topic: 'veiligheid' });
    await (await t.as('samira')).get(url());
    const fatima = await t.as('fatima');
    await fatima.post(`${url()}/${asked.json().id}/antwoorden`, { clientId: randomUUID(), body: 'Ik bel u.' });
    await fatima.post(`${url()}/${asked.json().id}/afhandeling`);
    await t.services.log.drain();
    const rows = await t.db.query<{ who: string; action: string; objectKind: string }>(
      `select actor_user_id as who, action, object_kind as "objectKind" from access_log where object_kind like 'contactbericht%' order by id`,
    );
    expect(rows.map((r) => [r.who === t.userIdOf('samira') ? 'samira' : 'fatima', r.action, r.objectKind])).toEqual([
      ['samira', 'aanmaken', 'contactbericht'],
      ['samira', 'lezen', 'contactberichten'],
      ['fatima', 'aanmaken', 'contactbericht'],
      ['fatima', 'wijzigen', 'contactbericht'],
    ]);
  });
});

describe(`contact threads offline and "gelezen" on ${testEngine()}`, () => {
  const sync = async (who: string, since: number) => (await (await t.as(who)).get(`/api/v1/gezinnen/${jansen().id}/synchronisatie?since=${since}`)).json();
  const seen = async (who: string, until: string) => (await t.as(who)).post(`${url()}/leesbevestiging`, { until });

  it('her threads are in her offline copy, with each new answer; never in Mark’s; a thread that is gone becomes a tombstone', async () => {
    const thread = (await start('samira', { kind: 'bericht', body: 'Canary-offline-thread' })).json() as ContactThreadView;
    const first = await sync('samira', 0);
    expect(first.records).toContainEqual(expect.objectContaining({ kind: 'contactbericht', id: thread.id }));
    expect(first.records).toContainEqual({ kind: 'contact', id: jansen().id, data: { mayStart: true, seenUntil: null } });
    expect(JSON.stringify((await sync('mark', 0)).records)).not.toContain('Canary-offline-thread');

    t.clock.advance(60_000);
    expect((await (await t.as('fatima')).post(`${url()}/${thread.id}/antwoorden`, { clientId: randomUUID(), body: 'Canary-offline-answer' })).statusCode).toBe(201);
    const second = await sync('samira', first.cursor);
    expect(second.unchanged).toBe(false);
    const synced = second.records.find((r: { id: string }) => r.id === thread.id).data as ContactThreadView;
    expect(synced.messages.map((m) => [m.body, m.isNew])).toEqual([['Canary-offline-thread', false], ['Canary-offline-answer', true]]);

    // However a thread leaves (here: removed from the database), the device is told to drop it.
    await t.db.query('delete from contact_messages where thread_id = $1', [thread.id]);
    await t.db.query('delete from contact_messages where id = $1', [thread.id]);
    const third = await sync('samira', second.cursor);
    expect(third.records.some((r: { id: string }) => r.id === thread.id)).toBe(false);
    expect(third.tombstones).toContainEqual({ kind: 'contactbericht', id: thread.id });
  });

  it('the member sees which answers are new until she looked; the professional which threads have new messages, each for herself', async () => {
    const thread = (await start('samira', { kind: 'terugbellen', callMoment: 'middag' })).json() as ContactThreadView;
    expect(thread.newMessages).toBe(0);
    const inboxOf = async (who: string) => ((await (await t.as(who)).get('/api/v1/werk/berichten')).json() as ContactInbox).threads.find((x) => x.id === thread.id)!;
    expect((await inboxOf('fatima')).newMessages).toBe(1);

    t.clock.advance(60_000);
    expect((await seen('fatima', t.clock.now().toISOString())).statusCode).toBe(204);
    expect((await inboxOf('fatima')).newMessages).toBe(0);
    // Jeroen did not look yet; what Fatima read is not read for him.
    expect((await inboxOf('jeroen')).newMessages).toBe(1);

    t.clock.advance(60_000);
    await (await t.as('fatima')).post(`${url()}/${thread.id}/antwoorden`, { clientId: randomUUID(), body: 'Ik bel u om 14 uur.' });
    // Her own answer is not new for Fatima, nor for Jeroen: professionals look for what the family wrote.
    expect((await inboxOf('fatima')).newMessages).toBe(0);
    const samiras = (await threadsOf('samira')).threads.find((x) => x.id === thread.id)!;
    expect(samiras.newMessages).toBe(1);
    expect(samiras.messages.map((m) => m.isNew)).toEqual([false, true]);

    t.clock.advance(60_000);
    expect((await seen('samira', samiras.messages.at(-1)!.createdAt)).statusCode).toBe(204);
    const after = await threadsOf('samira');
    expect(after.threads.find((x) => x.id === thread.id)!.newMessages).toBe(0);
    expect(after.seenUntil).toBe(samiras.messages.at(-1)!.createdAt);
    // An earlier moment never makes read messages new again, nor does a moment in the future count.
    expect((await seen('samira', '2020-01-01T00:00:00.000Z')).statusCode).toBe(204);
    expect((await threadsOf('samira')).seenUntil).toBe(samiras.messages.at(-1)!.createdAt);
  });

  it('a moment that is not one is refused with problem+json; an outsider gets 404', async () => {
    const bad = await seen('samira', 'gisteren');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect((await seen('willem', t.clock.now().toISOString())).statusCode).toBe(404);
  });
});
