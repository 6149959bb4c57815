import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const day = 24 * 60 * 60 * 1000;
const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const base = () => `/api/v1/gezinnen/${jansen().id}`;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const fieldId = (key: string) => jansen().fields.find((f) => f.key === key)!.id;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const planItem = (key: string) => ({ kind: 'plan-item', id: itemKey(key) });

function ask(agent: Agent, payload: Record<string, unknown>) {
  return agent.post(`${base()}/correctieverzoeken`, { clientId: randomUUID(), kind: 'wijzigen', proposedText: 'Zo is het beter.', reason: 'Dit klopt niet.', ...payload });
}

const step = (agent: Agent, id: string, what: 'behandeling' | 'verlenging' | 'besluit', body: Record<string, unknown> = {}) =>
  agent.post(`${base()}/correctieverzoeken/${id}/${what}`, body);

async function requestIds(who: string): Promise<string[]> {
  const response = await (await t.as(who)).get(`${base()}/correctieverzoeken`);
  expect(response.statusCode).toBe(200);
  return response.json().correctieverzoeken.map((r: { id: string }) => r.id);
}

async function verklaringBodies(who: string): Promise<string[]> {
  const response = await (await t.as(who)).get(`${base()}/eigen-verklaringen`);
  expect(response.statusCode).toBe(200);
  return response.json().eigenVerklaringen.map((v: { body: string }) => v.body);
}

/** Mark asks, Fatima refuses with reasons: the start of every eigen verklaring. */
async function refused(target: { kind: string; id: string }) {
  const mark = await t.as('mark');
  const fatima = await t.as('fatima');
  const id = (await ask(mark, { target })).json().id as string;
  const decision = await step(fatima, id, 'besluit', { outcome: 'afwijzen', reasons: 'Dit is wat Fatima zelf zag en opschreef.' });
  expect(decision.statusCode).toBe(200);
  return { mark, fatima, id };
}

describe(`correctieverzoeken on ${testEngine()}`, () => {
  it('Mark asks to change an item he sees (201); the same client id again is the same request (200)', async () => {
    const mark = await t.as('mark');
    const payload = { clientId: randomUUID(), target: planItem('training-mark'), kind: 'wijzigen', proposedText: 'Mark leert rustig te blijven.', reason: 'Zo voelt het beter.' };
    const first = await mark.post(`${base()}/correctieverzoeken`, payload);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      target: { kind: 'plan-item', id: itemKey('training-mark'), label: 'Mark leert zijn boosheid de baas te blijven.' },
      kind: 'wijzigen',
      status: 'ontvangen',
      requester: { isMe: true, name: 'Mark' },
      deadline: { receivedOn: '2026-11-24', firstDueOn: '2026-12-24', extendedDueOn: null, dueOn: '2026-12-24', daysLeft: 30, warning: false, overdue: false },
      extension: null,
      decision: null,
      eigenVerklaringen: [],
      mayAddEigenVerklaring: false,
    });
    const again = await mark.post(`${base()}/correctieverzoeken`, payload);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect(await requestIds('mark')).toEqual([first.json().id]);
  });

  it('on Samira’s address, Noor’s item or an unknown id Mark gets the same 404', async () => {
    const mark = await t.as('mark');
    const address = await ask(mark, { target: { kind: 'member-field', id: fieldId('adres-samira') } });
    const noor = await ask(mark, { target: planItem('noor-belt') });
    const unknown = await ask(mark, { target: { kind: 'member-field', id: randomUUID() } });
    const unknownItem = await ask(mark, { target: { kind: 'plan-item', id: randomUUID() } });
    const samiraHerself = await ask(mark, { target: { kind: 'member', id: memberId('samira') } });
    for (const response of [address, noor, unknownItem, samiraHerself]) {
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe(unknown.body);
    }
    expect(address.body).not.toContain('Lindelaan');
  });

  it('a member sees only their own requests; the helper who may help sees those of her member; professionals see all', async () => {
    const mark = await t.as('mark');
    const ria = await t.as('ria');
    const byMark = (await ask(mark, { target: planItem('via-fatima') })).json();
    const byRia = await ask(ria, { target: { kind: 'member-field', id: fieldId('adres-samira') }, proposedText: 'Lindelaan 14, 3514 BK Utrecht' });
    expect(byRia.statusCode).toBe(201);
    expect(byRia.json().requester).toEqual({ isMe: true, name: 'Samira', byHelper: 'Ria' });
    expect(await requestIds('mark')).toEqual([byMark.id]);
    expect(await requestIds('samira')).toEqual([byRia.json().id]);
    expect(await requestIds('ria')).toEqual([byRia.json().id]);
    expect(await requestIds('noor')).toEqual([]);
    expect(await requestIds('henk')).toEqual([]);
    expect((await requestIds('fatima')).sort()).toEqual([byMark.id, byRia.json().id].sort());
    expect((await requestIds('jeroen')).sort()).toEqual([byMark.id, byRia.json().id].sort());
    expect((await (await t.as('karim')).get(`${base()}/correctieverzoeken`)).statusCode).toBe(404);
    // Mark never learns what Samira asked about her address.
    expect((await mark.get(`${base()}/correctieverzoeken`)).body).not.toContain('Lindelaan');
  });

  it('a helper who may only read cannot ask (403), but reads the requests of the member they help', async () => {
    await t.db.query(`update delegations set scopes = '{lezen}' where helper_user_id = $1`, [t.userIdOf('ria')]);
    const ria = await t.as('ria');
    expect((await ask(ria, { target: planItem('samen-praten') })).statusCode).toBe(403);
    expect((await ria.get(`${base()}/correctieverzoeken`)).statusCode).toBe(200);
  });

  it('Fatima starts, extends once with reasons, cannot extend again (409), then refuses; without reasons that is 400', async () => {
    const mark = await t.as('mark');
    const fatima = await t.as('fatima');
    const id = (await ask(mark, { target: planItem('training-mark') })).json().id;

    const started = await step(fatima, id, 'behandeling');
    expect(started.statusCode).toBe(200);
    expect(started.json().status).toBe('in-behandeling');

    const extended = await step(fatima, id, 'verlenging', { reason: 'Ik wil eerst met de trainer praten.' });
    expect(extended.statusCode).toBe(200);
    expect(extended.json()).toMatchObject({
      status: 'extra-tijd',
      deadline: { firstDueOn: '2026-12-24', extendedDueOn: '2027-02-24', dueOn: '2027-02-24' },
      extension: { reason: 'Ik wil eerst met de trainer praten.' },
    });
    const second = await step(fatima, id, 'verlenging', { reason: 'Nog meer tijd.' });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('verlenging-al-gebruikt');

    for (const body of [{ outcome: 'afwijzen' }, { outcome: 'afwijzen', reasons: '   ' }, { outcome: 'deels', change: { what: 'Half.' } }]) {
      const noReasons = await step(fatima, id, 'besluit', body);
      expect(noReasons.statusCode).toBe(400);
      expect(noReasons.json()).toMatchObject({ code: 'ongeldige-invoer', fields: ['reasons'] });
    }

    const refusal = await step(fatima, id, 'besluit', { outcome: 'afwijzen', reasons: 'De trainer zag dit zo. Dat is zijn mening.' });
    expect(refusal.statusCode).toBe(200);
    expect(refusal.json().decision).toMatchObject({ status: 'afgewezen', reasons: 'De trainer zag dit zo. Dat is zijn mening.', rightsNotice: true, removalGround: null });

    const marksView = (await mark.get(`${base()}/correctieverzoeken`)).json().correctieverzoeken[0];
    expect(marksView).toMatchObject({ status: 'afgewezen', mayAddEigenVerklaring: true, decision: { rightsNotice: true }, deadline: { warning: false, overdue: false } });
    const again = await step(fatima, id, 'besluit', { outcome: 'toekennen' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('al-besloten');
  });

  it('an extension after the first due date is too late (409); the due date itself still counts', async () => {
    const mark = await t.as('mark');
    const first = (await ask(mark, { target: planItem('training-mark') })).json().id;
    const second = (await ask(mark, { target: planItem('niet-bij-huis') })).json().id;
    t.clock.set(new Date('2026-12-24T20:00:00Z')); // 21:00 in Utrecht: still 24 December
    const fatima = await t.as('fatima');
    expect((await step(fatima, first, 'verlenging', { reason: 'Op de laatste dag.' })).statusCode).toBe(200);
    t.clock.set(new Date('2026-12-24T23:30:00Z')); // 00:30 on 25 December in Utrecht
    const late = await step(await t.as('fatima'), second, 'verlenging', { reason: 'Te laat.' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('verlenging-te-laat');
  });

  it('the inbox lists open requests of all my families, most urgent first, with a warning from a week before', async () => {
    const mark = await t.as('mark');
    const older = (await ask(mark, { target: planItem('training-mark') })).json().id;
    t.clock.advance(3 * day);
    const willem = await t.as('willem');
    const deVries = t.world.families.find((f) => f.key === 'de-vries')!;
    const newer = await willem.post(`/api/v1/gezinnen/${deVries.id}/correctieverzoeken`, {
      clientId: randomUUID(), target: { kind: 'plan-item', id: deVries.plan.items[1]!.id }, kind: 'aanvullen', proposedText: 'Ook op vrijdag.', reason: 'Ik ga vaker.',
    });
    expect(newer.statusCode).toBe(201);
    const decided = (await ask(await t.as('noor'), { target: planItem('noor-belt') })).json().id;
    await step(await t.as('fatima'), decided, 'besluit', { outcome: 'toekennen' });

    const jeroen = await t.as('jeroen');
    const inbox = (await jeroen.get('/api/v1/correctieverzoeken/inbox')).json().correctieverzoeken;
    expect(inbox.map((r: { id: string }) => r.id)).toEqual([older, newer.json().id]);
    expect(inbox.map((r: { familyName: string }) => r.familyName)).toEqual(['Gezin Jansen / El Amrani', 'Huishouden De Vries']);
    expect(inbox[0].deadline).toMatchObject({ dueOn: '2026-12-24', warning: false });

    t.clock.set(new Date('2026-12-17T09:00:00Z'));
    const warned = (await (await t.as('fatima')).get('/api/v1/correctieverzoeken/inbox')).json().correctieverzoeken;
    expect(warned.map((r: { id: string }) => r.id)).toEqual([older]);
    expect(warned[0].deadline).toEqual({ receivedOn: '2026-11-24', firstDueOn: '2026-12-24', extendedDueOn: null, dueOn: '2026-12-24', daysLeft: 7, warning: true, overdue: false });
    expect((await (await t.as('karim')).get('/api/v1/correctieverzoeken/inbox')).json().correctieverzoeken.map((r: { id: string }) => r.id)).toEqual([newer.json().id]);
    expect((await (await t.as('samira')).get('/api/v1/correctieverzoeken/inbox')).statusCode).toBe(403);
  });

  it('only professionals of the family take steps; a member who tries gets 403, another family’s professional 404', async () => {
    const id = (await ask(await t.as('mark'), { target: planItem('training-mark') })).json().id;
    expect((await step(await t.as('mark'), id, 'besluit', { outcome: 'toekennen' })).statusCode).toBe(403);
    expect((await step(await t.as('karim'), id, 'behandeling')).statusCode).toBe(404);
    expect((await ask(await t.as('fatima'), { target: planItem('training-mark') })).statusCode).toBe(403);
  });

  it('granting a change to a plan item publishes a new version; the old version keeps the old text', async () => {
    const mark = await t.as('mark');
    const id = (await ask(mark, { target: planItem('training-mark'), proposedText: 'Mark leert rustig te blijven als hij boos is.' })).json().id;
    const fatima = await t.as('fatima');
    const granted = await step(fatima, id, 'besluit', { outcome: 'toekennen' });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().decision).toMatchObject({ status: 'toegekend', rightsNotice: false, change: { what: 'Mark leert rustig te blijven als hij boos is.' } });
    const plan = (await mark.get(`${base()}/plan`)).json();
    expect(plan.version.number).toBe(2);
    expect(plan.items.find((i: { key: string }) => i.key === itemKey('training-mark')).what).toBe('Mark leert rustig te blijven als hij boos is.');
    const old = await t.db.query<{ what: string }>('select what from plan_items where id = $1', [itemKey('training-mark')]);
    expect(old).toEqual([{ what: 'Mark leert zijn boosheid de baas te blijven.' }]);
    // The member does not get the professional's change record.
    expect((await mark.get(`${base()}/correctieverzoeken`)).json().correctieverzoeken[0].decision.change).toBeUndefined();
  });

  it('a partial grant needs the change and reasons; a personal field keeps its old value in the history', async () => {
    const samira = await t.as('samira');
    const id = (await ask(samira, { target: { kind: 'member-field', id: fieldId('adres-samira') }, proposedText: 'Lindelaan 14, 3514 BK Utrecht' })).json().id;
    const fatima = await t.as('fatima');
    const noChange = await step(fatima, id, 'besluit', { outcome: 'deels', reasons: 'Het huisnummer klopt, de postcode niet.' });
    expect(noChange.statusCode).toBe(400);
    expect(noChange.json().fields).toEqual(['change']);
    const wrongKey = await step(fatima, id, 'besluit', { outcome: 'deels', reasons: 'Het huisnummer klopt.', change: { what: 'x' } });
    expect(wrongKey.statusCode).toBe(400);
    expect(wrongKey.json().fields).toEqual(['change.what']);
    const partly = await step(fatima, id, 'besluit', { outcome: 'deels', reasons: 'Het huisnummer klopt, de postcode niet.', change: { value: 'Lindelaan 14, 3514 BH Utrecht' } });
    expect(partly.statusCode).toBe(200);
    expect(partly.json()).toMatchObject({ status: 'deels-toegekend', decision: { rightsNotice: true }, mayAddEigenVerklaring: false });
    const family = (await samira.get(base())).json();
    expect(family.members.find((m: { id: string }) => m.id === memberId('samira')).fields).toMatchObject([{ field: 'adres', value: 'Lindelaan 14, 3514 BH Utrecht' }]);
    const history = await t.db.query<{ field: string; oldValue: string; newValue: string }>(
      `select field, old_value as "oldValue", new_value as "newValue" from correctie_wijzigingen where correctieverzoek_id = $1`,
      [id],
    );
    expect(history).toEqual([{ field: 'value', oldValue: 'Lindelaan 12, 3514 BK Utrecht', newValue: 'Lindelaan 14, 3514 BH Utrecht' }]);
  });

  it('only a professional’s comment can be corrected', async () => {
    const samira = await t.as('samira');
    const own = (await samira.post(`${base()}/reacties`, { clientId: randomUUID(), body: 'Mijn eigen woorden.' })).json();
    const fatima = await t.as('fatima');
    const reply = (await fatima.post(`${base()}/reacties/${own.id}/antwoorden`, { clientId: randomUUID(), body: 'Samira was boos in het gesprek.' })).json();
    expect((await ask(samira, { target: { kind: 'comment', id: own.id } })).statusCode).toBe(403);
    const onReply = await ask(samira, { target: { kind: 'comment', id: reply.id }, kind: 'aanvullen', proposedText: 'Ik was verdrietig, niet boos.' });
    expect(onReply.statusCode).toBe(201);
    await step(fatima, onReply.json().id, 'besluit', { outcome: 'toekennen' });
    const bodies = (await samira.get(`${base()}/reacties`)).json().comments.map((c: { body: string }) => c.body);
    expect(bodies).toContain('Samira was boos in het gesprek.\n\nIk was verdrietig, niet boos.');
  });

  it.each([
    [{ proposedText: undefined }, 'proposedText'],
    [{ kind: 'verwijderen' }, 'proposedText'],
    [{ reason: '  ' }, 'reason'],
    [{ target: { kind: 'plan-item', id: 'geen-uuid' } }, 'target/id'],
    [{ audience: 'gezin' }, ''],
  ])('bad input %# answers 400 with the field', async (payload, field) => {
    const response = await ask(await t.as('mark'), { target: planItem('training-mark'), ...payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('ongeldige-invoer');
    if (field) expect(response.json().fields).toContain(field);
  });
});

describe(`removal requests (A4) on ${testEngine()}`, () => {
  it('Daan (13) asks himself; Samira may not ask for Daan, but may ask for Mila (8)', async () => {
    const samira = await t.as('samira');
    const forDaan = await ask(samira, { target: planItem('daan-coach'), kind: 'verwijderen', proposedText: undefined });
    expect(forDaan.statusCode).toBe(403);
    expect(forDaan.json().code).toBe('verwijderen-niet-toegestaan');
    const forMila = await ask(samira, { target: planItem('mila-therapie'), kind: 'verwijderen', proposedText: undefined });
    expect(forMila.statusCode).toBe(201);
    expect(forMila.json().deadline).toMatchObject({ firstDueOn: '2026-12-24', destroyBy: '2027-02-24' });
    const byDaan = await ask(await t.as('daan'), { target: planItem('daan-coach'), kind: 'verwijderen', proposedText: undefined });
    expect(byDaan.statusCode).toBe(201);
  });

  it('keeping data needs a legal ground besides reasons', async () => {
    const daan = await t.as('daan');
    const id = (await ask(daan, { target: planItem('daan-coach'), kind: 'verwijderen', proposedText: undefined })).json().id;
    const fatima = await t.as('fatima');
    const noGround = await step(fatima, id, 'besluit', { outcome: 'afwijzen', reasons: 'De coach heeft dit nodig.' });
    expect(noGround.statusCode).toBe(400);
    expect(noGround.json().fields).toEqual(['removalGround']);
    const kept = await step(fatima, id, 'besluit', { outcome: 'afwijzen', reasons: 'De coach heeft dit nodig.', removalGround: 'belang-ander' });
    expect(kept.json().decision).toMatchObject({ status: 'afgewezen', removalGround: 'belang-ander', rightsNotice: true });
  });

  it('granted: the item leaves the plan and its text is destroyed in every old version too', async () => {
    const daan = await t.as('daan');
    const id = (await ask(daan, { target: planItem('daan-coach'), kind: 'verwijderen', proposedText: undefined })).json().id;
    const fatima = await t.as('fatima');
    const granted = await step(fatima, id, 'besluit', { outcome: 'toekennen' });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().status).toBe('toegekend');
    const plan = (await daan.get(`${base()}/plan`)).json();
    expect(plan.items.some((i: { key: string }) => i.key === itemKey('daan-coach'))).toBe(false);
    const rows = await t.db.query<{ what: string; who: string; when: string }>(
      `select what, who, when_text as "when" from plan_items where item_key = $1`,
      [itemKey('daan-coach')],
    );
    expect(rows).toEqual([{ what: '', who: '', when: '' }]);
    // Other items of the old version still never change.
    await expect(t.db.query(`update plan_items set what = '' where id = $1`, [itemKey('samen-praten')])).rejects.toThrow(/never change/);
  });
  it('granted for a personal field or a comment: the value is gone, also from the history of earlier corrections', async () => {
    const samira = await t.as('samira');
    const fatima = await t.as('fatima');
    const field = { kind: 'member-field', id: fieldId('adres-samira') };
    const fix = (await ask(samira, { target: field, proposedText: 'Lindelaan 14, 3514 BK Utrecht' })).json().id;
    await step(fatima, fix, 'besluit', { outcome: 'toekennen' });
    const removal = (await ask(samira, { target: field, kind: 'verwijderen', proposedText: undefined })).json().id;
    expect((await step(fatima, removal, 'besluit', { outcome: 'toekennen' })).statusCode).toBe(200);
    const family = (await samira.get(base())).json();
    expect(family.members.find((m: { id: string }) => m.id === memberId('samira')).fields).toEqual([]);
    const history = await t.db.query<{ oldValue: string | null; newValue: string | null; destroyed: boolean }>(
      `select old_value as "oldValue", new_value as "newValue", destroyed from correctie_wijzigingen where target_id = $1`,
      [fieldId('adres-samira')],
    );
    expect(history).toHaveLength(2);
    expect(history.every((h) => h.oldValue === null && h.newValue === null && h.destroyed)).toBe(true);

    const comment = (await samira.post(`${base()}/reacties`, { clientId: randomUUID(), body: 'Vraag.' })).json();
    const reply = (await fatima.post(`${base()}/reacties/${comment.id}/antwoorden`, { clientId: randomUUID(), body: 'Samira huilde veel.' })).json();
    const gone = (await ask(samira, { target: { kind: 'comment', id: reply.id }, kind: 'verwijderen', proposedText: undefined })).json().id;
    await step(fatima, gone, 'besluit', { outcome: 'toekennen' });
    const bodies = (await samira.get(`${base()}/reacties`)).json().comments.map((c: { body: string }) => c.body);
    expect(bodies).toContain('Deze reactie is verwijderd op verzoek.');
    expect(bodies).not.toContain('Samira huilde veel.');
  });

  it('a member record changes only as the professional says, and keeps the old value', async () => {
    const henk = await t.as('henk');
    const id = (await ask(henk, { target: { kind: 'member', id: memberId('henk') }, proposedText: 'Mijn achternaam is Jansen-de Wit.' })).json().id;
    const fatima = await t.as('fatima');
    const unsaid = await step(fatima, id, 'besluit', { outcome: 'toekennen' });
    expect(unsaid.statusCode).toBe(400);
    expect(unsaid.json().fields).toEqual(['change']);
    expect((await step(fatima, id, 'besluit', { outcome: 'toekennen', change: { lastName: 'Jansen-de Wit' } })).statusCode).toBe(200);
    const [member] = await t.db.query<{ lastName: string }>('select last_name as "lastName" from members where id = $1', [memberId('henk')]);
    expect(member!.lastName).toBe('Jansen-de Wit');
    const history = await t.db.query<{ field: string; oldValue: string }>(`select field, old_value as "oldValue" from correctie_wijzigingen where correctieverzoek_id = $1`, [id]);
    expect(history).toEqual([{ field: 'last_name', oldValue: 'Jansen' }]);
  });
});

describe(`eigen verklaring (A3) on ${testEngine()}`, () => {
  it('before a refusal there is none (409); after it Mark adds one; everyone who sees the item sees it but Samira, others do not', async () => {
    const mark = await t.as('mark');
    const fatima = await t.as('fatima');
    const open = (await ask(mark, { target: planItem('niet-bij-huis') })).json().id;
    const tooEarly = await mark.post(`${base()}/correctieverzoeken/${open}/eigen-verklaringen`, { clientId: randomUUID(), body: 'Te vroeg.' });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().code).toBe('eigen-verklaring-kan-niet');
    await step(fatima, open, 'besluit', { outcome: 'afwijzen', reasons: 'Deze afspraak blijft nodig voor de veiligheid.' });

    const payload = { clientId: randomUUID(), body: 'Ik ben het hier niet mee eens. Ik ben nooit bij het huis geweest.' };
    const added = await mark.post(`${base()}/correctieverzoeken/${open}/eigen-verklaringen`, payload);
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ target: { kind: 'plan-item', id: itemKey('niet-bij-huis') }, correctieverzoekId: open, author: { isMe: true, name: 'Mark' } });
    expect((await mark.post(`${base()}/correctieverzoeken/${open}/eigen-verklaringen`, payload)).statusCode).toBe(200);
    expect((await mark.get(`${base()}/correctieverzoeken`)).json().correctieverzoeken[0].eigenVerklaringen).toHaveLength(1);

    // Samira sees the item (a professional shared it across the contactverbod), but Mark's statement
    // is his own words: it never reaches her in any response (DOMAIN rule 4 over A3).
    const samira = await t.as('samira');
    expect((await samira.get(`${base()}/plan`)).json().items.map((i: { key: string }) => i.key)).toContain(itemKey('niet-bij-huis'));
    expect(await verklaringBodies('samira')).toEqual([]);
    for (const path of ['/synchronisatie?since=0', '/export', '/correctieverzoeken']) {
      expect((await samira.get(`${base()}${path}`)).body).not.toContain(payload.body);
    }
    for (const who of ['noor', 'daan', 'fatima', 'jeroen']) expect(await verklaringBodies(who)).toEqual([payload.body]);
    // Ria helps Samira and sees what Samira sees: not Mark's words either.
    expect(await verklaringBodies('ria')).toEqual([]);
    // Henk does not see the item, so not the statement either; Karim is not of this family.
    expect(await verklaringBodies('henk')).toEqual([]);
    expect((await (await t.as('karim')).get(`${base()}/eigen-verklaringen`)).statusCode).toBe(404);
  });

  it('a statement on an item Samira does not see stays hidden from her; on an item not shared across the contactverbod too', async () => {
    const { mark, id } = await refused(planItem('training-mark'));
    await mark.post(`${base()}/correctieverzoeken/${id}/eigen-verklaringen`, { clientId: randomUUID(), body: 'Ik doe mijn best bij de training.' });
    t.clock.advance(60_000);
    const onFamilyItem = await refused(planItem('samen-praten'));
    await mark.post(`${base()}/correctieverzoeken/${onFamilyItem.id}/eigen-verklaringen`, { clientId: randomUUID(), body: 'Ik wil er ook bij zijn.' });
    expect(await verklaringBodies('mark')).toEqual(['Ik doe mijn best bij de training.', 'Ik wil er ook bij zijn.']);
    expect(await verklaringBodies('samira')).toEqual([]);
    expect(await verklaringBodies('noor')).toEqual(['Ik wil er ook bij zijn.']);
    expect(await verklaringBodies('fatima')).toHaveLength(2);
  });

  it('only the requester adds one; nobody deletes it: a professional gets 403 (A3), and the database refuses', async () => {
    const { mark, fatima, id } = await refused(planItem('niet-bij-huis'));
    expect((await fatima.post(`${base()}/correctieverzoeken/${id}/eigen-verklaringen`, { clientId: randomUUID(), body: 'Namens Mark.' })).statusCode).toBe(403);
    expect((await (await t.as('samira')).post(`${base()}/correctieverzoeken/${id}/eigen-verklaringen`, { clientId: randomUUID(), body: 'x' })).statusCode).toBe(404);
    const verklaring = (await mark.post(`${base()}/correctieverzoeken/${id}/eigen-verklaringen`, { clientId: randomUUID(), body: 'Mijn kant van het verhaal.' })).json();

    const viaApi = await fatima.request({ method: 'DELETE', url: `${base()}/eigen-verklaringen/${verklaring.id}` });
    expect(viaApi.statusCode).toBe(403);
    expect(viaApi.json().code).toBe('niet-toegestaan');
    expect((await mark.request({ method: 'DELETE', url: `${base()}/eigen-verklaringen/${verklaring.id}` })).statusCode).toBe(403);
    const hidden = await (await t.as('willem')).request({ method: 'DELETE', url: `${base()}/eigen-verklaringen/${verklaring.id}` });
    expect(hidden.statusCode).toBe(404);
    const viaRequest = await fatima.request({ method: 'DELETE', url: `${base()}/correctieverzoeken/${id}/eigen-verklaringen/${verklaring.id}` });
    expect(viaRequest.statusCode).toBe(404);
    await expect(t.db.query('delete from eigen_verklaringen where id = $1', [verklaring.id])).rejects.toThrow(/append-only/);
    expect(await verklaringBodies('fatima')).toEqual(['Mijn kant van het verhaal.']);
  });

  it('asking, deciding and reading are in the access log', async () => {
    const { mark, id } = await refused(planItem('training-mark'));
    await mark.post(`${base()}/correctieverzoeken/${id}/eigen-verklaringen`, { clientId: randomUUID(), body: 'Gelogd.' });
    await mark.get(`${base()}/eigen-verklaringen`);
    await t.services.log.drain();
    const rows = await t.db.query<{ action: string; objectKind: string; subjects: string[] }>(
      `select action, object_kind as "objectKind", subject_member_ids as subjects from access_log where family_id = $1 and object_kind in ('correctieverzoek', 'eigen-verklaring', 'eigen-verklaringen') order by id`,
      [jansen().id],
    );
    expect(rows).toEqual([
      { action: 'aanmaken', objectKind: 'correctieverzoek', subjects: [memberId('mark')] },
      { action: 'wijzigen', objectKind: 'correctieverzoek', subjects: [memberId('mark')] },
      { action: 'aanmaken', objectKind: 'eigen-verklaring', subjects: [memberId('mark')] },
      { action: 'lezen', objectKind: 'eigen-verklaringen', subjects: [memberId('mark')] },
    ]);
  });
});
