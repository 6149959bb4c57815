import type { ToestemmingOverview, ToestemmingStateView } from '@onsplan/shared';
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
const url = () => `/api/v1/gezinnen/${jansen().id}/toestemmingen`;
const noorPrivate = 'Noor mag Fatima altijd bellen';
const ggd = { kind: 'organisatie', name: 'Jeugdarts GGD' };

async function overview(agent: Agent): Promise<ToestemmingOverview> {
  const response = await agent.get(url());
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function decide(agent: Agent, subject: string, payload: Record<string, unknown> = {}) {
  // Each decision is a later row; the test clock only moves when told.
  t.clock.advance(1000);
  return agent.post(url(), {
    clientId: randomUUID(),
    subjectMemberId: memberId(subject),
    recipient: ggd,
    purpose: 'Gegevens over groei en gezondheid delen',
    decision: 'gegeven',
    validUntil: '2027-12-31',
    ...payload,
  });
}

async function revoke(agent: Agent, toestemmingId: string) {
  t.clock.advance(1000);
  return agent.post(`${url()}/${toestemmingId}/intrekking`, { clientId: randomUUID() });
}

/** The toestemming about `subject` for `recipient` as this agent sees it. */
async function stateOf(agent: Agent, subject: string, recipient = ggd.name): Promise<ToestemmingStateView | undefined> {
  return (await overview(agent)).toestemmingen.find((s) => s.subject.memberId === memberId(subject) && s.recipient.name === recipient);
}

async function planTexts(agent: Agent): Promise<string> {
  const response = await agent.get(`/api/v1/gezinnen/${jansen().id}/plan`);
  expect(response.statusCode).toBe(200);
  return response.body;
}

describe(`toestemming on ${testEngine()}`, () => {
  it('each member sees whose data they decide on and who else decides', async () => {
    const subjects = async (who: string) =>
      (await overview(await t.as(who))).subjects.map((s) => [s.firstName, s.band, s.deciders.map((d) => d.firstName), s.mayDecide]);
    expect(await subjects('samira')).toEqual([
      ['Samira', 'volwassen', ['Samira'], true],
      ['Daan', '12-15', ['Daan', 'Samira'], true],
      ['Mila', 'onder-12', ['Samira'], true],
    ]);
    // Mark may not see Samira (contactverbod), not even as a co-decider.
    expect(await subjects('mark')).toEqual([
      ['Mark', 'volwassen', ['Mark'], true],
      ['Daan', '12-15', ['Daan', 'Mark'], true],
      ['Mila', 'onder-12', ['Mark'], true],
    ]);
    expect(await subjects('noor')).toEqual([['Noor', '16-17', ['Noor'], true]]);
    expect(await subjects('daan')).toEqual([['Daan', '12-15', ['Daan', 'Mark', 'Samira'], true]]);
    expect(await subjects('henk')).toEqual([['Henk', 'volwassen', ['Henk'], true]]);
    expect(await subjects('ria')).toEqual(await subjects('samira'));
    expect(await subjects('fatima')).toEqual([
      ['Daan', '12-15', ['Daan', 'Mark', 'Samira'], false],
      ['Henk', 'volwassen', ['Henk'], false],
      ['Mark', 'volwassen', ['Mark'], false],
      ['Mila', 'onder-12', ['Mark', 'Samira'], false],
      ['Noor', '16-17', ['Noor'], false],
      ['Samira', 'volwassen', ['Samira'], false],
    ]);
    for (const who of ['willem', 'karim', 'beheer']) expect((await (await t.as(who)).get(url())).statusCode, who).toBe(404);
  });

  it('Daan (13): compleet only with Daan and both parents with gezag; a parent across the contactverbod sees "onbekend"', async () => {
    const daan = await t.as('daan');
    const samira = await t.as('samira');
    const mark = await t.as('mark');
    const fatima = await t.as('fatima');
    const first = await decide(daan, 'daan');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'onvolledig', purpose: 'Gegevens over groei en gezondheid delen', validUntil: '2027-12-31' });
    expect((await decide(samira, 'daan')).json().status).toBe('onbekend');
    expect((await stateOf(fatima, 'daan'))!.status).toBe('onvolledig');
    expect((await decide(mark, 'daan')).statusCode).toBe(201);

    const statuses = { daan: 'compleet', fatima: 'compleet', jeroen: 'compleet', samira: 'onbekend', mark: 'onbekend', noor: undefined, henk: undefined };
    for (const [who, status] of Object.entries(statuses)) expect((await stateOf(await t.as(who), 'daan'))?.status, who).toBe(status);

    const forDaan = (await stateOf(daan, 'daan'))!;
    expect(forDaan.deciders.map((d) => [d.firstName, d.decision?.decision ?? null])).toEqual([['Daan', 'gegeven'], ['Mark', 'gegeven'], ['Samira', 'gegeven']]);
    expect(forDaan.history).toHaveLength(3);
    // Samira sees Daan's decision and her own, never Mark's (and not his name).
    const forSamira = (await stateOf(samira, 'daan'))!;
    expect(forSamira.deciders.map((d) => [d.firstName, d.decision?.decision ?? null])).toEqual([['Daan', 'gegeven'], ['Samira', 'gegeven']]);
    expect(forSamira.history.map((h) => h.by.name)).toEqual(['Samira', 'Daan']);
    expect(JSON.stringify(await overview(samira))).not.toContain('Mark');

    // One parent withdraws: no longer compleet for anyone, and the history keeps every step.
    const revoked = await revoke(mark, first.json().history[0].id);
    expect(revoked.statusCode).toBe(201);
    expect((await stateOf(fatima, 'daan'))!.status).toBe('ingetrokken');
    expect((await stateOf(fatima, 'daan'))!.history.map((h) => [h.by.name, h.decision])).toEqual([
      ['Mark', 'ingetrokken'],
      ['Mark', 'gegeven'],
      ['Samira', 'gegeven'],
      ['Daan', 'gegeven'],
    ]);
  });

  it('Mila (8): her parents with gezag decide; Mila herself has no say', async () => {
    const samira = await t.as('samira');
    const given = await decide(samira, 'mila', { recipient: { kind: 'professional', name: 'Speltherapeut Anna de Wit' } });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({ subject: { firstName: 'Mila' }, recipient: { kind: 'professional', name: 'Speltherapeut Anna de Wit' }, status: 'onbekend' });
    // The same recipient, written a little differently, is the same toestemming.
    await decide(await t.as('mark'), 'mila', { recipient: { kind: 'professional', name: ' speltherapeut  Anna de Wit ' } });
    const all = (await overview(await t.as('fatima'))).toestemmingen;
    expect(all).toHaveLength(1);
    const state = all[0]!;
    expect(state.recipient.name).toBe('speltherapeut Anna de Wit');
    expect(state.status).toBe('compleet');
    expect(state.deciders.map((d) => d.firstName)).toEqual(['Mark', 'Samira']);
  });

  it('Noor (16) decides alone; her consent lets Samira see her own items, revoking hides them again', async () => {
    const noor = await t.as('noor');
    const samira = await t.as('samira');
    const mark = await t.as('mark');
    expect(await planTexts(samira)).not.toContain(noorPrivate);

    const given = await decide(noor, 'noor', { recipient: { kind: 'gezinslid', memberId: memberId('samira') }, purpose: 'Mama mag mijn afspraken zien' });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({ status: 'compleet', recipient: { kind: 'gezinslid', name: 'Samira', memberId: memberId('samira') } });
    expect(await planTexts(samira)).toContain(noorPrivate);
    expect(await planTexts(mark)).not.toContain(noorPrivate);
    // Who decides is Noor: her parents do not see her toestemmingen.
    expect((await overview(samira)).toestemmingen).toEqual([]);

    const revoked = await revoke(noor, given.json().history[0].id);
    expect(revoked.statusCode).toBe(201);
    expect(revoked.json().status).toBe('ingetrokken');
    expect(await planTexts(samira)).not.toContain(noorPrivate);
  });

  it('Noor (16) refuses toestemming for her parents: they do not see her items, and they cannot decide for her', async () => {
    const noor = await t.as('noor');
    for (const parent of ['samira', 'mark']) {
      const refused = await decide(noor, 'noor', { recipient: { kind: 'gezinslid', memberId: memberId(parent) }, purpose: 'Mijn afspraken', decision: 'geweigerd', validUntil: undefined });
      expect(refused.statusCode).toBe(201);
      expect(refused.json().status).toBe('geweigerd');
      expect(refused.json().validUntil).toBeUndefined();
    }
    expect((await overview(noor)).toestemmingen.map((s) => [s.recipient.name, s.status])).toEqual([['Samira', 'geweigerd'], ['Mark', 'geweigerd']]);
    for (const parent of ['samira', 'mark']) {
      const agent = await t.as(parent);
      expect(await planTexts(agent)).not.toContain(noorPrivate);
      const response = await decide(agent, 'noor', { recipient: { kind: 'gezinslid', memberId: memberId(parent) } });
      expect(response.statusCode, parent).toBe(403);
    }
  });

  it('a consent to a family member ends after its last day', async () => {
    const noor = await t.as('noor');
    await decide(noor, 'noor', { recipient: { kind: 'gezinslid', memberId: memberId('samira') }, validUntil: '2026-11-25' });
    t.clock.set(new Date('2026-11-25T22:00:00Z'));
    expect(await planTexts(await t.as('samira'))).toContain(noorPrivate);
    t.clock.set(new Date('2026-11-25T23:00:00Z'));
    expect(await planTexts(await t.as('samira'))).not.toContain(noorPrivate);
    expect((await stateOf(await t.as('noor'), 'noor', 'Samira'))!.status).toBe('verlopen');
  });

  it('on Daan\'s 16th birthday his parents stop deciding: their decisions no longer count, and they see only their own', async () => {
    const daanBorn = jansen().members.find((m) => m.key === 'daan')!.birthDate;
    const sixteenth = `${Number(daanBorn.slice(0, 4)) + 16}${daanBorn.slice(4)}`;
    await decide(await t.as('daan'), 'daan', { validUntil: '2031-12-31' });
    await decide(await t.as('samira'), 'daan', { validUntil: '2031-12-31' });
    await decide(await t.as('mark'), 'daan', { decision: 'geweigerd', validUntil: undefined });
    t.clock.set(new Date(`${sixteenth}T10:00:00Z`));
    t.clock.advance(-86_400_000);
    expect((await stateOf(await t.as('fatima'), 'daan'))!.status).toBe('geweigerd');
    t.clock.advance(86_400_000);
    const fatimaView = (await stateOf(await t.as('fatima'), 'daan'))!;
    expect(fatimaView.status).toBe('compleet');
    expect(fatimaView.deciders.map((d) => d.firstName)).toEqual(['Daan']);
    const samiraView = (await stateOf(await t.as('samira'), 'daan'))!;
    expect(samiraView.status).toBe('onbekend');
    expect(samiraView.history.map((h) => h.by.name)).toEqual(['Samira']);
    expect((await overview(await t.as('samira'))).subjects.map((s) => s.firstName)).toEqual(['Samira', 'Mila']);
  });

  it('helper Ria decides on behalf of Samira only once Samira gave her that; professionals may not decide (403)', async () => {
    const ria = await t.as('ria');
    // As seeded, Samira let Ria read, react, agree, ask and share, but not give toestemming.
    expect((await decide(ria, 'samira', { recipient: { kind: 'organisatie', name: 'Huisarts Utrecht-Oost' } })).statusCode).toBe(403);
    await t.db.query(`update delegations set scopes = array_append(scopes, 'toestemming-geven') where helper_user_id = $1`, [t.userIdOf('ria')]);
    // Daan (13) is Samira's child: choosing about his data needs the explicit extra scope.
    t.services.directory.forget();
    expect((await decide(ria, 'daan')).statusCode).toBe(403);
    const response = await decide(ria, 'samira', { recipient: { kind: 'organisatie', name: 'Huisarts Utrecht-Oost' } });
    expect(response.statusCode).toBe(201);
    expect(response.json().history[0].by).toEqual({ kind: 'helper', name: 'Ria', onBehalfOf: 'Samira', memberId: memberId('samira'), isMe: true });
    expect((await stateOf(await t.as('samira'), 'samira', 'Huisarts Utrecht-Oost'))!.status).toBe('compleet');
    for (const who of ['fatima', 'jeroen']) {
      const agent = await t.as(who);
      expect((await decide(agent, 'samira')).statusCode, who).toBe(403);
      expect((await revoke(agent, response.json().history[0].id)).statusCode, who).toBe(403);
    }
  });

  it('revoking: only your own consent that holds; a replay answers the same; someone else\'s unseen one is 404', async () => {
    const daan = await t.as('daan');
    const given = (await decide(daan, 'daan')).json() as ToestemmingStateView;
    const id = given.history[0]!.id;
    const payload = { clientId: randomUUID() };
    const first = await daan.post(`${url()}/${id}/intrekking`, payload);
    const again = await daan.post(`${url()}/${id}/intrekking`, payload);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.json().history[0].id).toBe(first.json().history[0].id);
    const twice = await revoke(daan, id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('toestemming-niet-gegeven');
    // Samira decides on Daan's data too, but gave nothing to withdraw.
    expect((await revoke(await t.as('samira'), id)).json().code).toBe('toestemming-niet-gegeven');
    const noor = await t.as('noor');
    const hidden = await revoke(noor, id);
    const unknown = await revoke(noor, randomUUID());
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    const refused = (await decide(daan, 'daan', { recipient: { kind: 'organisatie', name: 'Sportclub' }, decision: 'geweigerd', validUntil: undefined })).json();
    expect((await revoke(daan, refused.history[0].id)).statusCode).toBe(409);
  });

  it.each([
    ['daan', 'samira', {}, 403, 'niet-toegestaan'],
    ['mark', 'samira', {}, 404, 'niet-gevonden'],
    ['henk', 'daan', {}, 404, 'niet-gevonden'],
    ['daan', 'mila', {}, 403, 'niet-toegestaan'],
    ['noor', 'daan', {}, 403, 'niet-toegestaan'],
    ['samira', 'noor', {}, 403, 'niet-toegestaan'],
    ['samira', 'onbekend', {}, 404, 'niet-gevonden'],
    ['samira', 'samira', { validUntil: '2026-11-24' }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { validUntil: '2025-01-01' }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { validUntil: '2027-02-30' }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { validUntil: undefined }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { decision: 'geweigerd' }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { decision: 'ingetrokken' }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { purpose: '   ' }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { recipient: { kind: 'organisatie' } }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { recipient: { kind: 'organisatie', name: '  ' } }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { recipient: { kind: 'gezinslid', member: 'samira' } }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { recipient: { kind: 'gezinslid', member: 'mark' } }, 404, 'niet-gevonden'],
    ['samira', 'daan', { recipient: { kind: 'gezinslid', member: 'henk' } }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { recipient: { kind: 'gezinslid', member: 'noor', name: 'x' } }, 400, 'ongeldige-invoer'],
    ['samira', 'samira', { audience: 'gezin' }, 400, 'ongeldige-invoer'],
  ])('%s deciding on %s with %j answers %i', async (who, subject, payload, status, code) => {
    // Members are named by key in the table: their ids exist only once the test app runs.
    const recipient = (payload as { recipient?: { member?: string } }).recipient;
    const named = recipient?.member ? { ...payload, recipient: { ...recipient, member: undefined, memberId: memberId(recipient.member) } } : payload;
    const response = await decide(await t.as(who), subject, named);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().code).toBe(code);
  });

  it('the same client id twice stores one decision; someone else cannot use it', async () => {
    const samira = await t.as('samira');
    const payload = { clientId: randomUUID(), subjectMemberId: memberId('samira'), recipient: ggd, purpose: 'Doel', decision: 'gegeven', validUntil: '2027-01-01' };
    expect((await samira.post(url(), payload)).statusCode).toBe(201);
    expect((await samira.post(url(), payload)).statusCode).toBe(200);
    expect((await (await t.as('noor')).post(url(), { ...payload, subjectMemberId: memberId('noor') })).statusCode).toBe(400);
    const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from toestemmingen');
    expect(row!.n).toBe(1);
  });

  it('reading, deciding and withdrawing are in the access log, about the member whose data it is', async () => {
    const daan = await t.as('daan');
    const given = (await decide(daan, 'daan')).json() as ToestemmingStateView;
    await revoke(daan, given.history[0]!.id);
    await overview(daan);
    await t.services.log.drain();
    const rows = await t.db.query<{ action: string; kind: string; subjects: string[]; ids: string[] }>(
      `select action, object_kind as kind, subject_member_ids as subjects, object_ids as ids from access_log
        where actor_user_id = $1 and object_kind like 'toestemming%' order by id`,
      [t.userIdOf('daan')],
    );
    expect(rows.map((r) => [r.action, r.kind, r.subjects])).toEqual([
      ['aanmaken', 'toestemming', [memberId('daan')]],
      ['wijzigen', 'toestemming', [memberId('daan')]],
      ['lezen', 'toestemmingen', [memberId('daan')]],
    ]);
    expect(rows[2]!.ids).toHaveLength(2);
  });
});
