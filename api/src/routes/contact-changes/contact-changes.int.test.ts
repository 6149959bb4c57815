import { addDays, dutchDay, type ContactChangeView, type FamilySummary } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testStart } from '../../test/clock.ts';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const url = () => `/api/v1/gezinnen/${jansen().id}/contactwijzigingen`;
const oldAddress = 'Lindelaan 12, 3514 BK Utrecht';
const newAddress = { field: 'adres', street: 'Merelstraat', houseNumber: '41a', postcode: '3581ab', city: 'Utrecht' };
const newAddressText = 'Merelstraat 41a, 3581 AB Utrecht';

async function propose(agent: Agent, payload: Record<string, unknown>) {
  return agent.post(url(), { clientId: randomUUID(), ...payload });
}

async function changesOf(agent: Agent): Promise<ContactChangeView[]> {
  const response = await agent.get(url());
  expect(response.statusCode).toBe(200);
  return response.json().changes;
}

async function fieldsOf(agent: Agent, member: string): Promise<Record<string, string>> {
  const family = (await agent.get(`/api/v1/gezinnen/${jansen().id}`)).json() as FamilySummary;
  const shown = family.members.find((m) => m.id === memberId(member));
  return Object.fromEntries((shown?.fields ?? []).map((f) => [f.field, f.value]));
}

describe(`contactgegevens wijzigen on ${testEngine()}`, () => {
  it('Samira proposes a new address; only she and the professionals see the proposal, and it keeps the old shield', async () => {
    const samira = await t.as('samira');
    const response = await propose(samira, newAddress);
    expect(response.statusCode).toBe(201);
    const change = response.json() as ContactChangeView;
    expect(change).toEqual({
      id: expect.any(String),
      memberId: memberId('samira'),
      memberName: 'Samira',
      field: 'adres',
      value: newAddressText,
      currentValue: oldAddress,
      status: 'voorgesteld',
      proposedAt: t.clock.now().toISOString(),
      proposedBy: { kind: 'member', isMe: true, name: 'Samira' },
      shielded: true,
    });
    const fatima = await t.as('fatima');
    expect((await changesOf(fatima)).map((c) => [c.value, c.shieldedFrom])).toEqual([[newAddressText, [{ memberId: memberId('mark'), firstName: 'Mark' }]]]);
    expect((await changesOf(await t.as('jeroen'))).map((c) => c.id)).toEqual([change.id]);
    for (const who of ['mark', 'noor', 'daan', 'henk']) expect(await changesOf(await t.as(who)), who).toEqual([]);
    expect((await changesOf(await t.as('ria'))).map((c) => c.id)).toEqual([change.id]);
  });

  it('the same client id twice stores one proposal; someone else cannot claim it', async () => {
    const samira = await t.as('samira');
    const payload = { clientId: randomUUID(), field: 'telefoon', phone: '06-12 34 56 78' };
    const first = await samira.post(url(), payload);
    const again = await samira.post(url(), payload);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(first.json().value).toBe('0612345678');
    expect((await (await t.as('noor')).post(url(), payload)).statusCode).toBe(400);
  });

  it('Fatima accepts and shields the new address from Mark; the old value is kept as history', async () => {
    const samira = await t.as('samira');
    const change = (await propose(samira, newAddress)).json() as ContactChangeView;
    const fatima = await t.as('fatima');
    const accepted = await fatima.post(`${url()}/${change.id}/akkoord`, { shieldedFrom: [memberId('mark')] });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'geaccepteerd', decision: { by: { name: 'Fatima Yılmaz', jobTitle: 'Regisseur' } }, shielded: true });
    expect(accepted.json()).not.toHaveProperty('currentValue');

    expect((await fieldsOf(samira, 'samira')).adres).toBe(newAddressText);
    expect((await fieldsOf(fatima, 'samira')).adres).toBe(newAddressText);
    const mine = (await changesOf(samira))[0]!;
    expect(mine).toMatchObject({ status: 'geaccepteerd', shielded: true });
    expect(mine).not.toHaveProperty('shieldedFrom');

    const [field] = await t.db.query<{ value: string; shieldedFrom: string[]; audience: string }>(
      `select value, shielded_from as "shieldedFrom", audience from member_fields where member_id = $1 and field = 'adres'`,
      [memberId('samira')],
    );
    expect(field).toEqual({ value: newAddressText, shieldedFrom: [memberId('mark')], audience: 'volwassenen' });
    const history = await t.db.query<{ value: string; shieldedFrom: string[]; changeId: string; validFrom: Date; validUntil: Date }>(
      `select value, shielded_from as "shieldedFrom", replaced_by_change_id as "changeId", valid_from as "validFrom", valid_until as "validUntil"
         from member_field_history where member_id = $1`,
      [memberId('samira')],
    );
    // From the seed's moment to the acceptance, both on the app's clock (not the database's).
    expect(history).toEqual([{ value: oldAddress, shieldedFrom: [memberId('mark')], changeId: change.id, validFrom: testStart, validUntil: t.clock.now() }]);
    await expect(t.db.query('delete from member_field_history')).rejects.toThrow(/append-only/);
  });

  it('an afgeschermd address stays afgeschermd, also when the professional sets no shield and the contactverbod ends', async () => {
    const samira = await t.as('samira');
    const change = (await propose(samira, newAddress)).json() as ContactChangeView;
    const fatima = await t.as('fatima');
    expect((await fatima.post(`${url()}/${change.id}/akkoord`, {})).statusCode).toBe(200);
    // The contactverbod ended two days ago on the app's clock (not the database's now(), which is
    // today's real date): from now on only the shield keeps Mark out.
    await t.db.query(`update member_relations set until = $1 where kind = 'contactverbod'`, [addDays(dutchDay(t.clock.now()), -2)]);
    const mark = await t.as('mark');
    const family = (await mark.get(`/api/v1/gezinnen/${jansen().id}`)).json() as FamilySummary;
    expect(family.members.map((m) => m.id)).toContain(memberId('samira'));
    expect(await fieldsOf(mark, 'samira')).toEqual({});
    expect(JSON.stringify(family)).not.toContain('Merelstraat');
  });

  it('a new shield needs a reason chosen on purpose and is the regisseur\'s decision, logged about whom it hides from', async () => {
    const noor = await t.as('noor');
    const change = (await propose(noor, { field: 'telefoon', phone: '0687654321' })).json() as ContactChangeView;
    const fatima = await t.as('fatima');
    const jeroen = await t.as('jeroen');
    const accept = (agent: Awaited<ReturnType<typeof t.as>>, body: object) => agent.post(`${url()}/${change.id}/akkoord`, body);

    const none = await accept(fatima, { shieldedFrom: [memberId('mark')] });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'uitleg-nodig', fields: ['reason'] });
    const bare = await accept(fatima, { shieldedFrom: [memberId('mark')], reason: 'anders', reasonText: '  ' });
    expect(bare.json()).toMatchObject({ code: 'uitleg-nodig', fields: ['reasonText'] });
    // A betrokken professional decides contact changes, but does not shield (acting rules).
    expect((await accept(jeroen, { shieldedFrom: [memberId('mark')], reason: 'veiligheid' })).statusCode).toBe(403);
    expect((await changesOf(fatima)).find((c) => c.id === change.id)).toMatchObject({ status: 'voorgesteld' });

    const accepted = await accept(fatima, { shieldedFrom: [memberId('mark')], reason: 'anders', reasonText: 'Noor vroeg het zelf.' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const [field] = await t.db.query<{ reason: string; text: string }>(
      `select shield_reason as reason, shield_reason_text as text from member_fields where member_id = $1 and field = 'telefoon'`,
      [memberId('noor')],
    );
    expect(field).toEqual({ reason: 'anders', text: 'Noor vroeg het zelf.' });
    const [logged] = await t.db.query<{ subjects: string[] }>(
      `select subject_member_ids as subjects from access_log where action = 'wijzigen' and object_kind = 'contactgegevens' and $1 = any(object_ids::text[])`,
      [change.id],
    );
    expect([...logged!.subjects].sort()).toEqual([memberId('noor'), memberId('mark')].sort());
  });

  it('a first value is seen by the member and the professionals only, and a shield a professional sets holds', async () => {
    const noor = await t.as('noor');
    const change = (await propose(noor, { field: 'email', email: 'Noor@Voorbeeld.NL' })).json() as ContactChangeView;
    expect(change).toMatchObject({ value: 'Noor@voorbeeld.nl', shielded: false });
    expect(change).not.toHaveProperty('currentValue');
    const fatima = await t.as('fatima');
    const accepted = await fatima.post(`${url()}/${change.id}/akkoord`, { shieldedFrom: [memberId('samira')], reason: 'vertrouwelijk-jeugdige' });
    expect(accepted.json().shieldedFrom).toEqual([{ memberId: memberId('samira'), firstName: 'Samira' }]);
    expect((await fieldsOf(noor, 'noor')).email).toBe('Noor@voorbeeld.nl');
    for (const who of ['samira', 'mark', 'daan']) expect(await fieldsOf(await t.as(who), 'noor'), who).toEqual({});
  });

  it("a youth's proposal does not reach the parents with gezag", async () => {
    const daan = await t.as('daan');
    const change = (await propose(daan, { field: 'telefoon', phone: '+31 6 87654321' })).json() as ContactChangeView;
    expect(change.value).toBe('0687654321');
    expect((await changesOf(daan)).map((c) => c.id)).toEqual([change.id]);
    for (const who of ['samira', 'mark']) expect(await changesOf(await t.as(who)), who).toEqual([]);
    expect((await changesOf(await t.as('fatima'))).map((c) => c.id)).toEqual([change.id]);
  });

  it('a helper proposes on behalf of Samira, and it says so', async () => {
    const ria = await t.as('ria');
    const response = await propose(ria, { field: 'telefoon', phone: '030 123 45 67' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ memberId: memberId('samira'), value: '0301234567', proposedBy: { kind: 'helper', isMe: true, name: 'Ria', onBehalfOf: 'Samira' } });
    const seen = (await changesOf(await t.as('samira')))[0]!;
    expect(seen.proposedBy).toEqual({ kind: 'helper', isMe: false, name: 'Ria', onBehalfOf: 'Samira' });
  });

  it('a member cannot shield, choose an audience or decide; only a professional decides', async () => {
    const samira = await t.as('samira');
    for (const extra of [{ shieldedFrom: [memberId('mark')] }, { audience: 'professionals' }, { memberId: memberId('mila') }]) {
      const response = await propose(samira, { ...newAddress, ...extra });
      expect(response.statusCode, JSON.stringify(extra)).toBe(400);
      expect(response.json().code).toBe('ongeldige-invoer');
    }
    const change = (await propose(samira, newAddress)).json() as ContactChangeView;
    for (const who of ['samira', 'ria']) {
      const agent = who === 'samira' ? samira : await t.as(who);
      for (const action of ['akkoord', 'afwijzing']) {
        const response = await agent.post(`${url()}/${change.id}/${action}`, {});
        expect(response.statusCode, `${who} ${action}`).toBe(403);
        expect(response.json().code).toBe('niet-toegestaan');
      }
    }
    const fatima = await t.as('fatima');
    expect((await fatima.post(url(), { clientId: randomUUID(), field: 'telefoon', phone: '0612345678' })).statusCode).toBe(403);
  });

  it.each([
    [{ ...newAddress, postcode: '0123 AB' }, ['postcode']],
    [{ ...newAddress, postcode: '1234 SS', houseNumber: 'twaalf' }, ['houseNumber', 'postcode']],
    [{ field: 'adres', street: 'Merelstraat', houseNumber: '41' }, ['postcode', 'city']],
    [{ field: 'telefoon', phone: '06 1234' }, ['phone']],
    [{ field: 'email', email: 'samira@voorbeeld' }, ['email']],
    [{ field: 'email', email: 'samira@voorbeeld.nl', phone: '0612345678' }, ['phone']],
    [{ field: 'fax', phone: '0612345678' }, ['field']],
    [{ ...newAddress, city: 'x'.repeat(81) }, ['city']],
  ])('bad input %# answers 400 with the fields %j', async (payload, fields) => {
    const response = await propose(await t.as('samira'), payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'ongeldige-invoer', fields });
  });

  it('Fatima declines with a reason; the member sees it; a decision stands', async () => {
    const samira = await t.as('samira');
    const change = (await propose(samira, { field: 'telefoon', phone: '0612345678' })).json() as ContactChangeView;
    const fatima = await t.as('fatima');
    const declined = await fatima.post(`${url()}/${change.id}/afwijzing`, { reason: 'Dit nummer werkt niet. Bel mij even.' });
    expect(declined.statusCode).toBe(200);
    expect((await fatima.post(`${url()}/${change.id}/afwijzing`, {})).statusCode).toBe(200);
    const seen = (await changesOf(samira))[0]!;
    expect(seen).toMatchObject({ status: 'afgewezen', decision: { by: { name: 'Fatima Yılmaz' }, reason: 'Dit nummer werkt niet. Bel mij even.' } });
    const late = await fatima.post(`${url()}/${change.id}/akkoord`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('al-besloten');
    expect(await fieldsOf(samira, 'samira')).not.toHaveProperty('telefoon');
  });

  it('accepting twice is one change; a newer proposal replaces an open older one', async () => {
    const samira = await t.as('samira');
    const older = (await propose(samira, { field: 'telefoon', phone: '0611111111' })).json() as ContactChangeView;
    t.clock.advance(60_000);
    const newer = (await propose(samira, { field: 'telefoon', phone: '0622222222' })).json() as ContactChangeView;
    const fatima = await t.as('fatima');
    const late = await fatima.post(`${url()}/${older.id}/akkoord`, {});
    expect(late.statusCode).toBe(409);
    expect((await fatima.post(`${url()}/${newer.id}/akkoord`, {})).statusCode).toBe(200);
    expect((await fatima.post(`${url()}/${newer.id}/akkoord`, {})).statusCode).toBe(200);
    // A shield that was not set the first time is not silently dropped.
    expect((await fatima.post(`${url()}/${newer.id}/akkoord`, { shieldedFrom: [memberId('noor')] })).statusCode).toBe(409);
    expect((await fatima.get(`${url()}?status=voorgesteld`)).json().changes).toEqual([]);
    expect((await changesOf(samira)).map((c) => [c.value, c.status])).toEqual([['0622222222', 'geaccepteerd'], ['0611111111', 'vervangen']]);
    expect((await t.db.query(`select 1 from member_field_history`)).length).toBe(0);
    expect((await fieldsOf(samira, 'samira')).telefoon).toBe('0622222222');
  });

  it('shielding from the member themself or from a stranger answers 400', async () => {
    const change = (await propose(await t.as('samira'), newAddress)).json() as ContactChangeView;
    const fatima = await t.as('fatima');
    for (const id of [memberId('samira'), t.world.families[1]!.members[0]!.id, randomUUID()]) {
      const response = await fatima.post(`${url()}/${change.id}/akkoord`, { shieldedFrom: [id] });
      expect(response.statusCode).toBe(400);
      expect(response.json().fields).toEqual(['shieldedFrom']);
    }
  });

  it('a hidden proposal, an unknown one and another family answer the same 404', async () => {
    const change = (await propose(await t.as('samira'), newAddress)).json() as ContactChangeView;
    const karim = await t.as('karim');
    const fatima = await t.as('fatima');
    const unknown = await fatima.post(`${url()}/${randomUUID()}/akkoord`, {});
    expect(unknown.statusCode).toBe(404);
    const otherFamily = await karim.post(`${url()}/${change.id}/akkoord`, {});
    expect(otherFamily.body).toBe(unknown.body);
    expect((await karim.get(url())).body).toBe((await fatima.get(`/api/v1/gezinnen/${randomUUID()}/contactwijzigingen`)).body);
  });

  it('proposing, listing and deciding are in the access log, about the member', async () => {
    const samira = await t.as('samira');
    const change = (await propose(samira, newAddress)).json() as ContactChangeView;
    const fatima = await t.as('fatima');
    await fatima.get(url());
    await fatima.post(`${url()}/${change.id}/akkoord`, {});
    await t.services.log.drain();
    const rows = await t.db.query<{ actor: string; action: string; objectKind: string; subjects: string[] }>(
      `select actor_name as actor, action, object_kind as "objectKind", subject_member_ids as subjects from access_log
        where object_kind in ('contactwijziging', 'contactwijzigingen', 'contactgegevens') order by id`,
    );
    const samiraId = memberId('samira');
    expect(rows).toEqual([
      { actor: 'Samira El Amrani', action: 'aanmaken', objectKind: 'contactwijziging', subjects: [samiraId] },
      { actor: 'Fatima Yılmaz', action: 'lezen', objectKind: 'contactwijzigingen', subjects: [samiraId] },
      { actor: 'Fatima Yılmaz', action: 'wijzigen', objectKind: 'contactgegevens', subjects: [samiraId] },
    ]);
  });
});
