import type { PlanVersionSummary, PublishedPlanVersion } from '@onsplan/shared';
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
const memberId = (key: string) => t.world.families.flatMap((f) => f.members).find((m) => m.key === key)!.id;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const url = () => `/api/v1/gezinnen/${jansen().id}/plan/versies`;
const newItem = (what: string, envelope: Record<string, unknown> = { audience: 'gezin' }) => ({ op: 'toevoegen', content: { section: 'herstel', kind: 'afspraak', what }, envelope });

async function publish(agent: Agent, items: unknown[], extra: Record<string, unknown> = {}) {
  return agent.post(url(), { baseVersionId: jansen().plan.versionId, items, ...extra });
}

describe(`plan versions on ${testEngine()}`, () => {
  it('a professional publishes a new version; members read it and the old one stays in the list', async () => {
    const fatima = await t.as('fatima');
    const response = await publish(
      fatima,
      [
        { op: 'wijzigen', itemKey: itemKey('samen-praten'), content: { when: '  Elke eerste dinsdag ' } },
        { op: 'wijzigen', itemKey: itemKey('daan-coach'), envelope: { audienceMembers: [memberId('daan'), memberId('henk')] } },
        { op: 'verwijderen', itemKey: itemKey('opa-belt') },
        newItem('Noor kiest zelf een vertrouwenspersoon.', { audience: 'leden', audienceMembers: [memberId('noor')], subjects: [memberId('noor')] }),
      ],
      { summary: 'Nieuwe afspraken na het gesprek van maandag.' },
    );
    expect(response.statusCode, response.body).toBe(201);
    const published = response.json() as PublishedPlanVersion;
    expect(published.version).toMatchObject({ number: 2, publishedAt: t.clock.now().toISOString() });
    expect(published.changes.changed.sort()).toEqual([itemKey('samen-praten'), itemKey('daan-coach')].sort());
    expect(published.changes.removed).toEqual([itemKey('opa-belt')]);
    expect(published.changes.added).toHaveLength(1);

    const planOf = async (who: string) => (await (await t.as(who)).get(`/api/v1/gezinnen/${jansen().id}/plan`)).json();
    const samiraPlan = await planOf('samira');
    expect(samiraPlan).toMatchObject({ version: { id: published.version.id, number: 2 }, summary: 'Nieuwe afspraken na het gesprek van maandag.', title: 'Ons plan' });
    expect(samiraPlan.items.find((i: { key: string }) => i.key === itemKey('samen-praten')).when).toBe('Elke eerste dinsdag');
    expect(JSON.stringify(samiraPlan)).not.toContain('vertrouwenspersoon');
    expect(JSON.stringify(await planOf('noor'))).toContain('Noor kiest zelf een vertrouwenspersoon.');
    expect(JSON.stringify(await planOf('henk'))).toContain('Daan praat elke week met de jeugdcoach.');

    const list = (await (await t.as('mark')).get(url())).json() as PlanVersionSummary[];
    expect(list.map((v) => [v.number, v.isCurrent])).toEqual([[2, true], [1, false]]);
    for (const who of ['willem', 'karim', 'beheer']) expect((await (await t.as(who)).get(url())).statusCode, who).toBe(404);
  });

  it('only the regisseur publishes: members, helpers and a betrokken professional get 403, another family 404', async () => {
    for (const [who, status] of [['samira', 403], ['noor', 403], ['ria', 403], ['jeroen', 403], ['karim', 404], ['beheer', 404]] as const) {
      const response = await publish(await t.as(who), [newItem('Iets nieuws.')]);
      expect(response.statusCode, who).toBe(status);
    }
  });

  it('publishing on an older version answers 409 plan-veranderd; an unknown base is 404', async () => {
    const fatima = await t.as('fatima');
    expect((await publish(fatima, [newItem('Eerste wijziging.')])).statusCode).toBe(201);
    const stale = await publish(fatima, [newItem('Tweede, op de oude versie.')]);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'plan-veranderd', title: 'Het plan is veranderd. Lees eerst de nieuwe versie.' });
    expect((await publish(fatima, [newItem('x')], { baseVersionId: randomUUID() })).statusCode).toBe(404);
    expect((await publish(fatima, [newItem('x')], { baseVersionId: t.world.families[1]!.plan.versionId })).statusCode).toBe(404);
    const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from plan_versions where family_id = $1', [jansen().id]);
    expect(row!.n).toBe(2);
  });

  it.each([
    ['no change at all', [], {}, 400],
    ['a change without content or audience', [{ op: 'wijzigen', itemKey: 'samen-praten' }], {}, 400],
    ['an empty content', [{ op: 'wijzigen', itemKey: 'samen-praten', content: {} }], {}, 400],
    ['an unknown field', [{ op: 'wijzigen', itemKey: 'samen-praten', content: { what: 'x', colour: 'red' } }], {}, 400],
    ['an unknown operation', [{ op: 'verplaatsen', itemKey: 'samen-praten' }], {}, 400],
    ['a blank text', [{ op: 'wijzigen', itemKey: 'samen-praten', content: { what: '   ' } }], {}, 400],
    ['a scale above 10', [{ op: 'wijzigen', itemKey: 'samen-praten', content: { scale: 11 } }], {}, 400],
    ['a new item without audience', [{ op: 'toevoegen', content: { section: 'herstel', kind: 'afspraak', what: 'x' } }], {}, 400],
    ['a member of another family', [{ op: 'wijzigen', itemKey: 'samen-praten', envelope: { audienceMembers: ['willem'] } }], {}, 400],
    ['a shield on an unknown field', [{ op: 'wijzigen', itemKey: 'samen-praten', envelope: { fieldShields: { body: ['mark'] } } }], {}, 400],
    ['an extra top-level field', [newItem('x')], { publishedBy: 'someone' }, 400],
    ['a blank title', [newItem('x')], { title: '  ' }, 400],
    ['an unknown item', [{ op: 'verwijderen', itemKey: 'onbekend' }], {}, 404],
  ])('%s is refused', async (_name, items, extra, status) => {
    const ids = (value: unknown): unknown =>
      typeof value === 'string'
        ? jansen().plan.items.find((i) => i.key === value)?.id ?? t.world.families.flatMap((f) => f.members).find((m) => m.key === value)?.id ?? (value === 'onbekend' ? randomUUID() : value)
        : Array.isArray(value)
          ? value.map(ids)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'op' || k === 'what' ? v : ids(v)]))
            : value;
    const response = await publish(await t.as('fatima'), ids(items) as unknown[], extra);
    expect(response.statusCode, response.body).toBe(status);
    const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from plan_versions where family_id = $1', [jansen().id]);
    expect(row!.n).toBe(1);
  });

  it('hiding by this route needs a reason chosen on purpose, as in the editor, and the reason stays with the shield in later versions', async () => {
    const fatima = await t.as('fatima');
    const mark = memberId('mark');
    const shieldPraten = (reasons?: unknown[]) => ({ op: 'wijzigen', itemKey: itemKey('samen-praten'), envelope: { shieldedFrom: [mark] }, ...(reasons ? { reasons } : {}) });
    for (const [items, field] of [
      [[shieldPraten()], 'items/0/reasons'],
      [[newItem('Iets over Samira.', { audience: 'gezin', fieldShields: { who: [mark] } })], 'items/0/reasons'],
      [[shieldPraten([{ memberId: mark, field: null, reason: 'anders', reasonText: ' ' }])], 'items/0/reasons'],
    ] as const) {
      const refused = await publish(fatima, [...items]);
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'reden-nodig', fields: [field] });
    }
    // A reason for a shield the item will not have is a mistake, not a reason.
    expect((await publish(fatima, [{ ...shieldPraten([{ memberId: mark, field: null, reason: 'veiligheid' }, { memberId: memberId('henk'), field: null, reason: 'veiligheid' }]) }])).statusCode).toBe(400);

    const ok = await publish(fatima, [shieldPraten([{ memberId: mark, field: null, reason: 'veiligheid' }])]);
    expect(ok.statusCode, ok.body).toBe(201);
    const v2 = (ok.json() as PublishedPlanVersion).version.id;
    const kept = (version: string) =>
      t.db.query(`select item_key as "itemKey", member_id as "memberId", field, reason, decided_by as "decidedBy" from plan_shield_reasons where version_id = $1`, [version]);
    const reason = { itemKey: itemKey('samen-praten'), memberId: mark, field: null, reason: 'veiligheid', decidedBy: t.userIdOf('fatima') };
    expect(await kept(v2)).toEqual([reason]);

    // A next version changes something else: the shield keeps the reason Fatima gave.
    const next = await fatima.post(url(), { baseVersionId: v2, items: [{ op: 'wijzigen', itemKey: itemKey('opa-belt'), content: { when: 'Elke zondag' } }] });
    expect(next.statusCode, next.body).toBe(201);
    expect(await kept((next.json() as PublishedPlanVersion).version.id)).toEqual([reason]);
    const draft = (await fatima.get(`/api/v1/gezinnen/${jansen().id}/plan/concept`)).json() as { items: { key: string; shields: unknown[] }[] };
    expect(draft.items.find((i) => i.key === itemKey('samen-praten'))!.shields).toEqual([{ memberId: mark, field: null, reason: 'veiligheid' }]);
  });

  it('publishing and reading the list are in the access log', async () => {
    const fatima = await t.as('fatima');
    const published = (await publish(fatima, [{ op: 'wijzigen', itemKey: itemKey('training-mark'), content: { scale: 5 } }])).json() as PublishedPlanVersion;
    await fatima.get(url());
    await t.services.log.drain();
    const rows = await t.db.query<{ action: string; kind: string; ids: string[]; subjects: string[] }>(
      `select action, object_kind as kind, object_ids as ids, subject_member_ids as subjects from access_log
        where actor_user_id = $1 and object_kind like 'planversie%' order by id`,
      [t.userIdOf('fatima')],
    );
    expect(rows).toEqual([
      { action: 'aanmaken', kind: 'planversie', ids: [published.version.id], subjects: [memberId('mark')] },
      { action: 'lezen', kind: 'planversies', ids: [published.version.id, jansen().plan.versionId], subjects: [] },
    ]);
  });
});
