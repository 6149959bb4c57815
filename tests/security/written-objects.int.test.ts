import { documentAudienceHeader } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jpegPhoto } from '../../api/src/test/document-fixtures.ts';
import { testApp, type Agent, type TestApp } from '../../api/src/test/harness.ts';

/**
 * Everything a member writes is an object of its own (DOMAIN rule 4, issue "Safety first"): what A
 * writes never reaches B across a contactverbod, also on an item shared across it; what is merely
 * addressed to a youth never reaches her parents; and the writer is told who will read it.
 * Each check reads every way data leaves the server for that person: the screen's route, sync
 * (the phone's copy) and the export (download and print are built from it).
 */
let t: TestApp;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onsplan-written-'));
  t = await testApp({ documentsDir: dir });
});
afterEach(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const base = () => `/api/v1/gezinnen/${jansen().id}`;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;

/** Every answer that carries family data to this person, as one text to search. */
async function everythingFor(who: string): Promise<string> {
  const agent = await t.as(who);
  const paths = ['/plan', '/reacties', '/eigen-verklaringen', '/documenten', '/synchronisatie?since=0', '/export', '/export/fhir'];
  const bodies = await Promise.all(paths.map(async (path) => (await agent.get(`${base()}${path}`)).body));
  return bodies.join('\n');
}

describe('written objects across a contactverbod and to youths', () => {
  it('a whole-plan comment goes to the professionals by default, and the writer is told so', async () => {
    const samira = await t.as('samira');
    const plan = (await samira.get(`${base()}/plan`)).json();
    // Before sending "voor iedereen die het plan ziet", Samira is told who that is: never Mark, never Mila (no account).
    expect(plan.commentReaders).toEqual({ members: ['Daan', 'Henk', 'Noor'], helpers: ['Ria'], professionals: ['Fatima', 'Jeroen'] });

    const fear = 'Ik ben bang dat Mark weet waar ik woon.';
    const sent = await samira.post(`${base()}/reacties`, { clientId: randomUUID(), body: fear });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ audience: 'alleen-professionals', readers: { members: [], helpers: ['Ria'], professionals: ['Fatima', 'Jeroen'] } });

    const fatima = await t.as('fatima');
    const answer = 'Dank u. Ik bel u morgen.';
    const thread = (await fatima.get(`${base()}/reacties`)).json().comments.find((c: { body: string }) => c.body === fear);
    expect(thread.replyReaders).toEqual({ members: ['Samira'], helpers: [], professionals: ['Fatima', 'Jeroen'] });
    expect((await fatima.post(`${base()}/reacties/${thread.id}/antwoorden`, { clientId: randomUUID(), body: answer })).statusCode).toBe(201);

    for (const who of ['mark', 'noor', 'daan', 'henk']) {
      const seen = await everythingFor(who);
      expect(seen, who).not.toContain(fear);
      expect(seen, who).not.toContain(answer);
    }
    for (const who of ['samira', 'ria']) {
      const seen = await everythingFor(who);
      expect(seen, who).toContain(fear);
      expect(seen, who).toContain(answer);
    }
  });

  it("Samira's eigen verklaring on the item shared across the contactverbod never reaches Mark; the others who see the item see it", async () => {
    const samira = await t.as('samira');
    const fatima = await t.as('fatima');
    const request = await samira.post(`${base()}/correctieverzoeken`, {
      clientId: randomUUID(), kind: 'aanvullen', target: { kind: 'plan-item', id: itemKey('niet-bij-huis') },
      proposedText: 'Hij stond daar op 20 november.', reason: 'Dit is gebeurd.',
    });
    expect(request.statusCode).toBe(201);
    const refused = await fatima.post(`${base()}/correctieverzoeken/${request.json().id}/besluit`, { outcome: 'afwijzen', reasons: 'Dit zetten we in het verslag, niet in de afspraak.' });
    expect(refused.statusCode).toBe(200);
    const statement = 'Hij stond daar op 20 november.';
    const added = await samira.post(`${base()}/correctieverzoeken/${request.json().id}/eigen-verklaringen`, { clientId: randomUUID(), body: statement });
    expect(added.statusCode).toBe(201);

    // Mark sees the item itself: a professional shared it across the contactverbod.
    expect((await (await t.as('mark')).get(`${base()}/plan`)).json().items.map((i: { key: string }) => i.key)).toContain(itemKey('niet-bij-huis'));
    expect(await everythingFor('mark')).not.toContain(statement);
    for (const who of ['noor', 'daan', 'ria', 'fatima', 'jeroen']) {
      const list = (await (await t.as(who)).get(`${base()}/eigen-verklaringen`)).json().eigenVerklaringen.map((v: { body: string }) => v.body);
      expect(list, who).toEqual([statement]);
    }
    // Henk does not see the item, so not the statement either.
    expect(await everythingFor('henk')).not.toContain(statement);
  });

  it("Mark's comment on the shared item never reaches Samira or her helper", async () => {
    const words = 'Ik wil de kinderen gewoon zien.';
    const mark = await t.as('mark');
    expect((await mark.post(`${base()}/reacties`, { clientId: randomUUID(), itemKey: itemKey('niet-bij-huis'), audience: 'zoals-onderdeel', body: words })).statusCode).toBe(201);
    for (const who of ['samira', 'ria']) expect(await everythingFor(who), who).not.toContain(words);
    expect(await everythingFor('noor')).toContain(words);
  });

  it('a photo Noor (16) shares with Daan only never reaches Samira, Mark or Ria', async () => {
    const noor = await t.as('noor');
    const photo = await uploadAs(noor, { kind: 'leden', memberIds: [memberId('daan')] });
    expect(photo.statusCode).toBe(201);
    const id = photo.json().id as string;
    expect(photo.json().readers).toEqual({ members: ['Daan'], helpers: [], professionals: ['Fatima', 'Jeroen'] });

    for (const who of ['samira', 'mark', 'ria', 'henk']) {
      const agent = await t.as(who);
      expect((await agent.get(`${base()}/documenten/${id}/download`)).statusCode, who).toBe(404);
      expect(await everythingFor(who), who).not.toContain(id);
    }
    const daan = await t.as('daan');
    expect((await daan.get(`${base()}/documenten/${id}/download`)).statusCode).toBe(200);
    expect(await everythingFor('daan')).toContain(id);
  });

  it('"Wie ziet dit?" on items and contact details names only people this member may know about', async () => {
    const samira = (await (await t.as('samira')).get(`${base()}/plan`)).json();
    const daanCoach = samira.items.find((i: { key: string }) => i.key === itemKey('daan-coach'));
    expect(daanCoach.readers).toEqual({ members: ['Daan'], helpers: ['Ria'], professionals: ['Fatima', 'Jeroen'] });
    const mark = (await (await t.as('mark')).get(`${base()}/plan`)).json();
    const shared = mark.items.find((i: { key: string }) => i.key === itemKey('niet-bij-huis'));
    // Samira reads it too, but Mark may not learn anything about her through Ons Plan.
    expect(shared.readers.members).not.toContain('Samira');
    expect(JSON.stringify(mark)).not.toContain('Ria');

    const family = (await (await t.as('samira')).get(`${base()}`)).json();
    const own = family.members.find((m: { isMe: boolean }) => m.isMe);
    expect(own.fields[0]).toMatchObject({ field: 'adres', hiddenFrom: ['Mark'], readers: { members: [], helpers: ['Ria'] } });
    // Ria helps Samira but the protection of Samira's address is Samira's to see, and Noor never sees her address.
    const forRia = (await (await t.as('ria')).get(`${base()}`)).json();
    expect(forRia.members.find((m: { firstName: string }) => m.firstName === 'Samira').fields[0].hiddenFrom).toBeUndefined();
    const forNoor = (await (await t.as('noor')).get(`${base()}`)).json();
    expect(JSON.stringify(forNoor)).not.toContain('Lindelaan');
  });
});

function uploadAs(agent: Agent, audience: Parameters<typeof documentAudienceHeader>[0]) {
  return agent.request({
    method: 'PUT',
    url: `${base()}/uploads/${randomUUID()}`,
    payload: Buffer.from(jpegPhoto()),
    headers: { 'content-type': 'application/octet-stream', 'x-document-name': 'foto.jpg', 'x-document-audience': documentAudienceHeader(audience) },
  });
}
