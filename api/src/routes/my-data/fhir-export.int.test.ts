import type { MyDataExport } from '@onsplan/shared';
import { addDays, dutchDay } from '@onsplan/shared';
import { demoCanaries } from '@onsplan/shared/demo';
import type { AuditEvent, Bundle, CarePlan, Resource } from '@medplum/fhirtypes';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirBundleOf } from '../../export/fhir/bundle.ts';
import { stableUuid } from '../../export/fhir/ids.ts';
import { testEngine } from '../../test/db.ts';
import { jpegPhoto } from '../../test/document-fixtures.ts';
import { fhirIssues, loadFhirDefinitions } from '../../test/fhir-validator.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

/**
 * The FHIR download of "Mijn gegevens" (issue 12 point 9): for every demo member it is valid R4,
 * holds exactly the objects of her JSON export, and so no canary that is never for her.
 */

let t: TestApp;
const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const deVries = () => t.world.families.find((f) => f.key === 'de-vries')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const base = () => `/api/v1/gezinnen/${jansen().id}`;

// Every kind of object a member can have in her export, written by her and to her, so each mapper runs.
beforeAll(async () => {
  loadFhirDefinitions();
  t = await testApp({ writeRateLimit: 10_000 });
  const samira = await t.as('samira');
  const mark = await t.as('mark');
  const noor = await t.as('noor');
  const fatima = await t.as('fatima');
  const created = (response: { statusCode: number; body: string }) => {
    expect([200, 201], response.body).toContain(response.statusCode);
    return JSON.parse(response.body);
  };
  created(await samira.post(`${base()}/reacties`, { clientId: randomUUID(), itemKey: itemKey('samen-praten'), body: 'Samira schrijft hier.' }));
  created(await noor.post(`${base()}/reacties`, { clientId: randomUUID(), body: 'Alleen voor Fatima.', audience: 'alleen-professionals' }));
  created(await mark.post(`${base()}/reacties`, { clientId: randomUUID(), body: 'Mark schrijft ook.' }));
  created(await samira.post(`${base()}/instemming`, { clientId: randomUUID(), versionId: jansen().plan.versionId, decision: 'eens-met-opmerking', remark: 'Goed zo.' }));
  const validUntil = addDays(dutchDay(t.clock.now()), 90);
  for (const agent of [samira, mark]) {
    const self = agent === samira ? memberId('samira') : memberId('mark');
    created(await agent.post(`${base()}/toestemmingen`, { clientId: randomUUID(), subjectMemberId: self, recipient: { kind: 'organisatie', name: 'Huisarts' }, purpose: 'Afstemmen.', decision: 'gegeven', validUntil }));
  }
  const asked = created(await samira.post(`${base()}/correctieverzoeken`, { clientId: randomUUID(), target: { kind: 'plan-item', id: itemKey('samen-praten') }, kind: 'wijzigen', proposedText: 'Anders.', reason: 'Dit klopt niet.' }));
  created(await fatima.post(`${base()}/correctieverzoeken/${asked.id}/besluit`, { outcome: 'afwijzen', reasons: 'Dit blijft zo.' }));
  created(await samira.post(`${base()}/correctieverzoeken/${asked.id}/eigen-verklaringen`, { clientId: randomUUID(), body: 'Ik zie het anders.' }));
  created(await samira.post(`${base()}/scores`, { clientId: randomUUID(), itemKey: itemKey('veilig-thuis-samira'), value: 7, note: 'Beter.' }));
  created(
    await samira.request({
      method: 'PUT',
      url: `${base()}/uploads/${randomUUID()}`,
      payload: Buffer.from(jpegPhoto()),
      headers: { 'content-type': 'application/octet-stream', 'x-document-name': 'foto.jpg', 'x-document-audience': `leden:${memberId('noor')}` },
    }),
  );
  created(await samira.post(`${base()}/contactwijzigingen`, { clientId: randomUUID(), field: 'telefoon', phone: '0612345678' }));
  // A call-back request without words and a help question, each answered by Fatima.
  for (const thread of [{ kind: 'terugbellen', callMoment: 'ochtend' }, { kind: 'hulp', topic: 'geld', body: 'Ik heb schulden.' }]) {
    const started = created(await samira.post(`${base()}/contact`, { clientId: randomUUID(), ...thread }));
    created(await fatima.post(`${base()}/contact/${started.id}/antwoorden`, { clientId: randomUUID(), body: 'Ik bel u morgen.' }));
  }
  // Samira and Noor take part; the place (Samira's address, a canary) is hidden from Noor.
  const planned = created(
    await fatima.post(`${base()}/afspraken`, {
      clientId: randomUUID(),
      title: 'Gesprek',
      start: '2026-12-01T09:00:00.000Z',
      end: '2026-12-01T10:00:00.000Z',
      place: { kind: 'adres', value: `${demoCanaries.samiraAddress.text}, Utrecht` },
      memberIds: [memberId('samira'), memberId('noor')],
      professionalIds: [],
      placeHiddenFrom: [memberId('noor')],
    }),
  );
  const move = created(await samira.post(`${base()}/afspraken/${planned.id}/verplaatsverzoeken`, { clientId: randomUUID(), reason: 'Ik moet werken.' }));
  created(await fatima.post(`${base()}/afspraken/${planned.id}/verplaatsverzoeken/${move.verplaatsverzoeken[0].id}/antwoord`, { kind: 'nee', message: 'Het kan niet anders.' }));
  await t.services.log.drain();
}, 120_000);
afterAll(async () => t.close());

type Ids = Record<string, string[]>;

/** The objects of the JSON export by kind, as the FHIR export must name them. */
function jsonIds(data: MyDataExport): Ids {
  const decisions = data.toestemming?.toestemmingen.flatMap((s) => [...s.history, ...s.deciders.flatMap((d) => (d.decision ? [d.decision] : []))]) ?? [];
  const answers = data.instemming?.mine.flatMap((m) => [m.answer, m.previous].flatMap((a) => (a ? [a.id] : []))) ?? [];
  const verklaringen = [...(data.correctieverzoeken?.correctieverzoeken.flatMap((r) => r.eigenVerklaringen) ?? []), ...(data.eigenVerklaringen?.eigenVerklaringen ?? [])];
  const afspraken = data.agenda?.afspraken ?? [];
  return sorted({
    gezinslid: data.family.members.map((m) => m.id),
    planversie: data.plan ? [data.plan.version.id] : [],
    onderdeel: data.plan?.items.map((i) => i.id) ?? [],
    // A doel is one Goal named by its key, the same in every version, so a next export updates it.
    doel: data.plan?.items.filter((i) => i.kind === 'doel').map((i) => i.key) ?? [],
    reactie: data.comments?.comments.map((c) => c.id) ?? [],
    instemming: answers,
    toestemming: decisions.map((d) => d.id),
    correctieverzoek: data.correctieverzoeken?.correctieverzoeken.map((r) => r.id) ?? [],
    'eigen-verklaring': verklaringen.map((v) => v.id),
    document: data.documents?.documents.map((d) => d.id) ?? [],
    contactwijziging: data.contactChanges?.changes.map((c) => c.id) ?? [],
    contactbericht: data.contact?.threads.flatMap((t) => t.messages.map((m) => m.id)) ?? [],
    afspraak: afspraken.map((a) => a.id),
    verplaatsverzoek: afspraken.flatMap((a) => a.verplaatsverzoeken.map((v) => v.id)),
    verplaatsantwoord: afspraken.flatMap((a) => a.verplaatsverzoeken.flatMap((v) => (v.answer ? [v.id] : []))),
    score: data.scores?.doelen.flatMap((d) => d.scores.map((s) => s.id)) ?? [],
  });
}

/** The same from the bundle: each resource by the Ons Plan identifier it carries first, each activity by its element id. */
function fhirIds(bundle: Bundle): Ids {
  const ids: Ids = { onderdeel: [] };
  for (const { resource } of bundle.entry ?? []) {
    const own = (resource as { identifier?: { system?: string; value?: string }[] }).identifier?.[0];
    if (!own?.system?.startsWith('urn:onsplan:') || !own.value) continue;
    const kind = own.system.slice('urn:onsplan:'.length);
    (ids[kind] ??= []).push(own.value);
    if (resource!.resourceType === 'CarePlan') ids.onderdeel!.push(...((resource as CarePlan).activity ?? []).map((a) => a.id!));
  }
  return sorted(ids);
}

function sorted(ids: Ids): Ids {
  return Object.fromEntries(Object.entries(ids).filter(([, list]) => list.length > 0).map(([kind, list]) => [kind, [...new Set(list)].sort()]));
}

const auditIds = (bundle: Bundle) => resourcesOf<AuditEvent>(bundle, 'AuditEvent').map((e) => e.id!).sort();

const resourcesOf = <R extends Resource>(bundle: Bundle, type: R['resourceType']) => (bundle.entry ?? []).map((e) => e.resource!).filter((r): r is R => r.resourceType === type);

describe(`the FHIR download of mijn gegevens on ${testEngine()}`, () => {
  it.each([
    ['samira', 'jansen'],
    ['mark', 'jansen'],
    ['noor', 'jansen'],
    ['daan', 'jansen'],
    ['henk', 'jansen'],
    ['ria', 'jansen'],
    ['willem', 'de-vries'],
    ['peter', 'de-vries'],
  ] as const)('for %s is valid FHIR R4 with exactly the objects of the JSON export, and no canary not for them', async (person, family) => {
    const agent = await t.as(person);
    const familyId = family === 'jansen' ? jansen().id : deVries().id;
    await t.services.log.drain();
    const json = await agent.get(`/api/v1/gezinnen/${familyId}/export`);
    expect(json.statusCode).toBe(200);
    await t.services.log.drain();
    const response = await agent.get(`/api/v1/gezinnen/${familyId}/export/fhir`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="ons-plan-mijn-gegevens-\d{4}-\d{2}-\d{2}\.fhir\.json"$/);
    const bundle = response.json() as Bundle;
    const data = json.json() as MyDataExport;

    expect(fhirIssues(bundle)).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(new Set(bundle.entry!.map((e) => e.fullUrl)).size).toBe(bundle.entry!.length);

    // Made from the JSON answer itself, the bundle names exactly its objects, access log included.
    const fromJson = fhirBundleOf(data);
    expect({ ...fhirIds(fromJson), toegang: auditIds(fromJson) }).toEqual({ ...jsonIds(data), toegang: (data.accessLog ?? []).map((e) => stableUuid('toegang', e.id)).sort() });
    // The download itself is a second export: the same objects; its log also holds what the JSON download just wrote.
    expect(fhirIds(bundle)).toEqual(jsonIds(data));
    expect(resourcesOf(bundle, 'Patient')).toHaveLength(1);
    expect(resourcesOf(bundle, 'RelatedPerson')).toHaveLength(data.family.members.length - 1);
    const logIds = new Set(auditIds(fromJson));
    const events = resourcesOf<AuditEvent>(bundle, 'AuditEvent');
    expect(events.filter((e) => logIds.has(e.id!))).toHaveLength(logIds.size);
    for (const e of events.filter((e) => !logIds.has(e.id!))) expect(e.recorded >= data.exportedAt, `${e.subtype?.[0]?.code} at ${e.recorded}`).toBe(true);

    for (const canary of Object.values(demoCanaries)) {
      if ((canary.neverFor as readonly string[]).includes(person)) expect(response.body, `${canary.text} reached ${person}`).not.toContain(canary.text);
    }
  });

  it('the scan can fail: Samira’s own file holds her address, her request with its eigen verklaring, and her appointment’s place', async () => {
    const response = await (await t.as('samira')).get(`${base()}/export/fhir`);
    const bundle = response.json() as Bundle;
    expect(response.body).toContain(demoCanaries.samiraAddress.text);
    const tasks = resourcesOf<Resource & { businessStatus?: { coding?: { code?: string }[] } }>(bundle, 'Task').map((r) => r.businessStatus?.coding?.[0]?.code);
    expect(tasks).toEqual(expect.arrayContaining(['denied', 'disagreement-logged']));
    for (const type of ['CarePlan', 'Goal', 'Consent', 'Communication', 'DocumentReference', 'Appointment', 'Observation', 'AuditEvent']) expect(resourcesOf(bundle, type as Resource['resourceType']).length, type).toBeGreaterThan(0);
  });

  it('is logged as an export of mijn gegevens, like the JSON download', async () => {
    const noor = await t.as('noor');
    const count = async () => (await t.db.query<{ n: number }>(`select count(*)::int as n from access_log where actor_user_id = $1 and action = 'exporteren' and object_kind = 'mijn-gegevens'`, [t.userIdOf('noor')]))[0]!.n;
    await t.services.log.drain();
    const before = await count();
    expect((await noor.get(`${base()}/export/fhir`)).statusCode).toBe(200);
    await t.services.log.drain();
    expect(await count()).toBe(before + 1);
  });

  it('the OpenAPI document names its media type', async () => {
    const doc = (await t.anonymous().get('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths['/gezinnen/{familyId}/export/fhir'].get.responses['200'].content)).toEqual(['application/fhir+json']);
  });

  it('a professional gets 403 and an outsider the 404 of an unknown family', async () => {
    expect((await (await t.as('fatima')).get(`${base()}/export/fhir`)).statusCode).toBe(403);
    const willem = await t.as('willem');
    const hidden = await willem.get(`${base()}/export/fhir`);
    const unknown = await willem.get(`/api/v1/gezinnen/${randomUUID()}/export/fhir`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
  });
});
