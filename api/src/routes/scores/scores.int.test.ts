import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

/**
 * "Hoe gaat het nu?" over the API. One app for the file: each test writes with its own client ids
 * and its own canary note, and reads only what it wrote.
 */
let t: TestApp;
const agents = new Map<string, Agent>();
const as = async (who: string) => {
  if (!agents.has(who)) agents.set(who, await t.as(who));
  return agents.get(who)!;
};
let familyDoel: string;

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const url = () => `/api/v1/gezinnen/${jansen().id}/scores`;

beforeAll(async () => {
  t = await testApp();
  // A doel for the whole family, with what 0 and 10 mean: the demo's doelen are each for one person.
  const fatima = await as('fatima');
  const published = await fatima.post(`/api/v1/gezinnen/${jansen().id}/plan/versies`, {
    baseVersionId: jansen().plan.versionId,
    items: [{ op: 'toevoegen', content: { section: 'herstel', kind: 'doel', what: 'We praten weer rustig met elkaar.', scale: 5, scaleLow: 'We schreeuwen', scaleHigh: 'We praten rustig' }, envelope: { audience: 'gezin' } }],
  });
  expect(published.statusCode).toBe(201);
  const plan = (await fatima.get(`/api/v1/gezinnen/${jansen().id}/plan`)).json();
  familyDoel = plan.items.find((i: { what: string }) => i.what === 'We praten weer rustig met elkaar.').key;
}, 120_000);
afterAll(async () => t.close());

async function score(who: string, payload: Record<string, unknown>) {
  return (await as(who)).post(url(), { clientId: randomUUID(), ...payload });
}

/** The notes of every score this person reads, over all doelen. */
async function notesOf(who: string): Promise<string[]> {
  const response = await (await as(who)).get(url());
  expect(response.statusCode, who).toBe(200);
  return response.json().doelen.flatMap((d: { scores: { note?: string }[] }) => d.scores.map((s) => s.note ?? ''));
}

describe(`scores on ${testEngine()}`, () => {
  it('Samira scores her doel for the professionals only: she, her helper and the professionals read it, nobody else', async () => {
    const response = await score('samira', { itemKey: itemKey('veilig-thuis-samira'), value: 6, note: '  Canary-samira-6 ik slaap beter.  ' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ value: 6, note: 'Canary-samira-6 ik slaap beter.', isMine: true, readers: { members: [], professionals: ['Fatima', 'Jeroen'] } });
    for (const who of ['samira', 'ria', 'fatima', 'jeroen']) expect(await notesOf(who), who).toContain('Canary-samira-6 ik slaap beter.');
    for (const who of ['mark', 'noor', 'daan', 'henk']) expect(await notesOf(who), who).not.toContain('Canary-samira-6 ik slaap beter.');
    const forFatima = (await (await as('fatima')).get(url())).json();
    const doel = forFatima.doelen.find((d: { itemKey: string }) => d.itemKey === itemKey('veilig-thuis-samira'));
    expect(doel.scores.at(-1)).toMatchObject({ value: 6, memberName: 'Samira', isMine: false });
    // A professional scores nothing herself, so she gets no choice of readers.
    expect(doel.readerChoices).toBeUndefined();
  });

  it('the same client id twice stores one score (an outbox replay); someone else cannot claim that id', async () => {
    const payload = { clientId: randomUUID(), itemKey: itemKey('training-mark'), value: 3, note: 'Canary-mark-replay' };
    const mark = await as('mark');
    const first = await mark.post(url(), payload);
    const again = await mark.post(url(), payload);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
    expect((await notesOf('mark')).filter((n) => n === 'Canary-mark-replay')).toHaveLength(1);
    expect((await (await as('samira')).post(url(), { ...payload, itemKey: itemKey('veilig-thuis-samira') })).statusCode).toBe(400);
  });

  it('a doel she does not read answers like an unknown one', async () => {
    const unknown = await score('samira', { itemKey: randomUUID(), value: 5 });
    const hidden = await score('samira', { itemKey: itemKey('training-mark'), value: 5 });
    const notADoel = await score('samira', { itemKey: itemKey('samen-praten'), value: 5 });
    expect([unknown.statusCode, hidden.statusCode, notADoel.statusCode]).toEqual([404, 404, 404]);
    expect(hidden.body).toBe(unknown.body);
    expect(hidden.headers['content-type']).toContain('application/problem+json');
  });

  it.each([
    ['a score above 10', { value: 11 }],
    ['a score below 0', { value: -1 }],
    ['a half score', { value: 5.5 }],
    ['no score', { value: undefined }],
    ['a note that is too long', { value: 5, note: 'x'.repeat(501) }],
    ['readers set by hand', { value: 5, audience: 'gezin' }],
    ['an empty list of members', { value: 5, readers: { kind: 'leden', memberIds: [] } }],
  ])('%s is refused with problem+json', async (_name, extra) => {
    const response = await score('samira', { itemKey: itemKey('veilig-thuis-samira'), ...extra });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'ongeldige-invoer' });
  });

  it('a helper does not score for the member, nor does a professional', async () => {
    expect((await score('ria', { itemKey: itemKey('veilig-thuis-samira'), value: 5 })).statusCode).toBe(403);
    expect((await score('fatima', { itemKey: itemKey('veilig-thuis-samira'), value: 5 })).statusCode).toBe(403);
  });

  it('the doel shows its scale, and a member may choose only readers who may read her score', async () => {
    const page = (await (await as('samira')).get(url())).json();
    const doel = page.doelen.find((d: { itemKey: string }) => d.itemKey === familyDoel);
    expect(doel).toMatchObject({ what: 'We praten weer rustig met elkaar.', scaleLow: 'We schreeuwen', scaleHigh: 'We praten rustig' });
    // Never Mark across the contactverbod, never Mila (no account), never herself; not Henk, who
    // reads only what names him (netwerk), so he does not read this doel.
    expect(doel.readerChoices.map((c: { firstName: string }) => c.firstName).sort()).toEqual(['Daan', 'Noor']);
  });

  it('naming the contactverbod partner is refused, not silently narrowed', async () => {
    const response = await score('samira', { itemKey: familyDoel, value: 4, note: 'Canary-samira-mark', readers: { kind: 'leden', memberIds: [memberId('mark')] } });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'ontvanger-ziet-het-niet', fields: ['readers'] });
    expect(await notesOf('samira')).not.toContain('Canary-samira-mark');
  });

  it('Daan (13) scores for the professionals: his parents with gezag do not read it; when he names Samira, only she does', async () => {
    expect((await score('daan', { itemKey: familyDoel, value: 7, note: 'Canary-daan-alleen' })).statusCode).toBe(201);
    const named = await score('daan', { itemKey: familyDoel, value: 8, note: 'Canary-daan-samira', readers: { kind: 'leden', memberIds: [memberId('samira')] } });
    expect(named.statusCode).toBe(201);
    expect(named.json().readers.members).toEqual(['Samira']);
    expect(await notesOf('samira')).toEqual(expect.arrayContaining(['Canary-daan-samira']));
    expect(await notesOf('samira')).not.toContain('Canary-daan-alleen');
    for (const who of ['mark', 'noor', 'henk']) {
      const notes = await notesOf(who);
      expect(notes, who).not.toContain('Canary-daan-alleen');
      expect(notes, who).not.toContain('Canary-daan-samira');
    }
    expect(await notesOf('fatima')).toEqual(expect.arrayContaining(['Canary-daan-alleen', 'Canary-daan-samira']));
  });

  it('reading scores and writing one are in the access log, with the writer as subject', async () => {
    await score('noor', { itemKey: familyDoel, value: 5 });
    await notesOf('fatima');
    const rows = await t.db.query<{ action: string; objectKind: string; subjects: string[] }>(
      `select action, object_kind as "objectKind", subject_member_ids as subjects from access_log where family_id = $1 and object_kind in ('score', 'scores') order by id desc limit 2`,
      [jansen().id],
    );
    expect(rows[1]).toMatchObject({ action: 'aanmaken', objectKind: 'score', subjects: [memberId('noor')] });
    expect(rows[0]).toMatchObject({ action: 'lezen', objectKind: 'scores' });
    expect(rows[0]!.subjects).toContain(memberId('noor'));
  });
});

describe(`removing a score on request on ${testEngine()}`, () => {
  const family = () => `/api/v1/gezinnen/${jansen().id}`;
  const ask = async (who: string, body: Record<string, unknown>) => (await as(who)).post(`${family()}/correctieverzoeken`, { clientId: randomUUID(), reason: 'Dat was een slechte dag.', ...body });
  const sync = async (who: string, since: number) => (await (await as(who)).get(`${family()}/synchronisatie?since=${since}`)).json();

  it('Samira asks to remove her own score; once Fatima grants it, it is gone from every view, her device and her export', async () => {
    const canary = 'Canary-remove-samira-3';
    const written = await score('samira', { itemKey: familyDoel, value: 3, note: canary, readers: { kind: 'leden', memberIds: [memberId('noor')] } });
    expect(written.statusCode, written.body).toBe(201);
    const scoreId = written.json().id;
    const before = await sync('samira', 0);
    expect(JSON.stringify(before.records)).toContain(canary);

    // Only as removal, only by its writer: Noor reads it, but it is not hers to remove.
    expect((await ask('samira', { target: { kind: 'score', id: scoreId }, kind: 'wijzigen', proposedText: '5' })).json().fields).toEqual(['kind']);
    expect((await ask('noor', { target: { kind: 'score', id: scoreId }, kind: 'verwijderen' })).statusCode).toBe(403);
    expect((await ask('mark', { target: { kind: 'score', id: scoreId }, kind: 'verwijderen' })).statusCode).toBe(404);
    const asked = await ask('samira', { target: { kind: 'score', id: scoreId }, kind: 'verwijderen' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json().target).toEqual({ kind: 'score', id: scoreId, label: expect.stringMatching(/: 3$/) });

    t.clock.advance(1000);
    const granted = await (await as('fatima')).post(`${family()}/correctieverzoeken/${asked.json().id}/besluit`, { outcome: 'toekennen' });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().status).toBe('toegekend');

    for (const who of ['samira', 'noor', 'fatima', 'jeroen']) expect(await notesOf(who), who).not.toContain(canary);
    const after = await sync('samira', before.cursor);
    expect(after.unchanged).toBe(false);
    expect(JSON.stringify(after.records)).not.toContain(canary);
    expect(after.records.find((r: { kind: string }) => r.kind === 'scores').data.doelen.flatMap((d: { scores: { id: string }[] }) => d.scores.map((s) => s.id))).not.toContain(scoreId);
    const exported = await (await as('samira')).get(`${family()}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toContain(canary);
    const [kept] = await t.db.query<{ count: number }>(`select count(*)::int as count from scores where id = $1`, [scoreId]);
    expect(kept!.count).toBe(0);
    const log = await t.db.query<{ action: string }>(`select action from access_log where family_id = $1 and object_kind = 'score' and $2 = any(object_ids) order by id`, [jansen().id, scoreId]);
    expect(log.map((l) => l.action)).toContain('verwijderen');
  });
});
