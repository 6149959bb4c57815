import { addDays, dutchDay, type PlanView, type SyncResponse, type YouthSayPage } from '@onsplan/shared';
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
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const page = () => `/api/v1/gezinnen/${jansen().id}/wat-zien-je-ouders`;
const choose = (agent: Agent, payload: unknown) => agent.request({ method: 'PUT', url: `${page()}/keuze`, payload: payload as Record<string, unknown> });
const planKeys = async (agent: Agent) => ((await agent.get(`/api/v1/gezinnen/${jansen().id}/plan`)).json() as PlanView).items.map((i) => i.key);
const noorBelt = (p: YouthSayPage) => p.sections.flatMap((s) => s.objects).find((o) => o.target.kind === 'item' && o.target.key === itemKey('noor-belt'))!;
const seenBy = (p: YouthSayPage, parent: string) => noorBelt(p).parents.find((x) => x.parentId === memberId(parent));

describe(`"Wat zien je ouders van jou?" on ${testEngine()}`, () => {
  it('shows a youth her own items and, per parent, whether and why he sees them; only to a youth herself', async () => {
    const noor = (await (await t.as('noor')).get(page())).json() as YouthSayPage;
    expect(noor.member).toMatchObject({ firstName: 'Noor', age: 16 });
    expect(noor.mayChoose).toBe(true);
    expect(noor.parents.map((p) => p.firstName).sort()).toEqual(['Mark', 'Samira']);
    // Only what is hers: noor-belt; never an item of the whole family.
    expect(noor.sections).toEqual([{ section: 'veiligheid', objects: [expect.objectContaining({ text: expect.stringContaining('Noor mag Fatima altijd bellen') })] }]);
    expect(seenBy(noor, 'samira')).toEqual({ parentId: memberId('samira'), sees: false, reason: 'niet-gedeeld-16' });

    const daan = (await (await t.as('daan')).get(page())).json() as YouthSayPage;
    expect(daan.mayChoose).toBe(false);
    expect(daan.sections.flatMap((s) => s.objects).map((o) => o.parents)).toEqual([
      expect.arrayContaining([{ parentId: memberId('samira'), sees: true, reason: 'gezag-onder-16' }, { parentId: memberId('mark'), sees: true, reason: 'gezag-onder-16' }]),
    ]);

    for (const adult of ['samira', 'henk', 'ria', 'fatima']) {
      const response = await (await t.as(adult)).get(page());
      expect(response.statusCode, adult).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await (await t.as('willem')).get(page())).statusCode).toBe(404);
  });

  it('Noor opens an item for Samira only, then closes it for both: Samira’s next read and sync no longer have it; each step is logged', async () => {
    const noor = await t.as('noor');
    const samira = await t.as('samira');
    const mark = await t.as('mark');
    const before = (await samira.get(`/api/v1/gezinnen/${jansen().id}/synchronisatie?since=0`)).json() as SyncResponse;

    const opened = await choose(noor, { parentIds: [memberId('samira')], target: { kind: 'item', key: itemKey('noor-belt') }, open: true });
    expect(opened.statusCode).toBe(200);
    expect(seenBy(opened.json(), 'samira')).toMatchObject({ sees: true, reason: 'jij-deelt-dit' });
    expect(seenBy(opened.json(), 'mark')).toMatchObject({ sees: false, reason: 'niet-gedeeld-16' });
    expect(await planKeys(samira)).toContain(itemKey('noor-belt'));
    expect(await planKeys(mark)).not.toContain(itemKey('noor-belt'));

    const closed = await choose(noor, { parentIds: [memberId('samira'), memberId('mark')], target: { kind: 'item', key: itemKey('noor-belt') }, open: false });
    expect(seenBy(closed.json(), 'samira')).toMatchObject({ sees: false, reason: 'jij-verbergt-dit' });
    expect(await planKeys(samira)).not.toContain(itemKey('noor-belt'));
    const sync = (await samira.get(`/api/v1/gezinnen/${jansen().id}/synchronisatie?since=${before.cursor}`)).json() as SyncResponse;
    expect(sync.unchanged).toBe(false);
    expect(JSON.stringify(sync.records)).not.toContain('Noor mag Fatima altijd bellen');

    const logged = await t.db.query<{ objectKind: string; subjects: string[] }>(
      `select object_kind as "objectKind", subject_member_ids as subjects from access_log where actor_user_id = $1 and action = 'wijzigen' order by id`,
      [t.userIdOf('noor')],
    );
    expect(logged.map((l) => l.objectKind)).toEqual(['eigen-keuze-open', 'eigen-keuze-dicht']);
    // Her data only: Samira's own access log must not tell her that Noor hid something from her.
    expect(logged[1]!.subjects).toEqual([memberId('noor')]);
    const samirasLog = await samira.get(`/api/v1/gezinnen/${jansen().id}/logboek`);
    expect(samirasLog.statusCode).toBe(200);
    expect(samirasLog.body).not.toContain('eigen-keuze');
  });

  it('a closed section wins over her toestemming for all items; one item opened after it wins over the section', async () => {
    const noor = await t.as('noor');
    const gave = await noor.post(`/api/v1/gezinnen/${jansen().id}/toestemmingen`, {
      clientId: randomUUID(), subjectMemberId: memberId('noor'), recipient: { kind: 'gezinslid', memberId: memberId('samira') }, purpose: 'Mijn moeder mag alles zien.', decision: 'gegeven', validUntil: addDays(dutchDay(t.clock.now()), 180),
    });
    expect(gave.statusCode).toBe(201);
    expect(seenBy((await noor.get(page())).json(), 'samira')).toMatchObject({ sees: true, reason: 'jouw-toestemming' });

    const section = await choose(noor, { parentIds: [memberId('samira')], target: { kind: 'section', section: 'veiligheid' }, open: false });
    expect(seenBy(section.json(), 'samira')).toMatchObject({ sees: false, reason: 'jij-verbergt-dit' });
    expect(await planKeys(await t.as('samira'))).not.toContain(itemKey('noor-belt'));

    const item = await choose(noor, { parentIds: [memberId('samira')], target: { kind: 'item', key: itemKey('noor-belt') }, open: true });
    expect(seenBy(item.json(), 'samira')).toMatchObject({ sees: true, reason: 'jij-deelt-dit' });
    // The section again, in one step: the item's own choice gives way.
    const again = await choose(noor, { parentIds: [memberId('samira')], target: { kind: 'section', section: 'veiligheid' }, open: false });
    expect(seenBy(again.json(), 'samira')).toMatchObject({ sees: false, reason: 'jij-verbergt-dit' });
  });

  it('refuses with problem+json: a youth under 16, someone not her parent, an item not hers, bad input', async () => {
    const daan = await t.as('daan');
    const noor = await t.as('noor');
    const under16 = await choose(daan, { parentIds: [memberId('samira')], target: { kind: 'item', key: itemKey('daan-coach') }, open: false });
    expect(under16.statusCode).toBe(403);
    expect(under16.json()).toMatchObject({ code: 'niet-toegestaan' });

    const notParent = await choose(noor, { parentIds: [memberId('henk')], target: { kind: 'item', key: itemKey('noor-belt') }, open: true });
    expect(notParent.statusCode).toBe(400);
    expect(notParent.json()).toMatchObject({ code: 'ongeldige-invoer', fields: ['parentIds/0'] });

    const notHers = await choose(noor, { parentIds: [memberId('samira')], target: { kind: 'item', key: itemKey('daan-coach') }, open: true });
    expect(notHers.statusCode).toBe(404);
    expect(notHers.headers['content-type']).toContain('application/problem+json');

    for (const bad of [{}, { parentIds: [], target: { kind: 'section', section: 'veiligheid' }, open: true }, { parentIds: [memberId('samira')], target: { kind: 'section', section: 'geheim' }, open: true }, { parentIds: [memberId('samira')], target: { kind: 'item', key: itemKey('noor-belt') }, open: true, extra: 1 }]) {
      const response = await choose(noor, bad);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.as('samira').then((s) => s.get(`/api/v1/gezinnen/${jansen().id}/plan`))).body).not.toContain('Noor mag Fatima');
  });
});
