import { dutchDay, type DraftChanges, type DraftItem, type DraftPreview, type IssuedCode, type PlanDraft, type PlanView, type PublishedDraft } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test/db.ts';
import { Agent, registerPasskey, testApp, type TestApp } from '../../test/harness.ts';

/**
 * A family made in the workspace has no plan version yet: its first plan is written in the editor
 * from nothing, previewed per member and published as version 1, which each member then reads
 * exactly as previewed (issue 10: "make a family and its plan from nothing").
 */
let t: TestApp;
let fatima: Agent;
beforeAll(async () => {
  t = await testApp();
  fatima = await t.as('fatima');
}, 120_000);
afterAll(async () => t.close());

function item(what: string, extra: Partial<DraftItem> = {}): DraftItem {
  return {
    key: randomUUID(), section: 'veiligheid', kind: 'afspraak', what, who: 'Anna', when: 'Elke dag', where: null, whatIf: null,
    scale: null, scaleLow: null, scaleHigh: null, audience: 'gezin', audienceMembers: [], subjects: [], shields: [],
    sharedAcrossContactverbod: false, generalInfo: false, ...extra,
  };
}

/** What a member reads of a plan, without what only a stored version has (ids, heading). */
const content = (plan: PlanView) => ({ ...plan, version: undefined, items: plan.items.map(({ id: _id, ...rest }) => rest) });

describe(`the first plan of a new family on ${testEngine()}`, () => {
  it('is written from nothing, previewed as each parent, published as version 1 and read by each parent exactly as previewed', async () => {
    const family = (await fatima.post('/api/v1/gezinnen', { name: 'Gezin Visser', kind: 'gezin' })).json().id as string;
    const addMember = async (firstName: string, role = 'ouder', birthDate = '1987-05-01') =>
      (await fatima.post(`/api/v1/gezinnen/${family}/gezinsleden`, { firstName, lastName: 'Visser', role, birthDate })).json().id as string;
    const anna = await addMember('Anna');
    const bas = await addMember('Bas');
    const lotte = await addMember('Lotte', 'jeugdige', '2014-02-01');
    const today = dutchDay(t.clock.now());
    const relate = async (fromMemberId: string, toMemberId: string, kind: string) =>
      expect((await fatima.post(`/api/v1/gezinnen/${family}/relaties`, { fromMemberId, toMemberId, kind, since: today })).statusCode).toBe(201);
    for (const parent of [anna, bas]) for (const kind of ['ouder-van', 'gezag-over']) await relate(parent, lotte, kind);
    await relate(anna, bas, 'contactverbod');
    const url = (rest = '') => `/api/v1/gezinnen/${family}/plan/concept${rest}`;

    const first = (await fatima.get(url())).json() as PlanDraft;
    expect(first).toMatchObject({ baseVersion: { id: null, number: 0 }, revision: 0, items: [], outdated: false });

    const forAll = item('We praten elke maand samen met Fatima.', { who: 'Anna, Bas en Fatima' });
    const aboutAnna = item('Anna woont op een nieuw adres.', { subjects: [anna], shields: [{ memberId: bas, field: null, reason: 'veiligheid' }] });
    const saved = await fatima.request({ method: 'PUT', url: url(), payload: { revision: 0, baseVersionId: null, title: first.title, summary: 'Ons eerste plan.', items: [forAll, aboutAnna] } });
    expect(saved.statusCode, saved.body).toBe(200);

    const previewOf = async (member: string) => (await fatima.get(url(`/voorbeeld/${member}`))).json() as DraftPreview;
    const asAnna = await previewOf(anna);
    const asBas = await previewOf(bas);
    expect(asAnna.plan!.items.map((i) => i.what)).toEqual([forAll.what, aboutAnna.what]);
    expect(asBas.plan!.items.map((i) => i.what)).toEqual([forAll.what]);
    expect(asBas.hidden.map((h) => h.what)).toEqual([aboutAnna.what]);

    const changes = (await fatima.get(url('/wijzigingen'))).json() as DraftChanges;
    expect(changes.baseVersion).toEqual({ id: null, number: 0 });
    expect(changes.members.find((m) => m.memberId === bas)).toMatchObject({ added: [forAll.what], changed: [], removed: [] });

    const revision = ((await fatima.get(url())).json() as PlanDraft).revision;
    const published = await fatima.post(url('/publicatie'), { revision });
    expect(published.statusCode, published.body).toBe(201);
    expect((published.json() as PublishedDraft).version.number).toBe(1);

    for (const [member, preview] of [[anna, asAnna], [bas, asBas]] as const) {
      const code = (await fatima.post(`/api/v1/gezinnen/${family}/gezinsleden/${member}/code`, {})).json() as IssuedCode;
      const phone = new Agent(t.app);
      await registerPasskey(phone, code.code, t.config);
      const plan = (await phone.get(`/api/v1/gezinnen/${family}/plan`)).json() as PlanView;
      expect(plan.version.number).toBe(1);
      expect(content(plan)).toEqual(content(preview.plan!));
    }
  });
});
