import { addDays, dutchDay, type FamilyAdminView, type FamilySummary, type HandOverCandidates } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStart } from '../../test/clock.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

/**
 * Issue 10, "Gezinnen en gezinsleden": Fatima makes a family from nothing. Only a family's regisseur
 * changes it; each change is in the change log (so devices follow) and in the access log with who decided.
 */
let t: TestApp;
let fatima: Agent;
const today = dutchDay(testStart);

beforeAll(async () => {
  t = await testApp();
  fatima = await t.as('fatima');
}, 120_000);
afterAll(async () => t.close());

async function newFamily(agent: Agent = fatima, name = 'Gezin Bakker / Visser'): Promise<string> {
  const response = await agent.post('/api/v1/gezinnen', { name, kind: 'gezin' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

async function addMember(familyId: string, firstName: string, role: string, birthDate: string): Promise<string> {
  const response = await fatima.post(`/api/v1/gezinnen/${familyId}/gezinsleden`, { firstName, lastName: 'Bakker', role, birthDate });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

const changeSeq = async (familyId: string) => (await t.db.query<{ seq: number }>('select change_seq as seq from families where id = $1', [familyId]))[0]!.seq;

describe('making a family', () => {
  it('Fatima makes a household with two parents with gezag, a youth of 14, a grandmother and a contactverbod between the parents', async () => {
    const familyId = await newFamily();
    const anna = await addMember(familyId, 'Anna', 'ouder', '1988-03-02');
    const bas = await addMember(familyId, 'Bas', 'ouder', '1986-07-19');
    const lotte = await addMember(familyId, 'Lotte', 'jeugdige', addDays(today, -14 * 365 - 10));
    await addMember(familyId, 'Gerda', 'netwerk', '1958-11-30');
    for (const [from, kind] of [[anna, 'gezag-over'], [bas, 'gezag-over'], [anna, 'ouder-van'], [bas, 'ouder-van']] as const) {
      const response = await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: from, toMemberId: lotte, kind });
      expect(response.statusCode, response.body).toBe(201);
    }
    const ban = await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: anna, toMemberId: bas, kind: 'contactverbod', since: today, until: addDays(today, 365) });
    expect(ban.statusCode, ban.body).toBe(201);
    const address = await fatima.post(`/api/v1/gezinnen/${familyId}/gezinsleden/${anna}/velden`, { field: 'adres', value: 'Tulpstraat 4, Utrecht', shieldedFrom: [bas], reason: 'veiligheid' });
    expect(address.statusCode, address.body).toBe(201);

    const view = (await fatima.get(`/api/v1/gezinnen/${familyId}/beheer`)).json() as FamilyAdminView;
    expect(view.members.map((m) => `${m.firstName} ${m.role}`).sort()).toEqual(['Anna ouder', 'Bas ouder', 'Gerda netwerk', 'Lotte jeugdige']);
    expect(view.relations.filter((r) => r.kind === 'contactverbod')).toEqual([{ id: expect.any(String), fromMemberId: anna, toMemberId: bas, kind: 'contactverbod', since: today, until: addDays(today, 365) }]);
    expect(view.assignments).toEqual([expect.objectContaining({ name: 'Fatima Yılmaz', role: 'regisseur', until: null })]);

    const families = (await fatima.get('/api/v1/gezinnen')).json() as FamilySummary[];
    const made = families.find((f) => f.id === familyId)!;
    expect(made.members.find((m) => m.id === anna)!.fields).toEqual([expect.objectContaining({ value: 'Tulpstraat 4, Utrecht', hiddenFrom: ['Bas'] })]);
    const [stored] = await t.db.query<{ reason: string }>('select shield_reason as reason from member_fields where member_id = $1', [anna]);
    expect(stored!.reason).toBe('veiligheid');
  });

  it('each change goes through the change log, so members’ devices follow at the next sync', async () => {
    const familyId = await newFamily();
    const before = await changeSeq(familyId);
    const anna = await addMember(familyId, 'Anna', 'ouder', '1988-03-02');
    const bas = await addMember(familyId, 'Bas', 'ouder', '1986-07-19');
    await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: anna, toMemberId: bas, kind: 'contactverbod', since: today });
    const changes = await t.db.query<{ kind: string }>('select object_kind as kind from family_changes where family_id = $1 and seq > $2 order by seq', [familyId, before]);
    expect(changes.map((c) => c.kind)).toEqual(['members', 'members', 'member_relations']);
  });

  it('the contactverbod and the shielded field are in the access log with who decided them, about the members they narrow', async () => {
    const familyId = await newFamily();
    const anna = await addMember(familyId, 'Anna', 'ouder', '1988-03-02');
    const bas = await addMember(familyId, 'Bas', 'ouder', '1986-07-19');
    await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: anna, toMemberId: bas, kind: 'contactverbod', since: today });
    await fatima.post(`/api/v1/gezinnen/${familyId}/gezinsleden/${anna}/velden`, { field: 'adres', value: 'Tulpstraat 4', shieldedFrom: [bas], reason: 'privacy-ander' });
    await t.services.log.drain();
    const rows = await t.db.query<{ actor: string; action: string; kind: string; subjects: string[] }>(
      `select actor_name as actor, action, object_kind as kind, subject_member_ids as subjects from access_log
        where family_id = $1 and action = 'aanmaken' order by id`,
      [familyId],
    );
    expect(rows).toEqual([
      { actor: 'Fatima Yılmaz', action: 'aanmaken', kind: 'gezin', subjects: [] },
      { actor: 'Fatima Yılmaz', action: 'aanmaken', kind: 'gezinslid', subjects: [anna] },
      { actor: 'Fatima Yılmaz', action: 'aanmaken', kind: 'gezinslid', subjects: [bas] },
      { actor: 'Fatima Yılmaz', action: 'aanmaken', kind: 'relatie', subjects: [anna, bas] },
      { actor: 'Fatima Yılmaz', action: 'aanmaken', kind: 'contactgegeven', subjects: [anna, bas] },
    ]);
  });
});

describe('bad input answers problem+json with the field', () => {
  const problem = (response: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) => {
    expect(response.headers['content-type']).toContain('application/problem+json');
    return { status: response.statusCode, ...(response.json() as { code: string; fields?: string[] }) };
  };
  let familyId: string;
  let anna: string;
  let bas: string;
  beforeAll(async () => {
    familyId = await newFamily();
    anna = await addMember(familyId, 'Anna', 'ouder', '1988-03-02');
    bas = await addMember(familyId, 'Bas', 'ouder', '1986-07-19');
  });

  it.each([
    ['a family without a name', '/api/v1/gezinnen', { name: '  ', kind: 'gezin' }, 'name'],
    ['an unknown kind of household', '/api/v1/gezinnen', { name: 'Gezin X', kind: 'clan' }, 'kind'],
  ])('%s', async (_what, url, body, field) => {
    const answer = problem(await fatima.post(url, body));
    expect(answer).toMatchObject({ status: 400, code: 'ongeldige-invoer' });
    expect(answer.fields!.join()).toContain(field);
  });

  it('a member born in the future, or without a first name', async () => {
    expect(problem(await fatima.post(`/api/v1/gezinnen/${familyId}/gezinsleden`, { firstName: 'Kim', lastName: 'B', role: 'jeugdige', birthDate: addDays(today, 2) }))).toMatchObject({ status: 400, fields: ['birthDate'] });
    expect(problem(await fatima.post(`/api/v1/gezinnen/${familyId}/gezinsleden`, { firstName: ' ', lastName: 'B', role: 'jeugdige', birthDate: today })).fields!.join()).toContain('firstName');
  });

  it('a relation with someone outside the family, with oneself, or a contactverbod without a first day', async () => {
    expect(problem(await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: anna, toMemberId: randomUUID(), kind: 'ouder-van' }))).toMatchObject({ status: 400, fields: ['toMemberId'] });
    expect(problem(await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: anna, toMemberId: anna, kind: 'ouder-van' }))).toMatchObject({ status: 400, fields: ['toMemberId'] });
    expect(problem(await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: anna, toMemberId: bas, kind: 'contactverbod' }))).toMatchObject({ status: 400, fields: ['since'] });
    expect(problem(await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: anna, toMemberId: bas, kind: 'contactverbod', since: today, until: today }))).toMatchObject({ status: 400, fields: ['until'] });
  });

  it('hiding a field needs a reason chosen on purpose, and "anders" needs words', async () => {
    const url = `/api/v1/gezinnen/${familyId}/gezinsleden/${anna}/velden`;
    expect(problem(await fatima.post(url, { field: 'adres', value: 'Tulpstraat 4', shieldedFrom: [bas] }))).toMatchObject({ status: 400, code: 'uitleg-nodig', fields: ['reason'] });
    expect(problem(await fatima.post(url, { field: 'adres', value: 'Tulpstraat 4', shieldedFrom: [bas], reason: 'anders', reasonText: ' ' }))).toMatchObject({ status: 400, code: 'uitleg-nodig', fields: ['reasonText'] });
    expect(problem(await fatima.post(url, { field: 'adres', value: 'Tulpstraat 4', shieldedFrom: [anna], reason: 'veiligheid' }))).toMatchObject({ status: 400, fields: ['shieldedFrom'] });
    expect(problem(await fatima.post(url, { field: 'adres', value: 'Tulpstraat 4', shieldedFrom: [bas], reason: 'omdat' })).code).toBe('ongeldige-invoer');
    expect((await t.db.query('select 1 from member_fields where member_id = $1', [anna])).length).toBe(0);
  });
});

describe('who may', () => {
  const jansen = () => t.world.families.find((f) => f.key === 'jansen')!.id;

  it('a member or helper cannot make a family; a betrokken professional reads but does not change one; an outsider finds none', async () => {
    for (const person of ['samira', 'ria']) expect((await (await t.as(person)).post('/api/v1/gezinnen', { name: 'Gezin X', kind: 'gezin' })).statusCode, person).toBe(403);
    const jeroen = await t.as('jeroen');
    expect((await jeroen.get(`/api/v1/gezinnen/${jansen()}/beheer`)).statusCode).toBe(200);
    expect((await jeroen.post(`/api/v1/gezinnen/${jansen()}/gezinsleden`, { firstName: 'X', lastName: 'Y', role: 'netwerk', birthDate: '1970-01-01' })).statusCode).toBe(403);
    const karim = await t.as('karim');
    const unknown = await karim.get(`/api/v1/gezinnen/${randomUUID()}/beheer`);
    const hidden = await karim.get(`/api/v1/gezinnen/${jansen()}/beheer`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    expect((await (await t.as('samira')).get(`/api/v1/gezinnen/${jansen()}/beheer`)).statusCode).toBe(403);
  });
});

describe('hand-over', () => {
  it('keeps history and ends the old regisseur’s access at the start of its day; the new one gets in then, not before', async () => {
    const familyId = await newFamily(fatima, 'Gezin Overdracht');
    let karim = await t.as('karim');
    const on = addDays(today, 3);
    const handOver = await fatima.post(`/api/v1/gezinnen/${familyId}/overdracht`, { toUserId: t.userIdOf('karim'), on });
    expect(handOver.statusCode, handOver.body).toBe(201);
    expect((await fatima.get(`/api/v1/gezinnen/${familyId}`)).statusCode).toBe(200);
    expect((await karim.get(`/api/v1/gezinnen/${familyId}`)).statusCode).toBe(404);

    // Three days on, both sign in again (their sessions ended meanwhile).
    t.clock.set(new Date(`${on}T00:30:00+01:00`));
    try {
      fatima = await t.as('fatima');
      karim = await t.as('karim');
      expect((await fatima.get(`/api/v1/gezinnen/${familyId}`)).statusCode).toBe(404);
      expect((await karim.get(`/api/v1/gezinnen/${familyId}`)).statusCode).toBe(200);
      const view = (await karim.get(`/api/v1/gezinnen/${familyId}/beheer`)).json() as FamilyAdminView;
      expect(view.assignments.map((a) => [a.name, a.role, a.until === null])).toEqual([
        ['Fatima Yılmaz', 'regisseur', false],
        ['Karim Benali', 'regisseur', true],
      ]);
      expect(view.assignments[0]!.until).toBe(view.assignments[1]!.since);
      // Now Karim is the regisseur, and changes it.
      expect((await karim.post(`/api/v1/gezinnen/${familyId}/gezinsleden`, { firstName: 'Kim', lastName: 'B', role: 'volwassene', birthDate: '1990-01-01' })).statusCode).toBe(201);
    } finally {
      t.clock.set(testStart);
      fatima = await t.as('fatima');
    }
  });

  it('only to another professional, on today or later', async () => {
    const familyId = await newFamily(fatima, 'Gezin Overdracht 2');
    const url = `/api/v1/gezinnen/${familyId}/overdracht`;
    expect((await fatima.post(url, { toUserId: t.userIdOf('samira'), on: today })).json().fields).toEqual(['toUserId']);
    expect((await fatima.post(url, { toUserId: t.userIdOf('fatima'), on: today })).json().fields).toEqual(['toUserId']);
    expect((await fatima.post(url, { toUserId: t.userIdOf('karim'), on: addDays(today, -1) })).json().fields).toEqual(['on']);
  });

  it('lists whom she may choose: other active professionals, her own organisation first; a betrokken professional hears she may not hand over', async () => {
    const familyId = await newFamily(fatima, 'Gezin Kandidaten');
    // A colleague of Fatima's own team, and one whose account was closed.
    const colleague = randomUUID();
    const gone = randomUUID();
    await t.db.query(
      `insert into users (id, kind, display_name, organisation, job_title, disabled_at) values
         ($1, 'professional', 'Ilse Vermeer', 'Lokaal team Utrecht-Oost', 'Regisseur', null),
         ($2, 'professional', 'Oud Account', 'Lokaal team Utrecht-Oost', 'Regisseur', $3)`,
      [colleague, gone, testStart.toISOString()],
    );
    const response = await fatima.get(`/api/v1/gezinnen/${familyId}/overdracht/kandidaten`);
    expect(response.statusCode, response.body).toBe(200);
    const { mayHandOver, earliestDay, candidates } = response.json() as HandOverCandidates;
    expect(mayHandOver).toBe(true);
    expect(earliestDay).toBe(today);
    expect(candidates[0]).toEqual({ userId: colleague, name: 'Ilse Vermeer', organisation: 'Lokaal team Utrecht-Oost', jobTitle: 'Regisseur', sameOrganisation: true });
    expect(candidates.map((c) => c.userId)).toEqual(expect.arrayContaining([t.userIdOf('karim'), t.userIdOf('jeroen')]));
    expect(candidates.filter((c) => c.userId !== colleague).every((c) => !c.sameOrganisation)).toBe(true);
    expect(candidates.map((c) => c.userId)).not.toContain(t.userIdOf('fatima'));
    expect(candidates.map((c) => c.userId)).not.toContain(gone);
    expect(candidates.map((c) => c.userId)).not.toContain(t.userIdOf('samira'));
    // Every name on the list is one the hand-over accepts.
    expect((await fatima.post(`/api/v1/gezinnen/${familyId}/overdracht`, { toUserId: colleague, on: addDays(today, 1) })).statusCode).toBe(201);

    const jansen = t.world.families.find((f) => f.key === 'jansen')!.id;
    const betrokken = await (await t.as('jeroen')).get(`/api/v1/gezinnen/${jansen}/overdracht/kandidaten`);
    expect(betrokken.json()).toEqual({ mayHandOver: false, earliestDay: today, candidates: [] });
    expect((await (await t.as('samira')).get(`/api/v1/gezinnen/${jansen}/overdracht/kandidaten`)).statusCode).toBe(403);
  });
});

describe('changing and removing', () => {
  const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
  const view = async (familyId: string, agent: Agent = fatima) => (await agent.get(`/api/v1/gezinnen/${familyId}/beheer`)).json() as FamilyAdminView;
  const logged = async (familyId: string, action: string, objectKind: string) =>
    t.db.query<{ subjects: string[]; actor: string }>(
      `select subject_member_ids as subjects, actor_user_id as actor from access_log where family_id = $1 and action = $2 and object_kind = $3 order by id`,
      [familyId, action, objectKind],
    );

  it('a name or birth date is corrected; the rest stays; devices follow; the log says who', async () => {
    const familyId = await newFamily();
    const bas = await addMember(familyId, 'Bas', 'ouder', '1986-07-19');
    const before = await changeSeq(familyId);
    const response = await fatima.patch(`/api/v1/gezinnen/${familyId}/gezinsleden/${bas}`, { lastName: 'Visser', birthDate: '1986-07-29' });
    expect(response.statusCode, response.body).toBe(204);
    expect((await view(familyId)).members).toEqual([{ id: bas, firstName: 'Bas', lastName: 'Visser', role: 'ouder', birthDate: '1986-07-29' }]);
    expect(await changeSeq(familyId)).toBeGreaterThan(before);
    expect(await logged(familyId, 'wijzigen', 'gezinslid')).toEqual([{ subjects: [bas], actor: t.userIdOf('fatima') }]);
  });

  it('bad changes answer problem+json with the field, and change nothing', async () => {
    const familyId = await newFamily();
    const bas = await addMember(familyId, 'Bas', 'ouder', '1986-07-19');
    for (const [body, field] of [[{ birthDate: addDays(today, 1) }, 'birthDate'], [{ firstName: '   ' }, 'firstName'], [{}, undefined]] as const) {
      const response = await fatima.patch(`/api/v1/gezinnen/${familyId}/gezinsleden/${bas}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      if (field) expect(response.json().fields).toContain(field);
    }
    expect((await view(familyId)).members[0]).toMatchObject({ firstName: 'Bas', birthDate: '1986-07-19' });
    expect((await fatima.patch(`/api/v1/gezinnen/${familyId}/gezinsleden/${randomUUID()}`, { firstName: 'X' })).statusCode).toBe(404);
  });

  it('a contactverbod is ended with a last day, never removed; its end is logged about both members', async () => {
    const familyId = await newFamily();
    const anna = await addMember(familyId, 'Anna', 'ouder', '1988-03-02');
    const bas = await addMember(familyId, 'Bas', 'ouder', '1986-07-19');
    await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: anna, toMemberId: bas, kind: 'contactverbod', since: addDays(today, -30) });
    const ban = (await view(familyId)).relations.find((r) => r.kind === 'contactverbod')!;

    const removed = await fatima.delete(`/api/v1/gezinnen/${familyId}/relaties/${ban.id}`);
    expect(removed.statusCode).toBe(409);
    expect(removed.json().code).toBe('contactverbod-beeindigen');
    const past = await fatima.patch(`/api/v1/gezinnen/${familyId}/relaties/${ban.id}`, { until: addDays(today, -1) });
    expect(past.statusCode).toBe(400);
    expect(past.json().fields).toEqual(['until']);

    const ended = await fatima.patch(`/api/v1/gezinnen/${familyId}/relaties/${ban.id}`, { until: addDays(today, 7) });
    expect(ended.statusCode, ended.body).toBe(204);
    expect((await view(familyId)).relations.find((r) => r.id === ban.id)).toMatchObject({ since: addDays(today, -30), until: addDays(today, 7) });
    expect((await logged(familyId, 'wijzigen', 'relatie')).map((r) => [...r.subjects].sort())).toEqual([[anna, bas].sort()]);
  });

  it('a relation entered by mistake is removed', async () => {
    const familyId = await newFamily();
    const anna = await addMember(familyId, 'Anna', 'ouder', '1988-03-02');
    const gerda = await addMember(familyId, 'Gerda', 'netwerk', '1958-11-30');
    await fatima.post(`/api/v1/gezinnen/${familyId}/relaties`, { fromMemberId: gerda, toMemberId: anna, kind: 'gezag-over' });
    const wrong = (await view(familyId)).relations[0]!;
    expect((await fatima.delete(`/api/v1/gezinnen/${familyId}/relaties/${wrong.id}`)).statusCode).toBe(204);
    expect((await view(familyId)).relations).toEqual([]);
    expect((await fatima.delete(`/api/v1/gezinnen/${familyId}/relaties/${wrong.id}`)).statusCode).toBe(404);
  });

  it('only the regisseur changes: written out per person for the Jansen family', async () => {
    const henk = jansen().members.find((m) => m.key === 'henk')!.id;
    const expected: Record<string, number> = { samira: 403, mark: 403, noor: 403, daan: 403, henk: 403, ria: 403, jeroen: 403, karim: 404, willem: 404, fatima: 204 };
    for (const [person, status] of Object.entries(expected)) {
      const response = await (await t.as(person)).patch(`/api/v1/gezinnen/${jansen().id}/gezinsleden/${henk}`, { firstName: 'Henk' });
      expect(response.statusCode, person).toBe(status);
    }
    expect(await view(jansen().id)).toMatchObject({ mayEdit: true, mayInvite: true });
    expect(await view(jansen().id, await t.as('jeroen'))).toMatchObject({ mayEdit: false, mayInvite: false });
  });

  it('a member taken out of the family is gone from the others’ screens, and her own account no longer gets in', async () => {
    const henkAgent = await t.as('henk');
    const henk = jansen().members.find((m) => m.key === 'henk')!.id;
    expect((await henkAgent.get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(200);
    expect((await (await t.as('jeroen')).delete(`/api/v1/gezinnen/${jansen().id}/gezinsleden/${henk}`)).statusCode).toBe(403);

    expect((await fatima.delete(`/api/v1/gezinnen/${jansen().id}/gezinsleden/${henk}`)).statusCode).toBe(204);
    expect((await henkAgent.get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(404);
    const samiraFamily = (await (await t.as('samira')).get(`/api/v1/gezinnen/${jansen().id}`)).json() as FamilySummary;
    expect(samiraFamily.members.map((m) => m.id)).not.toContain(henk);
    expect((await view(jansen().id)).members.map((m) => m.id)).not.toContain(henk);
    expect((await logged(jansen().id, 'verwijderen', 'gezinslid')).at(-1)).toEqual({ subjects: [henk], actor: t.userIdOf('fatima') });
    expect((await fatima.delete(`/api/v1/gezinnen/${jansen().id}/gezinsleden/${henk}`)).statusCode).toBe(404);
  });
});
