import type { InstemmingAnswerView, InstemmingOverview } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)?.id ?? randomUUID();
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const url = () => `/api/v1/gezinnen/${jansen().id}/instemming`;
const firstVersion = () => jansen().plan.versionId;

async function overview(agent: Agent, query = ''): Promise<InstemmingOverview> {
  const response = await agent.get(`${url()}${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function answer(agent: Agent, payload: Record<string, unknown>) {
  // A later answer is a later row; the test clock only moves when told.
  t.clock.advance(1000);
  return agent.post(url(), { clientId: randomUUID(), versionId: firstVersion(), ...payload });
}

/** What a member is asked: for whom, and whether answered. */
const asked = (o: InstemmingOverview) => o.mine.map((m) => [m.firstName, m.forSelf, m.answer?.decision ?? null]);

async function publish(items: unknown[], base = firstVersion()) {
  const fatima = await t.as('fatima');
  const response = await fatima.post(`/api/v1/gezinnen/${jansen().id}/plan/versies`, { baseVersionId: base, items });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().version as { id: string; number: number };
}

describe(`instemming on ${testEngine()}`, () => {
  it('an item narrowed away from a member is not named as removed, nor is its old text shown', async () => {
    const samira = await t.as('samira');
    expect((await answer(samira, { decision: 'eens' })).statusCode).toBe(201);
    await publish([{ op: 'wijzigen', itemKey: itemKey('samen-praten'), envelope: { audience: 'professionals', generalInfo: false } }]);
    const response = await samira.get(url());
    const [mine] = (response.json() as InstemmingOverview).mine;
    expect(mine!.changesSince?.removed ?? []).toEqual([]);
    const oldText = jansen().plan.items.find((i) => i.key === 'samen-praten')!.what;
    expect(response.body).not.toContain(oldText);
  });

  it('asks each member for their own answer, and a parent with gezag also for Mila (under 12)', async () => {
    const expected: Record<string, unknown[]> = {
      samira: [['Samira', true, null], ['Mila', false, null]],
      mark: [['Mark', true, null], ['Mila', false, null]],
      noor: [['Noor', true, null]],
      daan: [['Daan', true, null]],
      henk: [['Henk', true, null]],
      ria: [['Samira', true, null], ['Mila', false, null]],
      fatima: [],
      jeroen: [],
    };
    for (const [who, mine] of Object.entries(expected)) {
      const o = await overview(await t.as(who));
      expect(asked(o), who).toEqual(mine);
      expect(o.version).toMatchObject({ id: firstVersion(), number: 1, isCurrent: true });
      expect(o.members === undefined, who).toBe(!['fatima', 'jeroen'].includes(who));
    }
    for (const who of ['willem', 'karim', 'beheer']) expect((await (await t.as(who)).get(url())).statusCode, who).toBe(404);
  });

  it('an answer is bound to the version; the member sees their own, the professional sees everyone', async () => {
    const samira = await t.as('samira');
    const response = await answer(samira, { decision: 'eens' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ versionId: firstVersion(), versionNumber: 1, memberId: memberId('samira'), decision: 'eens', by: { kind: 'member', name: 'Samira', isMe: true } });
    expect(response.json().remark).toBeUndefined();
    const noor = await t.as('noor');
    expect((await answer(noor, { decision: 'niet-eens', remark: '  Ik wil vaker met Fatima praten. ' })).json().remark).toBe('Ik wil vaker met Fatima praten.');

    expect(asked(await overview(samira))).toEqual([['Samira', true, 'eens'], ['Mila', false, null]]);
    expect(asked(await overview(await t.as('mark')))).toEqual([['Mark', true, null], ['Mila', false, null]]);
    expect(asked(await overview(noor))).toEqual([['Noor', true, 'niet-eens']]);
    expect(asked(await overview(await t.as('daan')))).toEqual([['Daan', true, null]]);

    const members = (await overview(await t.as('fatima'))).members!;
    expect(members.map((m) => [m.firstName, m.status, m.deciders.map((d) => [d.firstName, d.answer?.decision ?? null])])).toEqual([
      ['Daan', 'open', [['Daan', null]]],
      ['Henk', 'open', [['Henk', null]]],
      ['Mark', 'open', [['Mark', null]]],
      ['Mila', 'open', [['Mark', null], ['Samira', null]]],
      ['Noor', 'beantwoord', [['Noor', 'niet-eens']]],
      ['Samira', 'beantwoord', [['Samira', 'eens']]],
    ]);
    expect(members[4]!.deciders[0]!.answer!.remark).toBe('Ik wil vaker met Fatima praten.');
  });

  it('a parent with gezag answers for Mila; across the contactverbod neither parent sees the other one\'s answer', async () => {
    const samira = await t.as('samira');
    const mark = await t.as('mark');
    expect((await answer(samira, { decision: 'eens', memberId: memberId('mila') })).statusCode).toBe(201);
    expect((await answer(mark, { decision: 'eens-met-opmerking', remark: 'Graag ook opa erbij.', memberId: memberId('mila') })).statusCode).toBe(201);
    expect(asked(await overview(samira))).toEqual([['Samira', true, null], ['Mila', false, 'eens']]);
    expect(asked(await overview(mark))).toEqual([['Mark', true, null], ['Mila', false, 'eens-met-opmerking']]);
    expect(JSON.stringify(await overview(samira))).not.toContain('Graag ook opa erbij');
    const mila = (await overview(await t.as('fatima'))).members!.find((m) => m.firstName === 'Mila')!;
    expect(mila.status).toBe('beantwoord');
    expect(mila.deciders.map((d) => [d.firstName, d.answer?.decision, d.answer?.by.name])).toEqual([
      ['Mark', 'eens-met-opmerking', 'Mark'],
      ['Samira', 'eens', 'Samira'],
    ]);
  });

  it.each([
    ['daan', 'mila', 403],
    ['noor', 'daan', 403],
    ['samira', 'noor', 403],
    ['samira', 'daan', 403],
    // Henk (network) and Mark (contactverbod) may not even see that member: the same 404 as an unknown one.
    ['henk', 'mila', 404],
    ['mark', 'samira', 404],
    ['samira', 'onbekend', 404],
  ])('%s may not answer for %s (%i)', async (who, forWhom, status) => {
    const response = await answer(await t.as(who), { decision: 'eens', memberId: memberId(forWhom) });
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(status === 403 ? 'niet-toegestaan' : 'niet-gevonden');
  });

  it('professionals may not give a member\'s instemming (403)', async () => {
    for (const who of ['fatima', 'jeroen']) {
      const agent = await t.as(who);
      for (const payload of [{ decision: 'eens' }, { decision: 'eens', memberId: memberId('samira') }]) {
        const response = await answer(agent, payload);
        expect(response.statusCode, who).toBe(403);
        expect(response.json().code).toBe('niet-toegestaan');
      }
    }
    expect((await answer(await t.as('karim'), { decision: 'eens' })).statusCode).toBe(404);
  });

  it('helper Ria (lezen-en-helpen) answers on behalf of Samira, and the log says so', async () => {
    const ria = await t.as('ria');
    const response = await answer(ria, { decision: 'eens-met-opmerking', remark: 'Samira wil de afspraken op papier.' });
    expect(response.statusCode).toBe(201);
    const given = response.json() as InstemmingAnswerView;
    expect(given).toMatchObject({ memberId: memberId('samira'), by: { kind: 'helper', name: 'Ria', onBehalfOf: 'Samira', isMe: true } });
    expect(asked(await overview(await t.as('samira')))).toEqual([['Samira', true, 'eens-met-opmerking'], ['Mila', false, null]]);
    const fatimaView = (await overview(await t.as('fatima'))).members!.find((m) => m.firstName === 'Samira')!;
    expect(fatimaView.deciders[0]!.answer!.by).toEqual({ kind: 'helper', name: 'Ria Bakker', onBehalfOf: 'Samira El Amrani', isMe: false });
    await t.services.log.drain();
    const [entry] = await t.db.query<{ onBehalf: string; subjects: string[]; ids: string[] }>(
      `select on_behalf_of_member_id as "onBehalf", subject_member_ids as subjects, object_ids as ids from access_log
        where actor_user_id = $1 and action = 'aanmaken' and object_kind = 'instemming'`,
      [t.userIdOf('ria')],
    );
    expect(entry).toEqual({ onBehalf: memberId('samira'), subjects: [memberId('samira')], ids: [given.id] });
  });

  it.each([
    [{ decision: 'niet-eens' }, 400, 'uitleg-nodig'],
    [{ decision: 'niet-eens', remark: '   ' }, 400, 'uitleg-nodig'],
    [{ decision: 'eens-met-opmerking', remark: '' }, 400, 'uitleg-nodig'],
    [{ decision: 'eens', remark: 'Toch iets' }, 400, 'ongeldige-invoer'],
    [{ decision: 'misschien' }, 400, 'ongeldige-invoer'],
    [{ decision: 'eens', versionId: 'geen-uuid' }, 400, 'ongeldige-invoer'],
    [{ decision: 'eens', extra: true }, 400, 'ongeldige-invoer'],
    [{ decision: 'eens', versionId: randomUUID() }, 404, 'niet-gevonden'],
  ])('bad answer %# is refused', async (payload, status, code) => {
    const response = await answer(await t.as('samira'), payload);
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
    if (code === 'uitleg-nodig') expect(response.json().fields).toEqual(['remark']);
  });

  it('the same client id twice stores one answer, also after the plan moved on; someone else cannot use it', async () => {
    const samira = await t.as('samira');
    const payload = { clientId: randomUUID(), versionId: firstVersion(), decision: 'eens' };
    const first = await samira.post(url(), payload);
    await publish([{ op: 'wijzigen', itemKey: itemKey('samen-praten'), content: { when: 'Elke dinsdag' } }]);
    const again = await samira.post(url(), payload);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().id).toBe(first.json().id);
    expect((await (await t.as('noor')).post(url(), payload)).statusCode).toBe(400);
    const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from instemmingen');
    expect(row!.n).toBe(1);
  });

  it('a new version asks again: an answer on the old one is 409, and each member sees only what changed for them', async () => {
    const samira = await t.as('samira');
    const mark = await t.as('mark');
    await answer(samira, { decision: 'eens' });
    await answer(mark, { decision: 'eens' });
    const v2 = await publish([
      { op: 'wijzigen', itemKey: itemKey('samen-praten'), content: { when: 'Elke dinsdag' } },
      { op: 'wijzigen', itemKey: itemKey('ophalen-school'), content: { where: 'Basisschool De Regenboog, Merelstraat 9' } },
      { op: 'wijzigen', itemKey: itemKey('training-mark'), content: { scale: 6 } },
      { op: 'wijzigen', itemKey: itemKey('risico'), content: { when: 'In april' } },
      { op: 'verwijderen', itemKey: itemKey('opa-belt') },
      { op: 'toevoegen', content: { section: 'herstel', kind: 'afspraak', what: 'Samira en Fatima maken een plan voor de zomer.' }, envelope: { audience: 'leden', audienceMembers: [memberId('samira')] } },
    ]);

    const stale = await answer(samira, { decision: 'eens' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'plan-veranderd', title: 'Het plan is veranderd. Lees eerst de nieuwe versie.' });

    const [samiraAsked] = (await overview(samira)).mine;
    expect(samiraAsked).toMatchObject({ answer: null, previous: { versionNumber: 1, decision: 'eens' } });
    expect(samiraAsked!.changesSince).toEqual({
      fromVersion: 1,
      added: [{ key: expect.any(String), what: 'Samira en Fatima maken een plan voor de zomer.' }],
      changed: [
        { key: itemKey('ophalen-school'), what: 'Opa Henk haalt Daan en Mila op van school.' },
        { key: itemKey('samen-praten'), what: 'Eén keer per maand kijken we samen hoe het gaat.' },
      ],
      removed: [{ key: itemKey('opa-belt'), what: 'Opa Henk belt Fatima als hij zich zorgen maakt.' }],
    });
    // Mark may not see the school address, Samira's new item or the professionals' item: none of them is named.
    const [markAsked] = (await overview(mark)).mine;
    expect(markAsked!.changesSince).toEqual({
      fromVersion: 1,
      added: [],
      changed: [
        { key: itemKey('training-mark'), what: 'Mark leert zijn boosheid de baas te blijven.' },
        { key: itemKey('samen-praten'), what: 'Eén keer per maand kijken we samen hoe het gaat.' },
      ],
      removed: [{ key: itemKey('opa-belt'), what: 'Opa Henk belt Fatima als hij zich zorgen maakt.' }],
    });
    // Noor never answered: she is asked, with nothing to compare.
    const [noorAsked] = (await overview(await t.as('noor'))).mine;
    expect(noorAsked).toEqual({ memberId: memberId('noor'), firstName: 'Noor', forSelf: true, answer: null, previous: null });

    const fresh = await answer(samira, { decision: 'niet-eens', remark: 'De zomer is te laat.', versionId: v2.id });
    expect(fresh.statusCode).toBe(201);
    const after = (await overview(samira)).mine[0]!;
    expect(after).toMatchObject({ answer: { versionNumber: 2, decision: 'niet-eens' }, previous: null });
    expect(after.changesSince).toBeUndefined();

    // A professional looks back at version 1: the answers given then.
    const v1 = await overview(await t.as('fatima'), `?versionId=${firstVersion()}`);
    expect(v1.version).toMatchObject({ number: 1, isCurrent: false });
    expect(v1.members!.filter((m) => m.status === 'beantwoord').map((m) => m.firstName)).toEqual(['Mark', 'Samira']);
    expect((await samira.get(`${url()}?versionId=${randomUUID()}`)).statusCode).toBe(404);
  });

  it('reading and answering are in the access log', async () => {
    const daan = await t.as('daan');
    const given = (await answer(daan, { decision: 'eens' })).json() as InstemmingAnswerView;
    await overview(daan);
    await overview(await t.as('fatima'));
    await t.services.log.drain();
    const rows = await t.db.query<{ actor: string; action: string; kind: string; ids: string[]; subjects: string[] }>(
      `select actor_user_id as actor, action, object_kind as kind, object_ids as ids, subject_member_ids as subjects
         from access_log where object_kind in ('instemming', 'instemmingen') order by id`,
    );
    expect(rows.map((r) => [r.actor, r.action, r.kind])).toEqual([
      [t.userIdOf('daan'), 'aanmaken', 'instemming'],
      [t.userIdOf('daan'), 'lezen', 'instemmingen'],
      [t.userIdOf('fatima'), 'lezen', 'instemmingen'],
    ]);
    expect(rows[0]!.ids).toEqual([given.id]);
    expect(rows[1]!.ids.sort()).toEqual([firstVersion(), given.id].sort());
    expect(rows[1]!.subjects).toEqual([memberId('daan')]);
    expect(rows[2]!.subjects).toHaveLength(6);
  });
});
