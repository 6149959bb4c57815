import type { AfspraakView, AfsprakenOverview, SyncResponse } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

/** The test clock stands on 2026-11-24 (api/src/test/clock.ts); appointments are planned around it. */
const people = ['samira', 'mark', 'noor', 'ria', 'fatima', 'jeroen'] as const;
let t: TestApp;
const agents = new Map<string, Agent>();
beforeAll(async () => {
  t = await testApp();
  // Everyone signs in once, through the real passkey flow; each test then acts as whom it needs.
  for (const person of people) agents.set(person, await t.as(person));
}, 120_000);
afterAll(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const url = () => `/api/v1/gezinnen/${jansen().id}/afspraken`;
const shelter = 'Opvang De Haven, Postbus 123, Utrecht';
const as = async (who: (typeof people)[number]): Promise<Agent> => agents.get(who)!;

function afspraak(payload: Record<string, unknown> = {}) {
  return {
    clientId: randomUUID(),
    title: 'Gesprek over het plan',
    // 1 December 2026, 10:00 to 11:00 in Amsterdam (winter time, UTC+1).
    start: '2026-12-01T09:00:00.000Z',
    end: '2026-12-01T10:00:00.000Z',
    place: { kind: 'adres', value: shelter },
    memberIds: [memberId('samira')],
    professionalIds: [],
    placeHiddenFrom: [],
    ...payload,
  };
}

async function plan(payload: Record<string, unknown> = {}, who: (typeof people)[number] = 'fatima'): Promise<AfspraakView> {
  t.clock.advance(1000);
  const response = await (await as(who)).post(url(), afspraak(payload));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function overview(who: (typeof people)[number]): Promise<AfsprakenOverview> {
  const response = await (await as(who)).get(url());
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const ids = async (who: (typeof people)[number]) => (await overview(who)).afspraken.map((a) => a.id);

describe('planning and reading appointments', () => {
  it('each member sees only the appointments she takes part in; professionals see all', async () => {
    const withSamira = await plan();
    const withMark = await plan({ memberIds: [memberId('mark')], place: { kind: 'telefoon', value: '030 123 45 67' } });
    expect(await ids('samira')).toContain(withSamira.id);
    expect(await ids('samira')).not.toContain(withMark.id);
    expect(await ids('mark')).toContain(withMark.id);
    expect(await ids('mark')).not.toContain(withSamira.id);
    expect(await ids('noor')).not.toContain(withSamira.id);
    expect(await ids('ria')).toContain(withSamira.id);
    expect(await ids('jeroen')).toEqual(expect.arrayContaining([withSamira.id, withMark.id]));
    const hidden = await (await as('mark')).get(`${url()}/${withSamira.id}/ics`);
    const unknown = await (await as('mark')).get(`${url()}/${randomUUID()}/ics`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    expect(JSON.stringify(await overview('mark'))).not.toContain(shelter);
  });

  it('a professional who takes part is named to the member by name only; professionals get the ids to change it', async () => {
    const jeroen = t.userIdOf('jeroen');
    const fatimas = await overview('fatima');
    expect(fatimas.professionals?.map((p) => p.userId)).toEqual(expect.arrayContaining([t.userIdOf('fatima'), jeroen]));
    const a = await plan({ professionalIds: [jeroen] });
    expect((await overview('fatima')).afspraken.find((x) => x.id === a.id)?.professionals).toEqual([expect.objectContaining({ userId: jeroen })]);
    const samiras = await overview('samira');
    expect(samiras.professionals).toBeUndefined();
    const seen = samiras.afspraken.find((x) => x.id === a.id)!;
    expect(seen.professionals).toHaveLength(1);
    expect(seen.professionals[0]).not.toHaveProperty('userId');
    expect(seen.professionals[0]!.name).toMatch(/^Jeroen/);
    const stranger = await (await as('fatima')).post(url(), afspraak({ professionalIds: [t.userIdOf('karim')] }));
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().fields).toEqual(['professionalIds']);
  });

  it('refuses an appointment with members on both sides of a contactverbod', async () => {
    const response = await (await as('fatima')).post(url(), afspraak({ memberIds: [memberId('samira'), memberId('mark')] }));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('gesprek-contactverbod');
  });

  it('hides a shielded place from that participant, in the list and in the .ics', async () => {
    const shielded = await plan({ memberIds: [memberId('samira'), memberId('noor')], placeHiddenFrom: [memberId('noor')] });
    const noors = (await overview('noor')).afspraken.find((a) => a.id === shielded.id)!;
    expect(noors.place).toBeUndefined();
    expect(noors.placeKind).toBe('adres');
    expect(noors.placeHiddenFrom).toBeUndefined();
    expect((await overview('fatima')).afspraken.find((a) => a.id === shielded.id)?.placeHiddenFrom).toEqual([memberId('noor')]);
    const samiras = (await overview('samira')).afspraken.find((a) => a.id === shielded.id)!;
    expect(samiras.place?.value).toBe(shelter);
    const ics = await (await as('noor')).get(`${url()}/${shielded.id}/ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.body).not.toContain('Opvang');
    expect(ics.body).not.toContain('LOCATION');
  });

  it('answers bad input with problem+json naming the field', async () => {
    const fatima = await as('fatima');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ title: '   ' }, 400, 'title'],
      [{ end: '2026-12-01T08:00:00.000Z' }, 400, 'end'],
      [{ start: '2030-12-01T09:00:00.000Z', end: '2030-12-01T10:00:00.000Z' }, 400, 'start'],
      [{ place: { kind: 'video', value: 'javascript:alert(1)' } }, 400, 'place'],
      [{ memberIds: [] }, 400, 'memberIds'],
      [{ memberIds: [randomUUID()] }, 400, 'memberIds'],
      [{ professionalIds: [randomUUID()] }, 400, 'professionalIds'],
      [{ placeHiddenFrom: [memberId('noor')] }, 400, 'placeHiddenFrom'],
    ];
    for (const [payload, status, field] of cases) {
      const response = await fatima.post(url(), afspraak(payload));
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().fields, JSON.stringify(payload)).toEqual([field]);
    }
    const extra = await fatima.post(url(), { ...afspraak(), where: 'x' });
    expect(extra.statusCode).toBe(400);
    expect(extra.headers['content-type']).toContain('application/problem+json');
  });

  it('a retried plan with the same client id answers the same appointment; a member cannot plan', async () => {
    const payload = afspraak();
    const first = await (await as('fatima')).post(url(), payload);
    const again = await (await as('fatima')).post(url(), payload);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect((await (await as('samira')).post(url(), afspraak())).statusCode).toBe(403);
    expect((await (await as('ria')).post(url(), afspraak())).statusCode).toBe(403);
  });
});

describe('the .ics download', () => {
  it('is one RFC 5545 event with UID, DTSTAMP, UTC times and the place, as an attachment', async () => {
    const a = await plan({ title: 'Gesprek; met Fatima, en Samira', note: 'Neem het plan mee.' });
    const response = await (await as('samira')).get(`${url()}/${a.id}/ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('attachment; filename="afspraak-2026-12-01.ics"');
    const lines = response.body.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toEqual(expect.arrayContaining([
      'BEGIN:VCALENDAR', `UID:${a.id}@onsplan`, 'DTSTART:20261201T090000Z', 'DTEND:20261201T100000Z',
      'SUMMARY:Gesprek\\; met Fatima\\, en Samira', 'LOCATION:Opvang De Haven\\, Postbus 123\\, Utrecht', 'DESCRIPTION:Neem het plan mee.', 'END:VCALENDAR',
    ]));
    expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    const [entry] = await t.db.query<{ kind: string }>(`select object_kind as kind from access_log where object_ids @> array[$1]::uuid[] and action = 'lezen' order by id desc limit 1`, [a.id]);
    expect(entry?.kind).toBe('afspraak-ics');
  });
});

describe('changing and cancelling', () => {
  it('a change raises the sequence; a cancelled appointment leaves the member’s list but not the professional’s', async () => {
    const a = await plan();
    const changed = await (await as('fatima')).request({ method: 'PUT', url: `${url()}/${a.id}`, payload: { ...afspraak({ title: 'Nieuw gesprek' }), clientId: undefined } });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ title: 'Nieuw gesprek', sequence: 1 });
    expect((await (await as('samira')).post(`${url()}/${a.id}/annulering`, {})).statusCode).toBe(403);
    const cancelled = await (await as('jeroen')).post(`${url()}/${a.id}/annulering`, {});
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ cancelled: true, sequence: 2 });
    expect(await ids('samira')).not.toContain(a.id);
    expect((await (await as('samira')).get(`${url()}/${a.id}/ics`)).statusCode).toBe(404);
    expect((await overview('fatima')).afspraken.find((x) => x.id === a.id)?.cancelled).toBe(true);
    const again = await (await as('fatima')).request({ method: 'PUT', url: `${url()}/${a.id}`, payload: { ...afspraak(), clientId: undefined } });
    expect(again.statusCode).toBe(409);
  });
});

describe('"Ik kan niet, kan het op een ander moment?"', () => {
  it('Samira asks, Fatima answers with a new time, Samira sees the answer and the new time', async () => {
    const a = await plan();
    expect((await overview('samira')).afspraken.find((x) => x.id === a.id)?.mayAskToMove).toBe(true);
    const clientId = randomUUID();
    const asked = await (await as('samira')).post(`${url()}/${a.id}/verplaatsverzoeken`, { clientId, reason: 'Ik moet dan werken.' });
    expect(asked.statusCode, asked.body).toBe(201);
    const retried = await (await as('samira')).post(`${url()}/${a.id}/verplaatsverzoeken`, { clientId, reason: 'Ik moet dan werken.' });
    expect(retried.statusCode).toBe(200);
    const verzoek = (asked.json() as AfspraakView).verplaatsverzoeken[0]!;
    expect(verzoek.reason).toBe('Ik moet dan werken.');
    expect((asked.json() as AfspraakView).mayAskToMove).toBe(false);
    expect((await overview('fatima')).afspraken.find((x) => x.id === a.id)?.verplaatsverzoeken.map((v) => v.id)).toEqual([verzoek.id]);

    const answerUrl = `${url()}/${a.id}/verplaatsverzoeken/${verzoek.id}/antwoord`;
    expect((await (await as('samira')).post(answerUrl, { kind: 'nee', message: 'Nee' })).statusCode).toBe(403);
    const noTime = await (await as('fatima')).post(answerUrl, { kind: 'nieuw-moment', message: 'Kan dit?' });
    expect(noTime.statusCode).toBe(400);
    expect(noTime.json().fields).toEqual(['start']);
    const answered = await (await as('fatima')).post(answerUrl, { kind: 'nieuw-moment', message: 'Kan het donderdag?', start: '2026-12-03T13:00:00.000Z', end: '2026-12-03T14:00:00.000Z' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await (await as('fatima')).post(answerUrl, { kind: 'nee', message: 'Toch niet' })).statusCode).toBe(409);

    const seen = (await overview('samira')).afspraken.find((x) => x.id === a.id)!;
    expect(seen).toMatchObject({ start: '2026-12-03T13:00:00.000Z', end: '2026-12-03T14:00:00.000Z', sequence: 1 });
    expect(seen.verplaatsverzoeken[0]!.answer).toMatchObject({ kind: 'nieuw-moment', message: 'Kan het donderdag?', start: '2026-12-03T13:00:00.000Z' });
    const log = await t.db.query<{ action: string; kind: string }>(
      `select action, object_kind as kind from access_log where object_ids @> array[$1]::uuid[] and outcome = 'toegestaan' order by id`, [verzoek.id],
    );
    expect(log.map((l) => `${l.action} ${l.kind}`)).toEqual(['aanmaken afspraak-verplaatsverzoek', 'wijzigen afspraak-verplaatsverzoek']);
  });

  it('a reason is required; a member who does not take part, or a professional, cannot ask', async () => {
    const a = await plan({ memberIds: [memberId('samira'), memberId('noor')] });
    const blank = await (await as('samira')).post(`${url()}/${a.id}/verplaatsverzoeken`, { clientId: randomUUID(), reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.headers['content-type']).toContain('application/problem+json');
    expect(blank.json().fields).toEqual(['reason']);
    expect((await (await as('mark')).post(`${url()}/${a.id}/verplaatsverzoeken`, { clientId: randomUUID(), reason: 'x' })).statusCode).toBe(404);
    expect((await (await as('fatima')).post(`${url()}/${a.id}/verplaatsverzoeken`, { clientId: randomUUID(), reason: 'x' })).statusCode).toBe(403);
    // Noor sees Samira's appointment with her, never Samira's own request to move it.
    await (await as('samira')).post(`${url()}/${a.id}/verplaatsverzoeken`, { clientId: randomUUID(), reason: 'Ik ben ziek.' });
    expect((await overview('noor')).afspraken.find((x) => x.id === a.id)?.verplaatsverzoeken).toEqual([]);
  });

  it('a move request is read by its asker, her helper and the professionals; never by another participant', async () => {
    const a = await plan({ memberIds: [memberId('samira'), memberId('noor')] });
    const ask = async (who: 'samira' | 'noor', reason: string) => {
      t.clock.advance(1000);
      const response = await (await as(who)).post(`${url()}/${a.id}/verplaatsverzoeken`, { clientId: randomUUID(), reason });
      expect(response.statusCode, response.body).toBe(201);
    };
    await ask('samira', 'Ik moet naar de dokter.');
    await ask('noor', 'Ik heb dan een toets.');
    const reasons = async (who: (typeof people)[number]) => (await overview(who)).afspraken.find((x) => x.id === a.id)?.verplaatsverzoeken.map((v) => v.reason);
    expect(await reasons('samira')).toEqual(['Ik moet naar de dokter.']);
    expect(await reasons('ria')).toEqual(['Ik moet naar de dokter.']);
    expect(await reasons('noor')).toEqual(['Ik heb dan een toets.']);
    expect(await reasons('fatima')).toEqual(['Ik moet naar de dokter.', 'Ik heb dan een toets.']);
    expect(await reasons('mark')).toBeUndefined();
    // Nor does Samira's reason reach Noor's offline copy.
    const synced = (await (await as('noor')).get(`/api/v1/gezinnen/${jansen().id}/synchronisatie?since=0`)).json() as SyncResponse;
    expect(JSON.stringify(synced)).not.toContain('Ik moet naar de dokter.');
  });
});

describe('offline: the sync', () => {
  const sync = async (who: (typeof people)[number], since: number) => (await (await as(who)).get(`/api/v1/gezinnen/${jansen().id}/synchronisatie?since=${since}`)).json() as SyncResponse;

  it('delivers Samira’s appointment to her device and drops it at the next sync once it is cancelled; Mark never gets it', async () => {
    const a = await plan({ title: 'Gesprek voor de sync' });
    const before = await sync('samira', 0);
    expect(before.records).toContainEqual(expect.objectContaining({ kind: 'afspraak', id: a.id }));
    expect((await sync('mark', 0)).records.some((r) => r.id === a.id)).toBe(false);
    t.clock.advance(1000);
    expect((await (await as('fatima')).post(`${url()}/${a.id}/annulering`, {})).statusCode).toBe(200);
    const after = await sync('samira', before.cursor);
    expect(after.unchanged).toBe(false);
    expect(after.records.some((r) => r.id === a.id)).toBe(false);
    expect(after.tombstones).toContainEqual({ kind: 'afspraak', id: a.id });
  });

  it('drops an appointment from the device of a member who no longer takes part', async () => {
    const a = await plan({ title: 'Gesprek met wisseling', memberIds: [memberId('samira'), memberId('noor')] });
    const before = await sync('noor', 0);
    expect(before.records).toContainEqual(expect.objectContaining({ kind: 'afspraak', id: a.id }));
    t.clock.advance(1000);
    const { clientId: _, ...input } = afspraak({ title: 'Gesprek met wisseling' });
    expect((await (await as('fatima')).request({ method: 'PUT', url: `${url()}/${a.id}`, payload: input })).statusCode).toBe(200);
    const after = await sync('noor', before.cursor);
    expect(after.records.some((r) => r.id === a.id)).toBe(false);
    expect(after.tombstones).toContainEqual({ kind: 'afspraak', id: a.id });
    expect((await sync('samira', 0)).records).toContainEqual(expect.objectContaining({ kind: 'afspraak', id: a.id }));
  });
});
