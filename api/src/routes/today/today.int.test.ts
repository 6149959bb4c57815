import { newDocumentDays, type TodayView } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfDocument } from '../../test/document-fixtures.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

/**
 * Issue 10, "Vandaag": one answer with what waits for Fatima, each number computed through the same
 * scoped repositories as the list it leads to (so what she may not see is not counted either).
 */
let t: TestApp;
let fatima: Agent;
let samira: Agent;
const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const today = async () => (await fatima.get('/api/v1/werk/vandaag')).json() as TodayView;
const jansenRow = async () => (await today()).families.find((f) => f.id === jansen().id)!;

beforeAll(async () => {
  t = await testApp();
  fatima = await t.as('fatima');
  samira = await t.as('samira');
}, 120_000);
afterAll(async () => t.close());

describe('Vandaag', () => {
  it("counts what waits for her: a member's correction request with its deadline, a proposed address, instemming progress, an unused code", async () => {
    const before = await jansenRow();
    expect(before.instemming).not.toBeNull();
    expect((await today()).corrections).toEqual([]);

    const address = jansen().fields.find((f) => f.key === 'adres-samira')!.id;
    const asked = await samira.post(`/api/v1/gezinnen/${jansen().id}/correctieverzoeken`, { clientId: randomUUID(), target: { kind: 'member-field', id: address }, kind: 'wijzigen', proposedText: 'Lindelaan 14', reason: 'Het huisnummer klopt niet.' });
    expect(asked.statusCode, asked.body).toBe(201);
    await samira.post(`/api/v1/gezinnen/${jansen().id}/contactwijzigingen`, { clientId: randomUUID(), field: 'adres', street: 'Merelstraat', houseNumber: '41a', postcode: '3581ab', city: 'Utrecht' });
    const versionId = jansen().plan.versionId;
    expect((await samira.post(`/api/v1/gezinnen/${jansen().id}/instemming`, { clientId: randomUUID(), versionId, decision: 'eens' })).statusCode).toBe(201);
    const henk = jansen().members.find((m) => m.key === 'henk')!.id;
    expect((await fatima.post(`/api/v1/gezinnen/${jansen().id}/gezinsleden/${henk}/code`, {})).statusCode).toBe(201);

    const now = await today();
    expect(now.corrections).toEqual([expect.objectContaining({ id: asked.json().id, familyId: jansen().id, requesterName: 'Samira', overdue: false })]);
    const row = now.families.find((f) => f.id === jansen().id)!;
    expect(row.contactChanges).toBe(before.contactChanges + 1);
    expect(row.instemming).toEqual({ answered: before.instemming!.answered + 1, total: before.instemming!.total });
    expect(row.openCodes).toBe(before.openCodes + 1);
  });

  it('counts members’ questions to move an appointment until she answers them', async () => {
    const samiraId = jansen().members.find((m) => m.key === 'samira')!.id;
    const before = (await jansenRow()).openMoveRequests;
    const planned = await fatima.post(`/api/v1/gezinnen/${jansen().id}/afspraken`, {
      clientId: randomUUID(), title: 'Gesprek', start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T10:00:00.000Z',
      place: { kind: 'telefoon', value: '030 123 45 67' }, memberIds: [samiraId], professionalIds: [], placeHiddenFrom: [],
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const asked = await samira.post(`/api/v1/gezinnen/${jansen().id}/afspraken/${planned.json().id}/verplaatsverzoeken`, { clientId: randomUUID(), reason: 'Ik moet werken.' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await jansenRow()).openMoveRequests).toBe(before + 1);
    const verzoekId = asked.json().verplaatsverzoeken[0].id;
    expect((await fatima.post(`/api/v1/gezinnen/${jansen().id}/afspraken/${planned.json().id}/verplaatsverzoeken/${verzoekId}/antwoord`, { kind: 'nee', message: 'Het kan niet anders.' })).statusCode).toBe(200);
    expect((await jansenRow()).openMoveRequests).toBe(before);
  });

  it('counts questions for toestemming that still wait for an answer, and no longer once answered', async () => {
    const before = (await jansenRow()).openConsentRequests;
    const samiraId = jansen().members.find((m) => m.key === 'samira')!.id;
    const asked = await fatima.post(`/api/v1/gezinnen/${jansen().id}/toestemmingsverzoeken`, {
      clientId: randomUUID(), subjectMemberId: samiraId, organisation: 'Jeugdarts GGD', purpose: 'Afstemmen.', dataKinds: ['gezinsplan'], validUntil: '2027-06-30',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await jansenRow()).openConsentRequests).toBe(before + 1);
    t.clock.advance(1000);
    expect((await samira.post(`/api/v1/gezinnen/${jansen().id}/toestemmingsverzoeken/${asked.json().id}/antwoord`, { clientId: randomUUID(), answer: 'nee' })).statusCode).toBe(201);
    expect((await jansenRow()).openConsentRequests).toBe(before);
  });

  it('holds only the families she is assigned to, not one she also belongs to as a member', async () => {
    const deVries = t.world.families.find((f) => f.key === 'de-vries')!;
    const fatimaId = t.userIdOf('fatima');
    await t.db.query(`insert into members (id, family_id, user_id, first_name, last_name, role, birth_date) values ($1, $2, $3, 'Fatima', 'Yilmaz', 'volwassene', '1985-03-01')`, [randomUUID(), deVries.id, fatimaId]);
    // On PostgreSQL the account cache hears of this by NOTIFY only a moment later: drop it now.
    t.services.directory.forget();
    const families = await (await fatima.get('/api/v1/gezinnen')).json();
    expect(families.map((f: { id: string }) => f.id)).toContain(deVries.id);
    const now = await today();
    expect(now.families.map((f) => f.id)).toEqual([jansen().id]);
  });

  it('is for professionals only: a member gets 403', async () => {
    expect((await samira.get('/api/v1/werk/vandaag')).statusCode).toBe(403);
  });

  it("lists a member's comment as unanswered until a professional replies, and a document a member shared as new", async () => {
    const before = await today();
    const comment = await samira.post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), body: 'Kunnen we de afspraak verzetten?' });
    expect(comment.statusCode, comment.body).toBe(201);
    const threadId = comment.json().id;

    const waiting = await today();
    expect(waiting.unansweredComments).toContainEqual(expect.objectContaining({ id: threadId, familyId: jansen().id, authorName: 'Samira', body: 'Kunnen we de afspraak verzetten?' }));
    expect(waiting.families.find((f) => f.id === jansen().id)!.unansweredComments).toBe(before.families.find((f) => f.id === jansen().id)!.unansweredComments + 1);

    t.clock.advance(60_000);
    expect((await fatima.post(`/api/v1/gezinnen/${jansen().id}/reacties/${threadId}/antwoorden`, { clientId: randomUUID(), body: 'Ja, ik bel u morgen.' })).statusCode).toBe(201);
    const answered = await today();
    expect(answered.unansweredComments.map((c) => c.id)).not.toContain(threadId);
    expect(answered.families.find((f) => f.id === jansen().id)!.unansweredComments).toBe(before.families.find((f) => f.id === jansen().id)!.unansweredComments);

    // Samira writes again in the same thread: it waits for an answer once more.
    t.clock.advance(60_000);
    expect((await samira.post(`/api/v1/gezinnen/${jansen().id}/reacties/${threadId}/antwoorden`, { clientId: randomUUID(), body: 'Dank u. Na drie uur kan ik.' })).statusCode).toBe(201);
    expect((await today()).unansweredComments).toContainEqual(expect.objectContaining({ id: threadId, body: 'Dank u. Na drie uur kan ik.' }));

    const noor = await t.as('noor');
    const upload = await noor.request({
      method: 'PUT',
      url: `/api/v1/gezinnen/${jansen().id}/uploads/${randomUUID()}`,
      payload: Buffer.from(pdfDocument()),
      headers: { 'content-type': 'application/octet-stream', 'x-document-name': encodeURIComponent('rooster Noor.pdf') },
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fresh = await today();
    expect(fresh.newDocuments[0]).toEqual(expect.objectContaining({ id: upload.json().id, familyId: jansen().id, name: 'rooster Noor.pdf', uploaderName: 'Noor' }));
    expect(fresh.families.find((f) => f.id === jansen().id)!.newDocuments).toBe(before.families.find((f) => f.id === jansen().id)!.newDocuments + 1);

    // After the two weeks "Vandaag" counts as new, it is no longer new.
    t.clock.advance((newDocumentDays + 1) * 24 * 60 * 60 * 1000);
    // A fresh sign-in: her session of two weeks ago has ended.
    const later = (await (await t.as('fatima')).get('/api/v1/werk/vandaag')).json() as TodayView;
    expect(later.newDocuments.map((d) => d.id)).not.toContain(upload.json().id);
  });
});
