import { demoCanaries } from '@onsplan/shared/demo';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegPhoto } from '../../api/src/test/document-fixtures.ts';
import { testApp, type Agent, type TestApp } from '../../api/src/test/harness.ts';

/**
 * Every route of the API × every demo person (REQUIREMENTS C1). The table below names every
 * route; a route that is not in it fails the first test, so no new route can skip this matrix.
 * Family reads have their status per person written out, for both households; every family route
 * called by an outsider, with any method, must answer exactly like an unknown family; and no body
 * any person receives may hold a canary that is never for them.
 */

type Kind = 'sign-in' | 'own-account' | 'family-read' | 'family-write' | 'professional';

const routeTable: Record<string, Kind> = {
  'POST /api/v1/auth/uitnodiging': 'sign-in',
  'POST /api/v1/auth/registratie': 'sign-in',
  'POST /api/v1/auth/inlog-opties': 'sign-in',
  'POST /api/v1/auth/inlog': 'sign-in',
  'POST /api/v1/auth/uitlog': 'sign-in',
  'GET /api/v1/ik/helpen': 'own-account',
  'POST /api/v1/ik/helpen': 'own-account',
  'POST /api/v1/ik/helpen/:delegationId/beeindiging': 'own-account',
  'GET /api/v1/gezinnen/:familyId/helpers': 'family-read',
  'POST /api/v1/gezinnen/:familyId/helpers/uitnodigingen': 'family-write',
  'DELETE /api/v1/gezinnen/:familyId/helpers/uitnodigingen/:invitationId': 'family-write',
  'PATCH /api/v1/gezinnen/:familyId/helpers/:delegationId': 'family-write',
  'POST /api/v1/gezinnen/:familyId/helpers/:delegationId/beeindiging': 'family-write',
  'GET /api/v1/ik': 'own-account',
  'GET /api/v1/ik/sessies': 'own-account',
  'DELETE /api/v1/ik/sessies/:id': 'own-account',
  'GET /api/v1/ik/inlogsleutels': 'own-account',
  'DELETE /api/v1/ik/inlogsleutels/:id': 'own-account',
  'GET /api/v1/ik/meldingen': 'own-account',
  'POST /api/v1/ik/meldingen': 'own-account',
  'DELETE /api/v1/ik/meldingen/:id': 'own-account',
  'GET /api/v1/gezinnen': 'own-account',
  'GET /api/v1/gezinnen/:familyId': 'family-read',
  'GET /api/v1/gezinnen/:familyId/plan': 'family-read',
  'POST /api/v1/gezinnen/:familyId/afdrukken': 'family-write',
  'GET /api/v1/gezinnen/:familyId/reacties': 'family-read',
  'POST /api/v1/gezinnen/:familyId/reacties': 'family-write',
  'POST /api/v1/gezinnen/:familyId/reacties/:commentId/antwoorden': 'family-write',
  'POST /api/v1/gezinnen/:familyId/reacties/leesbevestiging': 'family-write',
  'POST /api/v1/gezinnen/:familyId/gesprekken': 'family-write',
  'GET /api/v1/gezinnen/:familyId/scores': 'family-read',
  'POST /api/v1/gezinnen/:familyId/scores': 'family-write',
  'GET /api/v1/gezinnen/:familyId/wat-vindt-u-ervan': 'family-read',
  'POST /api/v1/gezinnen/:familyId/wat-vindt-u-ervan': 'family-write',
  'GET /api/v1/werk/tevredenheid': 'professional',
  'GET /api/v1/gezinnen/:familyId/export': 'family-read',
  'GET /api/v1/gezinnen/:familyId/export/fhir': 'family-read',
  'GET /api/v1/gezinnen/:familyId/synchronisatie': 'family-read',
  'GET /api/v1/gezinnen/:familyId/documenten': 'family-read',
  'PUT /api/v1/gezinnen/:familyId/uploads/:clientId': 'family-write',
  'DELETE /api/v1/gezinnen/:familyId/documenten/:documentId': 'family-write',
  'GET /api/v1/gezinnen/:familyId/documenten/:documentId/download': 'family-write',
  'GET /api/v1/gezinnen/:familyId/instemming': 'family-read',
  'POST /api/v1/gezinnen/:familyId/instemming': 'family-write',
  'POST /api/v1/gezinnen/:familyId/instemming/herinneringen': 'family-write',
  'GET /api/v1/gezinnen/:familyId/toestemmingen': 'family-read',
  'POST /api/v1/gezinnen/:familyId/toestemmingen': 'family-write',
  'POST /api/v1/gezinnen/:familyId/toestemmingen/:toestemmingId/intrekking': 'family-write',
  'GET /api/v1/gezinnen/:familyId/toestemmingsverzoeken': 'family-read',
  'POST /api/v1/gezinnen/:familyId/toestemmingsverzoeken': 'family-write',
  'POST /api/v1/gezinnen/:familyId/toestemmingsverzoeken/:requestId/antwoord': 'family-write',
  'POST /api/v1/gezinnen/:familyId/toestemmingsverzoeken/:requestId/intrekking': 'family-write',
  'GET /api/v1/gezinnen/:familyId/afspraken': 'family-read',
  'POST /api/v1/gezinnen/:familyId/afspraken': 'family-write',
  'PUT /api/v1/gezinnen/:familyId/afspraken/:afspraakId': 'family-write',
  'POST /api/v1/gezinnen/:familyId/afspraken/:afspraakId/annulering': 'family-write',
  // One object by id, like a document download: its statuses per person are written out below.
  'GET /api/v1/gezinnen/:familyId/afspraken/:afspraakId/ics': 'family-write',
  'POST /api/v1/gezinnen/:familyId/afspraken/:afspraakId/verplaatsverzoeken': 'family-write',
  'POST /api/v1/gezinnen/:familyId/afspraken/:afspraakId/verplaatsverzoeken/:verzoekId/antwoord': 'family-write',
  'GET /api/v1/gezinnen/:familyId/plan/versies': 'family-read',
  'POST /api/v1/gezinnen/:familyId/plan/versies': 'family-write',
  'GET /api/v1/gezinnen/:familyId/plan/concept': 'family-read',
  'PUT /api/v1/gezinnen/:familyId/plan/concept': 'family-write',
  'DELETE /api/v1/gezinnen/:familyId/plan/concept': 'family-write',
  'GET /api/v1/gezinnen/:familyId/plan/concept/voorbeeld/:memberId': 'family-write',
  'GET /api/v1/gezinnen/:familyId/plan/concept/wijzigingen': 'family-read',
  'POST /api/v1/gezinnen/:familyId/plan/concept/publicatie': 'family-write',
  'POST /api/v1/gezinnen/:familyId/correctieverzoeken': 'family-write',
  'GET /api/v1/gezinnen/:familyId/correctieverzoeken': 'family-read',
  'GET /api/v1/correctieverzoeken/inbox': 'professional',
  'POST /api/v1/gezinnen/:familyId/correctieverzoeken/:requestId/behandeling': 'family-write',
  'POST /api/v1/gezinnen/:familyId/correctieverzoeken/:requestId/verlenging': 'family-write',
  'POST /api/v1/gezinnen/:familyId/correctieverzoeken/:requestId/besluit': 'family-write',
  'POST /api/v1/gezinnen/:familyId/correctieverzoeken/:requestId/eigen-verklaringen': 'family-write',
  'GET /api/v1/gezinnen/:familyId/eigen-verklaringen': 'family-read',
  'DELETE /api/v1/gezinnen/:familyId/eigen-verklaringen/:verklaringId': 'family-write',
  'GET /api/v1/gezinnen/:familyId/logboek': 'family-read',
  'GET /api/v1/gezinnen/:familyId/namens-gedaan': 'family-read',
  'GET /api/v1/gezinnen/:familyId/wat-zien-je-ouders': 'family-read',
  'PUT /api/v1/gezinnen/:familyId/wat-zien-je-ouders/keuze': 'family-write',
  'GET /api/v1/gezinnen/:familyId/contactwijzigingen': 'family-read',
  'POST /api/v1/gezinnen/:familyId/contactwijzigingen': 'family-write',
  'POST /api/v1/gezinnen/:familyId/contactwijzigingen/:changeId/akkoord': 'family-write',
  'POST /api/v1/gezinnen/:familyId/contactwijzigingen/:changeId/afwijzing': 'family-write',
  'POST /api/v1/gezinnen': 'professional',
  'GET /api/v1/gezinnen/:familyId/beheer': 'family-read',
  'POST /api/v1/gezinnen/:familyId/gezinsleden': 'family-write',
  'POST /api/v1/gezinnen/:familyId/relaties': 'family-write',
  'PATCH /api/v1/gezinnen/:familyId/gezinsleden/:memberId': 'family-write',
  'DELETE /api/v1/gezinnen/:familyId/gezinsleden/:memberId': 'family-write',
  'PATCH /api/v1/gezinnen/:familyId/relaties/:relationId': 'family-write',
  'DELETE /api/v1/gezinnen/:familyId/relaties/:relationId': 'family-write',
  'POST /api/v1/gezinnen/:familyId/gezinsleden/:memberId/velden': 'family-write',
  'POST /api/v1/gezinnen/:familyId/overdracht': 'family-write',
  'GET /api/v1/gezinnen/:familyId/overdracht/kandidaten': 'family-read',
  'GET /api/v1/gezinnen/:familyId/accounts': 'family-read',
  'POST /api/v1/gezinnen/:familyId/gezinsleden/:memberId/code': 'family-write',
  'GET /api/v1/werk/vandaag': 'professional',
  'GET /api/v1/ik/werkprofiel': 'professional',
  'PUT /api/v1/ik/werkprofiel': 'professional',
  'GET /api/v1/gezinnen/:familyId/hulpverleners': 'family-read',
  'DELETE /api/v1/gezinnen/:familyId/gezinsleden/:memberId/inlogsleutels/:passkeyId': 'family-write',
  'GET /api/v1/gezinnen/:familyId/contact': 'family-read',
  'POST /api/v1/gezinnen/:familyId/contact': 'family-write',
  'POST /api/v1/gezinnen/:familyId/contact/leesbevestiging': 'family-write',
  'POST /api/v1/gezinnen/:familyId/contact/:threadId/antwoorden': 'family-write',
  'POST /api/v1/gezinnen/:familyId/contact/:threadId/afhandeling': 'family-write',
  'GET /api/v1/werk/berichten': 'professional',
};

const people = ['samira', 'mark', 'noor', 'daan', 'henk', 'ria', 'fatima', 'jeroen', 'willem', 'peter', 'karim', 'beheer'] as const;
type Person = (typeof people)[number];

// Who is inside each household: they get 200 on its reads, unless a read is not theirs (403).
const insiders: Record<'jansen' | 'de-vries', readonly Person[]> = {
  jansen: ['samira', 'mark', 'noor', 'daan', 'henk', 'ria', 'fatima', 'jeroen'],
  'de-vries': ['willem', 'peter', 'jeroen', 'karim'],
};
const professionals: readonly Person[] = ['fatima', 'jeroen', 'karim'];
// Reads that are a member's own right (D3, A7): a professional of the family gets 403.
const memberOnlyReads = new Set([
  'GET /api/v1/gezinnen/:familyId/logboek',
  'GET /api/v1/gezinnen/:familyId/namens-gedaan',
  'GET /api/v1/gezinnen/:familyId/export',
  'GET /api/v1/gezinnen/:familyId/export/fhir',
]);
// Reads that are the professionals' work (managing the family, the draft of the next plan version):
// a member or helper of the family gets 403.
const professionalOnlyReads = new Set([
  'GET /api/v1/gezinnen/:familyId/beheer',
  'GET /api/v1/gezinnen/:familyId/accounts',
  'GET /api/v1/gezinnen/:familyId/overdracht/kandidaten',
  'GET /api/v1/gezinnen/:familyId/plan/concept',
  'GET /api/v1/gezinnen/:familyId/plan/concept/wijzigingen',
]);

/**
 * Whom a hand-over can go to: the professionals of a family get an answer (the regisseur her list,
 * Jeroen of Veilig Thuis, betrokken in both, that he may not hand over); members and helpers 403;
 * outsiders the 404 of an unknown family.
 */
const handOverCandidatesStatus: Record<Person, Record<'jansen' | 'de-vries', 200 | 403 | 404>> = {
  samira: { jansen: 403, 'de-vries': 404 },
  mark: { jansen: 403, 'de-vries': 404 },
  noor: { jansen: 403, 'de-vries': 404 },
  daan: { jansen: 403, 'de-vries': 404 },
  henk: { jansen: 403, 'de-vries': 404 },
  ria: { jansen: 403, 'de-vries': 404 },
  fatima: { jansen: 200, 'de-vries': 404 },
  jeroen: { jansen: 200, 'de-vries': 200 },
  willem: { jansen: 404, 'de-vries': 403 },
  peter: { jansen: 404, 'de-vries': 403 },
  karim: { jansen: 404, 'de-vries': 200 },
  beheer: { jansen: 404, 'de-vries': 404 },
};

/**
 * "Wie helpt mij?": a member of 16 or older reads her own helpers, a professional of the family
 * every member's; a helper never manages help (Ria 403), nor does a youth under 16 (Daan 403).
 */
const helpersStatus: Record<Person, Record<'jansen' | 'de-vries', 200 | 403 | 404>> = {
  samira: { jansen: 200, 'de-vries': 404 },
  mark: { jansen: 200, 'de-vries': 404 },
  noor: { jansen: 200, 'de-vries': 404 },
  daan: { jansen: 403, 'de-vries': 404 },
  henk: { jansen: 200, 'de-vries': 404 },
  ria: { jansen: 403, 'de-vries': 404 },
  fatima: { jansen: 200, 'de-vries': 404 },
  jeroen: { jansen: 200, 'de-vries': 200 },
  willem: { jansen: 404, 'de-vries': 200 },
  peter: { jansen: 404, 'de-vries': 200 },
  karim: { jansen: 404, 'de-vries': 200 },
  beheer: { jansen: 404, 'de-vries': 404 },
};

/**
 * "Wat zien je ouders van jou?" is a youth's own (12 to 17): Noor and Daan read it; every other
 * insider, adults, Ria and professionals alike, gets 403; outsiders the 404 of an unknown family.
 */
const youthSayStatus: Record<Person, Record<'jansen' | 'de-vries', 200 | 403 | 404>> = {
  samira: { jansen: 403, 'de-vries': 404 },
  mark: { jansen: 403, 'de-vries': 404 },
  noor: { jansen: 200, 'de-vries': 404 },
  daan: { jansen: 200, 'de-vries': 404 },
  henk: { jansen: 403, 'de-vries': 404 },
  ria: { jansen: 403, 'de-vries': 404 },
  fatima: { jansen: 403, 'de-vries': 404 },
  jeroen: { jansen: 403, 'de-vries': 403 },
  willem: { jansen: 404, 'de-vries': 403 },
  peter: { jansen: 404, 'de-vries': 403 },
  karim: { jansen: 404, 'de-vries': 403 },
  beheer: { jansen: 404, 'de-vries': 404 },
};

/**
 * "Wat vindt u ervan?" is a member's own opinion: each member of the household reads whether she
 * may answer; her helper and the professionals get 403; outsiders the 404 of an unknown family.
 */
const satisfactionStatus: Record<Person, Record<'jansen' | 'de-vries', 200 | 403 | 404>> = {
  samira: { jansen: 200, 'de-vries': 404 },
  mark: { jansen: 200, 'de-vries': 404 },
  noor: { jansen: 200, 'de-vries': 404 },
  daan: { jansen: 200, 'de-vries': 404 },
  henk: { jansen: 200, 'de-vries': 404 },
  ria: { jansen: 403, 'de-vries': 404 },
  fatima: { jansen: 403, 'de-vries': 404 },
  jeroen: { jansen: 403, 'de-vries': 403 },
  willem: { jansen: 404, 'de-vries': 200 },
  peter: { jansen: 404, 'de-vries': 200 },
  karim: { jansen: 404, 'de-vries': 403 },
  beheer: { jansen: 404, 'de-vries': 404 },
};

/** The written-out expectation: one row per family read, one column per person. */
function expectedStatus(route: string, person: Person, family: 'jansen' | 'de-vries'): number {
  if (route === 'GET /api/v1/gezinnen/:familyId/overdracht/kandidaten') return handOverCandidatesStatus[person][family];
  if (route === 'GET /api/v1/gezinnen/:familyId/helpers') return helpersStatus[person][family];
  if (route === 'GET /api/v1/gezinnen/:familyId/wat-zien-je-ouders') return youthSayStatus[person][family];
  if (route === 'GET /api/v1/gezinnen/:familyId/wat-vindt-u-ervan') return satisfactionStatus[person][family];
  if (!insiders[family].includes(person)) return 404;
  if (memberOnlyReads.has(route) && professionals.includes(person)) return 403;
  if (professionalOnlyReads.has(route) && !professionals.includes(person)) return 403;
  return 200;
}

let t: TestApp;
const agents = new Map<Person, Agent>();
const bodies = new Map<Person, string[]>();
const familyId = (key: 'jansen' | 'de-vries') => t.world.families.find((f) => f.key === key)!.id;

beforeAll(async () => {
  // Each person calls every family write here within a minute; the per-account write limit (60 a
  // minute, tested in rate-limits.int.test.ts) would answer 429 before the access rules speak.
  t = await testApp({ writeRateLimit: 10_000 });
  for (const person of people) {
    agents.set(person, await t.as(person));
    bodies.set(person, []);
  }
}, 120_000);
afterAll(async () => t.close());

const withParams = (url: string, family: string) => url.replace(':familyId', family).replace(/:\w+/g, () => randomUUID().replace(/-/g, '').slice(0, 16).padEnd(16, '0'));

async function call(person: Person, method: string, url: string) {
  const agent = agents.get(person)!;
  const response = await agent.request({ method: method as 'GET', url, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
  bodies.get(person)!.push(response.body);
  return response;
}

describe('the route table', () => {
  it('names every route of the API, and nothing else', () => {
    const registered = t.routes.filter((r) => r.url.startsWith('/api/v1/')).map((r) => `${r.method} ${r.url}`).sort();
    expect(registered).toEqual(Object.keys(routeTable).sort());
  });

  it('every route but sign-in answers 401 without a session', async () => {
    for (const [route, kind] of Object.entries(routeTable)) {
      if (kind === 'sign-in') continue;
      const [method, url] = route.split(' ') as [string, string];
      const response = await t.anonymous().request({ method: method as 'GET', url: withParams(url, familyId('jansen')) });
      expect(response.statusCode, route).toBe(401);
      expect(response.headers['content-type'], route).toContain('application/problem+json');
    }
  });
});

describe.each(people)('%s', (person) => {
  const reads = Object.entries(routeTable).filter(([, kind]) => kind === 'family-read').map(([route]) => route);

  it.each(['jansen', 'de-vries'] as const)('family reads of %s answer as written out', async (family) => {
    const unknown = await call(person, 'GET', `/api/v1/gezinnen/${randomUUID()}/plan`);
    for (const route of reads) {
      const url = route.split(' ')[1]!.replace(':familyId', familyId(family));
      const response = await call(person, 'GET', url);
      expect(response.statusCode, `${route} for ${person} in ${family}`).toBe(expectedStatus(route, person, family));
      if (response.statusCode === 404) expect(response.body, `${route}: hidden looks like unknown`).toBe(unknown.body);
    }
  });

  it('no family route, with any method, lets an outsider in', async () => {
    const outside = (['jansen', 'de-vries'] as const).filter((f) => !insiders[f].includes(person));
    for (const family of outside) {
      for (const [route, kind] of Object.entries(routeTable)) {
        if (kind !== 'family-read' && kind !== 'family-write') continue;
        const [method, url] = route.split(' ') as [string, string];
        const response = await call(person, method, withParams(url, familyId(family)));
        // Schema errors (400) come before the family is opened and say nothing about it.
        expect([400, 404, 415], `${route} for ${person} outside ${family}`).toContain(response.statusCode);
      }
    }
  });
});

/**
 * Removing a document, written out per person: Samira's photo, shared with Noor. Only the uploader
 * removes it (204); who sees it but did not upload it gets 403 (Noor, Ria who helps Samira but did
 * not upload it, the professionals of the family); who does not see it gets the 404 of an unknown id.
 */
const removeStatus: Record<Person, 204 | 403 | 404> = {
  samira: 204,
  mark: 404,
  noor: 403,
  daan: 404,
  henk: 404,
  ria: 403,
  fatima: 403,
  jeroen: 403,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

describe('removing a document', () => {
  it.each(people)('%s', async (person) => {
    const jansen = t.world.families.find((f) => f.key === 'jansen')!;
    const noor = jansen.members.find((m) => m.key === 'noor')!.id;
    const upload = await agents.get('samira')!.request({
      method: 'PUT',
      url: `/api/v1/gezinnen/${jansen.id}/uploads/${randomUUID()}`,
      payload: Buffer.from(jpegPhoto()),
      headers: { 'content-type': 'application/octet-stream', 'x-document-name': 'foto.jpg', 'x-document-audience': `leden:${noor}` },
    });
    expect(upload.statusCode).toBe(201);
    const url = `/api/v1/gezinnen/${jansen.id}/documenten/${upload.json().id}`;
    const unknown = await call(person, 'DELETE', `/api/v1/gezinnen/${jansen.id}/documenten/${randomUUID()}`);
    const response = await call(person, 'DELETE', url);
    expect(response.statusCode, `${person} removes Samira's photo`).toBe(removeStatus[person]);
    if (response.statusCode === 404) expect(response.body, 'hidden looks like unknown').toBe(unknown.body);
    if (response.statusCode !== 204) expect((await agents.get('samira')!.request({ method: 'DELETE', url })).statusCode).toBe(204);
  });
});

/**
 * A youth's choice for her parents, written out per person: Noor (16) closes her own item for
 * Samira (200); Daan (13) may not choose yet, and no adult, helper or professional chooses for her
 * (403); who is not inside gets the 404 of an unknown family.
 */
const youthChoiceStatus: Record<Person, 200 | 403 | 404> = {
  samira: 403,
  mark: 403,
  noor: 200,
  daan: 403,
  henk: 403,
  ria: 403,
  fatima: 403,
  jeroen: 403,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

describe('a youth closing her item for a parent', () => {
  it.each(people)('%s', async (person) => {
    const jansen = t.world.families.find((f) => f.key === 'jansen')!;
    const payload = {
      parentIds: [jansen.members.find((m) => m.key === 'samira')!.id],
      target: { kind: 'item', key: jansen.plan.items.find((i) => i.key === 'noor-belt')!.id },
      open: false,
    };
    const response = await agents.get(person)!.request({ method: 'PUT', url: `/api/v1/gezinnen/${jansen.id}/wat-zien-je-ouders/keuze`, payload });
    expect(response.statusCode, `${person} closes Noor's item`).toBe(youthChoiceStatus[person]);
  });
});

/**
 * Scoring Samira's doel ("Hoe gaat het nu?"), written out per person: only Samira scores it (201);
 * her helper and the professionals read it but do not score for her (403); who does not read the
 * doel gets the 404 of an unknown family or doel.
 */
const scoreStatus: Record<Person, 201 | 403 | 404> = {
  samira: 201,
  mark: 404,
  noor: 404,
  daan: 404,
  henk: 404,
  ria: 403,
  fatima: 403,
  jeroen: 403,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

describe('scoring Samira’s doel', () => {
  it.each(people)('%s', async (person) => {
    const jansen = t.world.families.find((f) => f.key === 'jansen')!;
    const payload = { clientId: randomUUID(), itemKey: jansen.plan.items.find((i) => i.key === 'veilig-thuis-samira')!.id, value: 5 };
    const response = await agents.get(person)!.request({ method: 'POST', url: `/api/v1/gezinnen/${jansen.id}/scores`, payload });
    expect(response.statusCode, `${person} scores Samira's doel`).toBe(scoreStatus[person]);
  });
});

/**
 * Making a family, written out per person: any professional may start one (and becomes its regisseur);
 * members, helpers and the beheerder may not.
 */
const createFamilyStatus: Record<Person, 201 | 403> = {
  samira: 403,
  mark: 403,
  noor: 403,
  daan: 403,
  henk: 403,
  ria: 403,
  fatima: 201,
  jeroen: 201,
  willem: 403,
  peter: 403,
  karim: 201,
  beheer: 403,
};

describe('making a family', () => {
  it.each(people)('%s', async (person) => {
    const response = await agents.get(person)!.request({ method: 'POST', url: '/api/v1/gezinnen', payload: { name: `Gezin van ${person}`, kind: 'gezin' } });
    expect(response.statusCode, `${person} makes a family`).toBe(createFamilyStatus[person]);
  });
});

/**
 * Changing a family (adding a member), written out per person for Gezin Jansen: only its regisseur
 * (Fatima); Jeroen is betrokken and reads but does not change it; members and helpers get 403; who
 * is not inside gets the 404 of an unknown family.
 */
const addMemberStatus: Record<Person, 201 | 403 | 404> = {
  samira: 403,
  mark: 403,
  noor: 403,
  daan: 403,
  henk: 403,
  ria: 403,
  fatima: 201,
  jeroen: 403,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

describe('adding a member to Gezin Jansen', () => {
  it.each(people)('%s', async (person) => {
    const payload = { firstName: 'Test', lastName: person, role: 'netwerk', birthDate: '1970-01-01' };
    const response = await agents.get(person)!.request({ method: 'POST', url: `/api/v1/gezinnen/${familyId('jansen')}/gezinsleden`, payload });
    expect(response.statusCode, `${person} adds a member`).toBe(addMemberStatus[person]);
  });
});

/** "Vandaag" is a professional's overview: 200 for each professional, 403 for everyone else. */
const todayStatus: Record<Person, 200 | 403> = {
  samira: 403,
  mark: 403,
  noor: 403,
  daan: 403,
  henk: 403,
  ria: 403,
  fatima: 200,
  jeroen: 200,
  willem: 403,
  peter: 403,
  karim: 200,
  beheer: 403,
};

/**
 * Inviting a helper for oneself in Gezin Jansen, written out per person: a member of 16 or older
 * (201); Daan (13) and Ria, who helps Samira, may not (403); the professionals invite members, not
 * helpers (403); outsiders get the 404 of an unknown family.
 */
const inviteHelperStatus: Record<Person, 201 | 403 | 404> = {
  samira: 201,
  mark: 201,
  noor: 201,
  daan: 403,
  henk: 201,
  ria: 403,
  fatima: 403,
  jeroen: 403,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

/** A helper's own list: 200 for everyone signed in (empty unless she helps someone); adding a code is for a helper's account only. */
const redeemStatus: Record<Person, 403 | 404> = {
  samira: 403,
  mark: 403,
  noor: 403,
  daan: 403,
  henk: 403,
  // A helper's account gets as far as the code itself: this one is unknown.
  ria: 404,
  fatima: 403,
  jeroen: 403,
  willem: 403,
  peter: 403,
  karim: 403,
  beheer: 403,
};

describe('helpers', () => {
  it.each(people)('%s invites a helper in Gezin Jansen', async (person) => {
    const payload = { helperName: `Helper van ${person}`, scopes: ['reageren'], lastDay: '2027-02-24' };
    const response = await agents.get(person)!.request({ method: 'POST', url: `/api/v1/gezinnen/${familyId('jansen')}/helpers/uitnodigingen`, payload });
    expect(response.statusCode, `${person} invites a helper`).toBe(inviteHelperStatus[person]);
  });

  it.each(people)('%s reads whom she helps and adds an unknown code', async (person) => {
    expect((await call(person, 'GET', '/api/v1/ik/helpen')).statusCode).toBe(200);
    const response = await agents.get(person)!.post('/api/v1/ik/helpen', { code: 'AAAA-BBBB-CCCC' });
    expect(response.statusCode, `${person} adds a code`).toBe(redeemStatus[person]);
  });
});

describe('Vandaag', () => {
  it.each(people)('%s', async (person) => {
    expect((await call(person, 'GET', '/api/v1/werk/vandaag')).statusCode, `${person} opens Vandaag`).toBe(todayStatus[person]);
  });
});

/** The organisation's totals of "Wat vindt u ervan?" are professional work: the same 200/403 as Vandaag. */
describe('satisfaction totals', () => {
  it.each(people)('%s', async (person) => {
    expect((await call(person, 'GET', '/api/v1/werk/tevredenheid')).statusCode, `${person} reads the totals`).toBe(todayStatus[person]);
  });
});

/** The work profile (phone, hours) is a professional's own: the same 200/403 as Vandaag. */
describe('work profile', () => {
  it.each(people)('%s', async (person) => {
    expect((await call(person, 'GET', '/api/v1/ik/werkprofiel')).statusCode, `${person} reads a work profile`).toBe(todayStatus[person]);
  });
});

/**
 * "Bekijk als Mark" on the draft, written out per person: the professionals of the family see the
 * preview; members and Ria get 403 (the draft is not theirs); anyone outside the family, as unknown.
 */
const previewStatus: Record<Person, 200 | 403 | 404> = {
  samira: 403,
  mark: 403,
  noor: 403,
  daan: 403,
  henk: 403,
  ria: 403,
  fatima: 200,
  jeroen: 200,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

describe('previewing the draft as Mark', () => {
  it.each(people)('%s', async (person) => {
    const jansen = t.world.families.find((f) => f.key === 'jansen')!;
    const mark = jansen.members.find((m) => m.key === 'mark')!.id;
    const response = await call(person, 'GET', `/api/v1/gezinnen/${jansen.id}/plan/concept/voorbeeld/${mark}`);
    expect(response.statusCode, `${person} previews the draft as Mark`).toBe(previewStatus[person]);
    if (response.statusCode === 404) expect(response.body).toBe((await call(person, 'GET', `/api/v1/gezinnen/${randomUUID()}/plan`)).body);
  });
});

/**
 * Starting a conversation with the whole Jansen family, written out per person: its professionals
 * (regisseur Fatima, betrokken Jeroen) may; members and Ria answer but do not start one (403);
 * anyone outside the family gets the 404 of an unknown family.
 */
const startConversationStatus: Record<Person, 201 | 403 | 404> = {
  samira: 403,
  mark: 403,
  noor: 403,
  daan: 403,
  henk: 403,
  ria: 403,
  fatima: 201,
  jeroen: 201,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

describe('starting a conversation with Gezin Jansen', () => {
  it.each(people)('%s', async (person) => {
    const payload = { clientId: randomUUID(), to: { kind: 'gezin' }, body: `Een vraag van ${person}.` };
    const response = await agents.get(person)!.request({ method: 'POST', url: `/api/v1/gezinnen/${familyId('jansen')}/gesprekken`, payload });
    expect(response.statusCode, `${person} starts a conversation`).toBe(startConversationStatus[person]);
  });
});

/**
 * "Herinnering sturen" for Gezin Jansen, written out per person, each pressing once on the same day
 * in this order: Fatima sends (201); Jeroen, betrokken, may too but everyone open was reminded
 * today (409 al-herinnerd); members and Ria do not remind (403); outsiders get the unknown family's 404.
 */
const remindStatus: Record<Person, 201 | 403 | 404 | 409> = {
  samira: 403,
  mark: 403,
  noor: 403,
  daan: 403,
  henk: 403,
  ria: 403,
  fatima: 201,
  jeroen: 409,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

describe('reminding Gezin Jansen about instemming', () => {
  it.each(people)('%s', async (person) => {
    const versionId = t.world.families.find((f) => f.key === 'jansen')!.plan.versionId;
    const response = await agents.get(person)!.request({ method: 'POST', url: `/api/v1/gezinnen/${familyId('jansen')}/instemming/herinneringen`, payload: { versionId } });
    expect(response.statusCode, `${person} sends a reminder`).toBe(remindStatus[person]);
  });
});

/**
 * Asking for toestemming about Samira's data, written out per person: the professionals of the
 * family ask (the regisseur and Jeroen, betrokken); members and Ria who see Samira may not ask
 * (403); Mark (contactverbod) and Henk (netwerk: sees only the agreements he takes part in) do not
 * see Samira at all, so for them she is unknown, as for outsiders.
 */
const askStatus: Record<Person, 201 | 403 | 404> = {
  samira: 403,
  mark: 404,
  noor: 403,
  daan: 403,
  henk: 404,
  ria: 403,
  fatima: 201,
  jeroen: 201,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

/**
 * Answering Fatima's question about Samira's data, written out per person (a new question each):
 * Samira answers (201); Ria, who helps her, sees it but Samira did not give her the scope for
 * toestemming (403, see delegation-matrix.int.test.ts); a professional sees it but does not answer (403);
 * every other member is not named in it, and it is as unknown to them as to outsiders.
 */
const answerStatus: Record<Person, 201 | 403 | 404> = {
  samira: 201,
  mark: 404,
  noor: 404,
  daan: 404,
  henk: 404,
  ria: 403,
  fatima: 403,
  jeroen: 403,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

describe('asking for toestemming about Samira', () => {
  const question = (clientId = randomUUID()) => ({
    clientId,
    subjectMemberId: t.world.families.find((f) => f.key === 'jansen')!.members.find((m) => m.key === 'samira')!.id,
    organisation: 'Huisartsenpraktijk De Linde',
    purpose: 'Zodat de huisarts weet welke hulp er is.',
    dataKinds: ['gezinsplan'],
    validUntil: '2027-06-30',
  });

  it.each(people)('%s asks', async (person) => {
    const response = await agents.get(person)!.request({ method: 'POST', url: `/api/v1/gezinnen/${familyId('jansen')}/toestemmingsverzoeken`, payload: question() });
    bodies.get(person)!.push(response.body);
    expect(response.statusCode, `${person} asks`).toBe(askStatus[person]);
  });

  it.each(people)('%s answers', async (person) => {
    const base = `/api/v1/gezinnen/${familyId('jansen')}/toestemmingsverzoeken`;
    const asked = await agents.get('fatima')!.request({ method: 'POST', url: base, payload: question() });
    expect(asked.statusCode).toBe(201);
    const answer = (id: string) => agents.get(person)!.request({ method: 'POST', url: `${base}/${id}/antwoord`, payload: { clientId: randomUUID(), answer: 'ja' } });
    const unknown = await answer(randomUUID());
    const response = await answer(asked.json().id);
    bodies.get(person)!.push(response.body);
    expect(response.statusCode, `${person} answers`).toBe(answerStatus[person]);
    if (response.statusCode === 404) expect(response.body, 'hidden looks like unknown').toBe(unknown.body);
  });
});

/**
 * The agenda, written out per person, on an appointment with Samira at her own address (the
 * canary that never reaches Mark, Henk, Noor or Daan). Only professionals of the family plan (201);
 * members and Ria 403; outsiders the 404 of an unknown family. The appointment reaches only who takes
 * part (Samira, and Ria who helps her) and the professionals: to everyone else its `.ics` is as
 * unknown as an id that does not exist. Asking to move it is for Samira and Ria (201); a professional
 * sees it but does not ask (403).
 */
const agendaStatus: Record<Person, { plan: 201 | 403 | 404; ics: 200 | 404; move: 201 | 403 | 404 }> = {
  samira: { plan: 403, ics: 200, move: 201 },
  mark: { plan: 403, ics: 404, move: 404 },
  noor: { plan: 403, ics: 404, move: 404 },
  daan: { plan: 403, ics: 404, move: 404 },
  henk: { plan: 403, ics: 404, move: 404 },
  ria: { plan: 403, ics: 200, move: 201 },
  fatima: { plan: 201, ics: 200, move: 403 },
  jeroen: { plan: 201, ics: 200, move: 403 },
  willem: { plan: 404, ics: 404, move: 404 },
  peter: { plan: 404, ics: 404, move: 404 },
  karim: { plan: 404, ics: 404, move: 404 },
  beheer: { plan: 404, ics: 404, move: 404 },
};

describe('an appointment with Samira', () => {
  const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
  const base = () => `/api/v1/gezinnen/${jansen().id}/afspraken`;
  const appointment = () => ({
    clientId: randomUUID(),
    title: 'Gesprek bij Samira thuis',
    start: '2026-12-01T09:00:00.000Z',
    end: '2026-12-01T10:00:00.000Z',
    place: { kind: 'adres', value: `${demoCanaries.samiraAddress.text}, Utrecht` },
    memberIds: [jansen().members.find((m) => m.key === 'samira')!.id],
    professionalIds: [],
    placeHiddenFrom: [],
  });

  it.each(people)('%s plans, reads and asks to move', async (person) => {
    const planned = await agents.get(person)!.request({ method: 'POST', url: base(), payload: appointment() });
    bodies.get(person)!.push(planned.body);
    expect(planned.statusCode, `${person} plans`).toBe(agendaStatus[person].plan);
    const made = await agents.get('fatima')!.request({ method: 'POST', url: base(), payload: appointment() });
    expect(made.statusCode).toBe(201);
    const id = made.json().id as string;
    const unknown = await call(person, 'GET', `${base()}/${randomUUID()}/ics`);
    const ics = await call(person, 'GET', `${base()}/${id}/ics`);
    expect(ics.statusCode, `${person} downloads`).toBe(agendaStatus[person].ics);
    if (ics.statusCode === 404) expect(ics.body, 'hidden looks like unknown').toBe(unknown.body);
    const moved = await agents.get(person)!.request({ method: 'POST', url: `${base()}/${id}/verplaatsverzoeken`, payload: { clientId: randomUUID(), reason: 'Dan kan ik niet.' } });
    bodies.get(person)!.push(moved.body);
    expect(moved.statusCode, `${person} asks to move`).toBe(agendaStatus[person].move);
  });
});

describe('canaries', () => {
  it('no person received a canary that is never for them, in any body', () => {
    for (const person of people) {
      const all = bodies.get(person)!.join('\n');
      for (const canary of Object.values(demoCanaries)) {
        if ((canary.neverFor as readonly string[]).includes(person)) expect(all, `${canary.text} reached ${person}`).not.toContain(canary.text);
      }
    }
  });

  it('the scan can fail: the canaries do reach the people allowed to see them', () => {
    expect(bodies.get('samira')!.join('\n')).toContain(demoCanaries.samiraAddress.text);
    expect(bodies.get('noor')!.join('\n')).toContain(demoCanaries.noorPrivate.text);
  });
});

/**
 * Whom a request acts as: the header `Ons-Plan-Als` (api/src/http/acting-as.ts). "Bekijk als" a
 * member is for the professionals of that family only and reads only; "namens" a member is for a
 * helper with an active delegation from that member. Anything else is the 404 of an unknown family.
 */
describe('acting as (Ons-Plan-Als)', () => {
  const jansenId = () => familyId('jansen');
  const memberOf = (key: string) => t.world.families.find((f) => f.key === 'jansen')!.members.find((m) => m.key === key)!.id;
  const previewBodies: string[] = [];
  async function callAs(person: Person, method: string, url: string, als: string) {
    const agent = agents.get(person)!;
    const response = await agent.request({ method: method as 'GET', url, headers: { 'ons-plan-als': als }, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
    if (als === `bekijk-als:${memberOf('mark')}`) previewBodies.push(response.body);
    return response;
  }

  // Who may look at the Jansen plan as Mark: the professionals of that family, nobody else.
  const previewStatus: Record<Person, 200 | 404> = {
    samira: 404, mark: 404, noor: 404, daan: 404, henk: 404, ria: 404,
    fatima: 200, jeroen: 200, willem: 404, peter: 404, karim: 404, beheer: 404,
  };

  it.each(people)('bekijk als Mark, for %s', async (person) => {
    const unknown = await call(person, 'GET', `/api/v1/gezinnen/${randomUUID()}/plan`);
    const response = await callAs(person, 'GET', `/api/v1/gezinnen/${jansenId()}/plan`, `bekijk-als:${memberOf('mark')}`);
    expect(response.statusCode, person).toBe(previewStatus[person]);
    if (response.statusCode === 404) expect(response.body).toBe(unknown.body);
  });

  it('bekijk als a member without an own view (Mila, 8) or an unknown member is not found', async () => {
    const unknown = await call('fatima', 'GET', `/api/v1/gezinnen/${randomUUID()}/plan`);
    for (const member of [memberOf('mila'), randomUUID()]) {
      const response = await callAs('fatima', 'GET', `/api/v1/gezinnen/${jansenId()}/plan`, `bekijk-als:${member}`);
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe(unknown.body);
    }
  });

  it('bekijk als reads every family read Mark has, but not the export, which is the member’s own file', async () => {
    for (const [route, kind] of Object.entries(routeTable)) {
      if (kind !== 'family-read') continue;
      const url = route.split(' ')[1]!.replace(':familyId', jansenId());
      const response = await callAs('fatima', 'GET', url, `bekijk-als:${memberOf('mark')}`);
      // The export and whom she lets help her are the member's own; the professionals' own reads (draft, management) are not Mark's;
      // "Wat zien je ouders van jou?" is a youth's own, never shown through another's eyes; so is
      // "Wat vindt u ervan?", which would tell the professional whether Mark gave his opinion.
      const own = route.endsWith('/export') || route.endsWith('/export/fhir') || route.endsWith('/helpers') || route.endsWith('/wat-zien-je-ouders') || route.endsWith('/wat-vindt-u-ervan');
      expect(response.statusCode, route).toBe(own || professionalOnlyReads.has(route) ? 403 : 200);
    }
  });

  it('bekijk als never writes: every route with another method answers 403 before it runs', async () => {
    for (const [route, kind] of Object.entries(routeTable)) {
      const [method, url] = route.split(' ') as [string, string];
      if (kind === 'sign-in' || method === 'GET') continue;
      const response = await callAs('fatima', method, withParams(url, jansenId()), `bekijk-als:${memberOf('mark')}`);
      expect(response.statusCode, route).toBe(403);
      expect(response.json().code, route).toBe('niet-toegestaan');
    }
  });

  it('namens a member: only a helper of that member gets in', async () => {
    const unknown = await call('ria', 'GET', `/api/v1/gezinnen/${randomUUID()}/plan`);
    const cases: [Person, string, number][] = [
      ['ria', 'samira', 200],
      ['ria', 'mark', 404],
      ['samira', 'samira', 404],
      ['fatima', 'samira', 404],
    ];
    for (const [person, member, status] of cases) {
      const response = await callAs(person, 'GET', `/api/v1/gezinnen/${jansenId()}/plan`, `namens:${memberOf(member)}`);
      expect(response.statusCode, `${person} namens ${member}`).toBe(status);
      if (status === 404) expect(response.body).toBe(unknown.body);
    }
  });

  it('a malformed header is refused, never read as "myself"', async () => {
    for (const als of ['bekijk-als', 'namens:mark', `als:${memberOf('mark')}`, `bekijk-als:${memberOf('mark')},namens:${memberOf('mark')}`]) {
      const response = await callAs('fatima', 'GET', `/api/v1/gezinnen/${jansenId()}/plan`, als);
      expect(response.statusCode, als).toBe(400);
    }
  });

  it('looking as Mark never shows what is never for Mark', () => {
    const all = previewBodies.join('\n');
    expect(all.length).toBeGreaterThan(1000);
    for (const canary of Object.values(demoCanaries)) {
      if ((canary.neverFor as readonly string[]).includes('mark')) expect(all, canary.text).not.toContain(canary.text);
    }
  });
});

/**
 * Contact with the professionals (issue 13, point 3), written out per person. Asking to be called
 * back in Gezin Jansen: every member with an account and Ria (she may write for Samira) 201; the
 * professionals answer, they start nothing for a member (403); outsiders the 404 of an unknown family.
 */
const askCallBackStatus: Record<Person, 201 | 403 | 404> = {
  samira: 201,
  mark: 201,
  noor: 201,
  daan: 201,
  henk: 201,
  ria: 201,
  fatima: 403,
  jeroen: 403,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

/** Answering Samira's thread: she, Ria for her and the professionals of the family; for anyone else it does not exist. */
const answerSamiraStatus: Record<Person, 201 | 404> = {
  samira: 201,
  mark: 404,
  noor: 404,
  daan: 404,
  henk: 404,
  ria: 201,
  fatima: 201,
  jeroen: 201,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

/** Marking Samira's thread done: the professionals of the family; Samira and Ria see it but may not (403). */
const closeSamiraStatus: Record<Person, 200 | 403 | 404> = {
  samira: 403,
  mark: 404,
  noor: 404,
  daan: 404,
  henk: 404,
  ria: 403,
  fatima: 200,
  jeroen: 200,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

/** "Gelezen" for the contact threads: whoever enters the Jansen family marks her own reading; others find no family. */
const contactSeenStatus: Record<Person, 204 | 404> = {
  samira: 204,
  mark: 204,
  noor: 204,
  daan: 204,
  henk: 204,
  ria: 204,
  fatima: 204,
  jeroen: 204,
  willem: 404,
  peter: 404,
  karim: 404,
  beheer: 404,
};

describe('contact with the professionals', () => {
  const contactUrl = () => `/api/v1/gezinnen/${familyId('jansen')}/contact`;

  it.each(people)('%s asks to be called back', async (person) => {
    const response = await agents.get(person)!.post(contactUrl(), { clientId: randomUUID(), kind: 'terugbellen', callMoment: 'middag' });
    bodies.get(person)!.push(response.body);
    expect(response.statusCode, `${person} asks to be called back`).toBe(askCallBackStatus[person]);
  });

  it.each(people)('%s answers in Samira’s thread and marks it done', async (person) => {
    const asked = await agents.get('samira')!.post(contactUrl(), { clientId: randomUUID(), kind: 'bericht', body: 'Bel mij.' });
    const thread = `${contactUrl()}/${asked.json().id}`;
    const unknown = await call(person, 'POST', `${contactUrl()}/${randomUUID()}/afhandeling`);
    const answer = await agents.get(person)!.post(`${thread}/antwoorden`, { clientId: randomUUID(), body: 'Goed.' });
    bodies.get(person)!.push(answer.body);
    expect(answer.statusCode, `${person} answers`).toBe(answerSamiraStatus[person]);
    const close = await call(person, 'POST', `${thread}/afhandeling`);
    expect(close.statusCode, `${person} marks it done`).toBe(closeSamiraStatus[person]);
    if (close.statusCode === 404) expect(close.body, 'hidden looks like unknown').toBe(unknown.body);
  });

  it.each(people)('%s marks the contact threads read', async (person) => {
    const response = await agents.get(person)!.post(`${contactUrl()}/leesbevestiging`, { until: '2026-11-24T10:00:00.000Z' });
    bodies.get(person)!.push(response.body);
    expect(response.statusCode, `${person} marks them read`).toBe(contactSeenStatus[person]);
  });

  it.each(people)('%s opens "Berichten" in the workspace', async (person) => {
    expect((await call(person, 'GET', '/api/v1/werk/berichten')).statusCode, `${person} opens Berichten`).toBe(todayStatus[person]);
  });
});
