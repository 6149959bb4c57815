import type { DraftChanges, DraftItem, DraftPreview, Me, PlanDraft, PlanView, PublishedDraft } from '@onsplan/shared';
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
const url = (rest = '') => `/api/v1/gezinnen/${jansen().id}/plan/concept${rest}`;

const put = (agent: Agent, body: unknown) => agent.request({ method: 'PUT', url: url(), payload: body as Record<string, unknown> });

function newItem(what: string, extra: Partial<DraftItem> = {}): DraftItem {
  return {
    key: randomUUID(), section: 'veiligheid', kind: 'afspraak', what, who: 'Samira', when: 'Elke dag', where: null, whatIf: null,
    scale: null, scaleLow: null, scaleHigh: null, audience: 'gezin', audienceMembers: [], subjects: [], shields: [],
    sharedAcrossContactverbod: false, generalInfo: false, ...extra,
  };
}

async function draftOf(agent: Agent): Promise<PlanDraft> {
  const response = await agent.get(url());
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as PlanDraft;
}

/** Saves the current draft with `change` applied to its items. */
async function saveWith(agent: Agent, change: (items: DraftItem[]) => DraftItem[]) {
  const draft = await draftOf(agent);
  return put(agent, { revision: draft.revision, baseVersionId: draft.baseVersion.id, title: draft.title, summary: draft.summary, items: change(draft.items) });
}

/** A member's plan without what only the stored version has: item ids and the version heading. */
function content(plan: PlanView) {
  const { version: _version, ...rest } = plan;
  return { ...rest, items: plan.items.map(({ id: _id, ...item }) => item) };
}

describe(`the plan draft on ${testEngine()}`, () => {
  it('starts as the current version, autosaves with a revision, survives a new session, and a stale tab gets 409', async () => {
    const fatima = await t.as('fatima');
    const first = await draftOf(fatima);
    expect(first).toMatchObject({ revision: 0, savedAt: null, outdated: false, baseVersion: { id: jansen().plan.versionId, number: 1 } });
    expect(first.items.map((i) => i.key)).toEqual(jansen().plan.items.map((i) => i.id));

    const saved = await put(fatima, { revision: 0, baseVersionId: first.baseVersion.id, title: first.title, summary: 'Nieuw', items: [...first.items, newItem('Samira belt elke avond.')] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ revision: 1, savedAt: t.clock.now().toISOString() });

    // The same tab, an hour later after closing it: a new session reads what was saved.
    const again = await draftOf(await t.as('fatima'));
    expect(again).toMatchObject({ revision: 1, summary: 'Nieuw', savedBy: expect.stringContaining('Fatima') });
    expect(again.items.at(-1)!.what).toBe('Samira belt elke avond.');

    // Jeroen is betrokken: he reads the draft, but only the regisseur writes it.
    expect((await put(await t.as('jeroen'), { revision: 1, baseVersionId: first.baseVersion.id, title: first.title, summary: 'Van Jeroen', items: first.items })).statusCode).toBe(403);
    // Her other laptop had the draft open at revision 0: its save is refused, not silently written over hers.
    const stale = await put(await t.as('fatima'), { revision: 0, baseVersionId: first.baseVersion.id, title: first.title, summary: 'Ouder', items: first.items });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'concept-veranderd' });
    expect((await draftOf(fatima)).summary).toBe('Nieuw');
  });

  it('is for the family\'s professionals only: members and helpers 403, others as unknown', async () => {
    for (const [who, status] of [['samira', 403], ['mark', 403], ['noor', 403], ['ria', 403], ['karim', 404], ['beheer', 404]] as const) {
      const agent = await t.as(who);
      expect((await agent.get(url())).statusCode, who).toBe(status);
      expect((await put(agent, { revision: 0, baseVersionId: jansen().plan.versionId, title: 'x', summary: '', items: [] })).statusCode, who).toBe(status);
      expect((await agent.get(url(`/voorbeeld/${memberId('mark')}`))).statusCode, who).toBe(status);
      expect((await agent.post(url('/publicatie'), { revision: 1 })).statusCode, who).toBe(status);
    }
  });

  it('warns while she types that an item names Samira and Mark can read it, until Samira is a subject', async () => {
    const fatima = await t.as('fatima');
    const item = newItem('Samira woont nu in Utrecht.');
    const saved = await saveWith(fatima, (items) => [...items, item]);
    expect(saved.json().warnings).toEqual([{ key: item.key, named: { id: memberId('samira'), firstName: 'Samira' }, readers: [{ id: memberId('mark'), firstName: 'Mark' }] }]);
    expect((await draftOf(fatima)).warnings).toEqual(saved.json().warnings);
    const asSubject = await saveWith(fatima, (items) => items.map((i) => (i.key === item.key ? { ...i, subjects: [memberId('samira')] } : i)));
    expect(asSubject.json().warnings).toEqual([]);
  });

  it('refuses to hide without a reason chosen on purpose, and logs who decided', async () => {
    const fatima = await t.as('fatima');
    const mark = memberId('mark');
    const noReason = await saveWith(fatima, (items) => [...items, newItem('Samira woont nu ergens anders.', { shields: [{ memberId: mark, field: null, reason: null }] })]);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json()).toMatchObject({ code: 'reden-nodig', fields: [`items/${jansen().plan.items.length}/shields/0/reason`] });
    const otherWithoutText = await saveWith(fatima, (items) => [...items, newItem('Iets.', { shields: [{ memberId: mark, field: 'where', reason: 'anders', reasonText: '  ' }] })]);
    expect(otherWithoutText.statusCode).toBe(422);

    const samira = memberId('samira');
    const ok = await saveWith(fatima, (items) => [
      ...items,
      newItem('Samira woont nu ergens anders.', { subjects: [samira, mark], shields: [{ memberId: mark, field: null, reason: 'veiligheid' }] }),
    ]);
    expect(ok.statusCode, ok.body).toBe(200);
    const logged = await t.db.query<{ actorName: string; subjects: string[] }>(
      `select actor_name as "actorName", subject_member_ids as subjects from access_log where object_kind = 'afscherming' and action = 'wijzigen'`,
    );
    // About Samira's data, by Fatima; never in Mark's own log, which would tell him something is hidden from him.
    expect(logged).toEqual([{ actorName: expect.stringContaining('Fatima'), subjects: [samira] }]);
    // Saving again without touching the shield is no new decision.
    expect((await saveWith(fatima, (items) => items)).statusCode).toBe(200);
    expect(await t.db.query(`select 1 from access_log where object_kind = 'afscherming'`)).toHaveLength(1);
  });

  it('a preview for Mark equals, field for field, what Mark receives after publishing the draft', async () => {
    const fatima = await t.as('fatima');
    const mark = memberId('mark');
    const samira = memberId('samira');
    const saved = await saveWith(fatima, (items) => [
      newItem('Samira gaat naar een nieuw huis.', { shields: [{ memberId: mark, field: null, reason: 'veiligheid' }], subjects: [samira] }),
      ...items,
      newItem('Mark volgt de training.', { where: 'Utrecht', whatIf: 'Dan belt Mark Fatima.', shields: [{ memberId: mark, field: 'where', reason: 'privacy-ander' }] }),
      newItem('Samen vooruit.', { kind: 'doel', section: 'herstel', scale: 4, scaleLow: 'Het gaat slecht', scaleHigh: 'Het gaat goed' }),
    ]);
    expect(saved.statusCode, saved.body).toBe(200);

    const previewResponse = await fatima.get(url(`/voorbeeld/${mark}`));
    expect(previewResponse.statusCode, previewResponse.body).toBe(200);
    const preview = previewResponse.json() as DraftPreview;
    expect(preview.member).toEqual({ id: mark, firstName: 'Mark' });
    expect(JSON.stringify(preview.plan)).not.toContain('nieuw huis');
    expect(preview.hidden).toContainEqual(expect.objectContaining({ what: 'Samira gaat naar een nieuw huis.', fields: null, rule: 'afgeschermd', says: expect.stringContaining('Afgeschermde') }));
    expect(preview.hidden).toContainEqual(expect.objectContaining({ what: 'Mark volgt de training.', fields: ['where'], rule: 'afgeschermd' }));
    const training = preview.plan!.items.find((i) => i.what === 'Mark volgt de training.')!;
    expect(training.where).toBeUndefined();
    expect(training.whatIf).toBe('Dan belt Mark Fatima.');

    const samiraPreview = (await fatima.get(url(`/voorbeeld/${samira}`))).json() as DraftPreview;
    expect(JSON.stringify(samiraPreview.plan)).toContain('Samira gaat naar een nieuw huis.');
    expect(samiraPreview.helpers).toEqual([{ id: t.userIdOf('ria'), firstName: 'Ria' }]);
    // Only a helper acting for that member now: Ria does not help Mark.
    expect((await fatima.get(url(`/voorbeeld/${mark}?helper=${t.userIdOf('ria')}`))).statusCode).toBe(404);

    const logged = await t.db.query(`select 1 from access_log where object_kind = 'planconcept-bekijk-als' and $1 = any(subject_member_ids)`, [mark]);
    expect(logged).toHaveLength(1);

    const draft = await draftOf(fatima);
    const published = await fatima.post(url('/publicatie'), { revision: draft.revision });
    expect(published.statusCode, published.body).toBe(201);
    for (const [who, id] of [['mark', mark], ['samira', samira], ['henk', memberId('henk')], ['noor', memberId('noor')]] as const) {
      const got = (await (await t.as(who)).get(`/api/v1/gezinnen/${jansen().id}/plan`)).json() as PlanView;
      const previewed = ((await fatima.get(url(`/voorbeeld/${id}`))).json() as DraftPreview).plan;
      // After publishing, a fresh draft starts from the new version: its preview is again what the member reads.
      expect(content(got), who).toEqual(content(previewed!));
      if (who === 'mark') expect(content(got), who).toEqual(content(preview.plan!));
    }
    // Ria, who helps Samira, previewed as herself: what her own plan read gives her.
    const ria = (await (await t.as('ria')).get(`/api/v1/gezinnen/${jansen().id}/plan`)).json() as PlanView;
    const asRia = (await fatima.get(url(`/voorbeeld/${samira}?helper=${t.userIdOf('ria')}`))).json() as DraftPreview;
    expect(asRia.helper).toEqual({ id: t.userIdOf('ria'), firstName: 'Ria' });
    expect(content(ria)).toEqual(content(asRia.plan!));
    expect(content(ria)).not.toEqual(content(((await fatima.get(url(`/voorbeeld/${samira}`))).json() as DraftPreview).plan!));
  });

  it("speaks as the member's own screens do: \"je\" to Noor and Daan, \"u\" to Samira, Mark and to Ria acting for Samira", async () => {
    const fatima = await t.as('fatima');
    const addressing = async (path: string) => ((await fatima.get(url(path))).json() as DraftPreview).addressing;
    for (const [who, expected] of [['noor', 'je'], ['daan', 'je'], ['samira', 'u'], ['mark', 'u']] as const) {
      const own = ((await (await t.as(who)).get('/api/v1/ik')).json() as Me).addressing;
      expect(own, who).toBe(expected);
      expect(await addressing(`/voorbeeld/${memberId(who)}`), who).toBe(own);
    }
    expect(await addressing(`/voorbeeld/${memberId('samira')}?helper=${t.userIdOf('ria')}`)).toBe('u');
  });

  it('publishes with per-member changes that never name what the member may not read', async () => {
    const fatima = await t.as('fatima');
    const mark = memberId('mark');
    const first = jansen().plan.items[0]!;
    const saved = await saveWith(fatima, (items) => [
      ...items.map((i) => (i.key === first.id ? { ...i, when: `${i.when} (aangepast)` } : i)),
      newItem('Samira krijgt een alarmknop.', { shields: [{ memberId: mark, field: null, reason: 'veiligheid' }] }),
      newItem('Iedereen komt op het gesprek.'),
    ]);
    expect(saved.statusCode, saved.body).toBe(200);

    const changes = (await fatima.get(url('/wijzigingen'))).json() as DraftChanges;
    const forMark = changes.members.find((m) => m.memberId === mark)!;
    expect(forMark.added).toEqual(['Iedereen komt op het gesprek.']);
    expect(JSON.stringify(forMark)).not.toContain('alarmknop');
    const forSamira = changes.members.find((m) => m.firstName === 'Samira')!;
    expect([...forSamira.added].sort()).toEqual(['Iedereen komt op het gesprek.', 'Samira krijgt een alarmknop.']);

    const revision = (await draftOf(fatima)).revision;
    const response = await fatima.post(url('/publicatie'), { revision });
    expect(response.statusCode, response.body).toBe(201);
    const published = response.json() as PublishedDraft;
    expect(published.version).toEqual({ id: expect.any(String), number: 2, publishedAt: t.clock.now().toISOString() });
    expect(published.members).toEqual(changes.members);

    const reasons = await t.db.query(`select member_id as "memberId", field, reason, decided_by as "decidedBy" from plan_shield_reasons where version_id = $1`, [published.version.id]);
    expect(reasons).toEqual([{ memberId: mark, field: null, reason: 'veiligheid', decidedBy: t.userIdOf('fatima') }]);
    // The draft is gone; the next one starts from the new version, and the old one stays as history.
    expect(await draftOf(fatima)).toMatchObject({ revision: 0, baseVersion: { id: published.version.id, number: 2 } });
    const versions = (await fatima.get(`/api/v1/gezinnen/${jansen().id}/plan/versies`)).json() as { number: number }[];
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    // Published twice from the same revision: the second is told the draft is gone.
    expect((await fatima.post(url('/publicatie'), { revision })).json()).toMatchObject({ code: 'concept-veranderd' });
    // Everyone is asked for instemming on the new version.
    const instemming = (await (await t.as('samira')).get(`/api/v1/gezinnen/${jansen().id}/instemming`)).json();
    expect(JSON.stringify(instemming)).toContain(published.version.id);
  });

  it('a tab opened before a publication cannot save its old items over the new version, which would undo a shield unseen', async () => {
    const fatima = await t.as('fatima');
    const mark = memberId('mark');
    const stale = await draftOf(fatima);
    const first = stale.items[0]!;
    // Jeroen, in his own tab, shields the first item from Mark and publishes.
    const otherTab = await t.as('fatima');
    expect((await saveWith(otherTab, (items) => items.map((i) => (i.key === first.key ? { ...i, shields: [{ memberId: mark, field: null, reason: 'veiligheid' }] } : i)))).statusCode).toBe(200);
    expect((await otherTab.post(url('/publicatie'), { revision: (await draftOf(otherTab)).revision })).statusCode).toBe(201);

    // Fatima's tab still shows version 1 at revision 0 and autosaves what it shows.
    const late = await put(fatima, { revision: 0, baseVersionId: stale.baseVersion.id, title: stale.title, summary: 'Van Fatima', items: stale.items });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'plan-veranderd' });
    const now = await draftOf(fatima);
    expect(now).toMatchObject({ revision: 0, baseVersion: { number: 2 } });
    expect(now.items.find((i) => i.key === first.key)!.shields).toEqual([{ memberId: mark, field: null, reason: 'veiligheid' }]);
  });

  it('a revision of a draft that was thrown away never matches a later draft', async () => {
    const fatima = await t.as('fatima');
    expect((await saveWith(fatima, (items) => [...items, newItem('Eerste concept.')])).statusCode).toBe(200);
    const oldTab = await draftOf(fatima);
    expect((await fatima.request({ method: 'DELETE', url: url(`?revision=${oldTab.revision}`) })).statusCode).toBe(204);
    // Jeroen starts anew and saves as often as the old draft was saved.
    const otherTab = await t.as('fatima');
    for (let i = 0; i < oldTab.revision; i++) expect((await saveWith(otherTab, (items) => [...items, newItem(`Ander scherm ${i}.`)])).statusCode).toBe(200);
    const late = await put(fatima, { revision: oldTab.revision, baseVersionId: oldTab.baseVersion.id, title: oldTab.title, summary: oldTab.summary, items: oldTab.items });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'concept-veranderd' });
    expect((await draftOf(fatima)).items.map((i) => i.what)).toContain('Ander scherm 0.');
  });

  it('throwing the draft away names the revision she saw: newer work (another screen) is not thrown away from a stale one', async () => {
    const fatima = await t.as('fatima');
    expect((await saveWith(fatima, (items) => [...items, newItem('Van Fatima.')])).statusCode).toBe(200);
    const seen = (await draftOf(fatima)).revision;
    const otherLaptop = await t.as('fatima');
    expect((await saveWith(otherLaptop, (items) => [...items, newItem('Van de andere laptop, net geschreven.')])).statusCode).toBe(200);
    const stale = await fatima.request({ method: 'DELETE', url: url(`?revision=${seen}`) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'concept-veranderd' });
    expect((await fatima.request({ method: 'DELETE', url: url() })).statusCode).toBe(400);
    expect((await draftOf(fatima)).items.map((i) => i.what)).toContain('Van de andere laptop, net geschreven.');
  });

  it('her work on an item hidden from its own subject never shows in that member\'s log, while drafting or at publishing', async () => {
    const fatima = await t.as('fatima');
    const noor = memberId('noor');
    const start = await draftOf(fatima);
    // Reading the current version, whose items about Noor she does see, is about her; from here on nothing is.
    const [{ from }] = (await t.db.query<{ from: string }>('select max(id)::text as from from access_log')) as [{ from: string }];
    // The only item about Noor in the next version is one she may not see (DOMAIN rule 10: she must not learn it exists).
    const saved = await put(fatima, {
      revision: start.revision, baseVersionId: start.baseVersion.id, title: start.title, summary: start.summary,
      items: [
        ...start.items.filter((i) => !i.subjects.includes(noor)),
        newItem('Zorgen over Noor, besproken met de school.', { subjects: [noor], shields: [{ memberId: noor, field: null, reason: 'veiligheid' }] }),
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await draftOf(fatima);
    expect((await fatima.post(url('/publicatie'), { revision: (await draftOf(fatima)).revision })).statusCode).toBe(201);
    const aboutNoor = await t.db.query<{ objectKind: string }>(
      `select object_kind as "objectKind" from access_log where id > $2::bigint and $1 = any(subject_member_ids) and object_kind in ('planconcept', 'afscherming')`,
      [noor, from],
    );
    expect(aboutNoor).toEqual([]);
    // Her own log says nothing of it either: only that Fatima read the version she already reads, and
    // published one without the items about her she could read (their removal is her data too).
    const log = await (await t.as('noor')).get(`/api/v1/gezinnen/${jansen().id}/logboek`);
    expect(log.statusCode).toBe(200);
    const lines = (log.json() as { groups: { action: string; objectKind: string }[] }).groups.map((g) => `${g.action} ${g.objectKind}`);
    expect(lines.sort()).toEqual(['aanmaken planversie', 'lezen planconcept']);
  });

  it('publishing a version without the only item about Noor is logged about Noor: it changes her data too (NEN 7513)', async () => {
    const fatima = await t.as('fatima');
    const noor = memberId('noor');
    expect((await saveWith(fatima, (items) => items.filter((i) => !i.subjects.includes(noor)))).statusCode).toBe(200);
    const published = await fatima.post(url('/publicatie'), { revision: (await draftOf(fatima)).revision });
    expect(published.statusCode).toBe(201);
    const [entry] = await t.db.query<{ subjects: string[] }>(`select subject_member_ids as subjects from access_log where object_kind = 'planversie' and action = 'aanmaken'`);
    expect(entry!.subjects).toContain(noor);
  });

  it('sharing an item across the contactverbod is a decision logged with who made it, as hiding is', async () => {
    const fatima = await t.as('fatima');
    const samira = memberId('samira');
    const item = newItem('Samira brengt de kinderen naar school.', { subjects: [samira] });
    expect((await saveWith(fatima, (items) => [...items, item])).statusCode).toBe(200);
    const decisions = () => t.db.query<{ actorName: string; subjects: string[] }>(`select actor_name as "actorName", subject_member_ids as subjects from access_log where object_kind = 'afscherming'`);
    expect(await decisions()).toEqual([]);
    expect((await saveWith(fatima, (items) => items.map((i) => (i.key === item.key ? { ...i, sharedAcrossContactverbod: true } : i)))).statusCode).toBe(200);
    expect(await decisions()).toEqual([{ actorName: expect.stringContaining('Fatima'), subjects: [samira] }]);
    // Saving again without touching it is no new decision.
    expect((await saveWith(fatima, (items) => items)).statusCode).toBe(200);
    expect(await decisions()).toHaveLength(1);
  });

  it('saves a long plan the schema allows, instead of refusing every autosave of it as too large (64 kB is the default body limit)', async () => {
    const fatima = await t.as('fatima');
    const long = (n: number) => newItem(`Afspraak ${n}: ${'Samira en Mark spreken af wie wat doet, wanneer en waar. '.repeat(14)}`.slice(0, 1000), { whatIf: 'Dan belt Samira Fatima.'.repeat(20) });
    const saved = await saveWith(fatima, (items) => [...items, ...Array.from({ length: 120 }, (_, n) => long(n))]);
    expect(saved.statusCode, saved.body.slice(0, 200)).toBe(200);
    // Beyond what the schema allows is still refused, as problem+json, and the saved draft stays.
    const tooMany = await saveWith(fatima, (items) => [...items, ...Array.from({ length: 200 }, (_, n) => long(n))]);
    expect([400, 413]).toContain(tooMany.statusCode);
    expect(tooMany.headers['content-type']).toContain('application/problem+json');
    expect((await draftOf(fatima)).items).toHaveLength(jansen().plan.items.length + 120);
  });

  it('answers plan-veranderd when the plan moved on since the draft began, and an empty item cannot be published', async () => {
    const fatima = await t.as('fatima');
    expect((await saveWith(fatima, (items) => [...items, newItem('   ')])).statusCode).toBe(200);
    const empty = await fatima.post(url('/publicatie'), { revision: 1 });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: 'ongeldige-invoer', fields: [`items/${jansen().plan.items.length}/what`] });

    expect((await saveWith(fatima, (items) => items.filter((i) => i.what.trim() !== ''))).statusCode).toBe(200);
    const other = await (await t.as('fatima')).post(`/api/v1/gezinnen/${jansen().id}/plan/versies`, {
      baseVersionId: jansen().plan.versionId,
      items: [{ op: 'toevoegen', content: { section: 'herstel', kind: 'afspraak', what: 'Tussendoor.' }, envelope: { audience: 'gezin' } }],
    });
    expect(other.statusCode).toBe(201);
    expect(await draftOf(fatima)).toMatchObject({ outdated: true });
    const late = await fatima.post(url('/publicatie'), { revision: 2 });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'plan-veranderd' });
    const discarded = await fatima.request({ method: 'DELETE', url: url(`?revision=${(await draftOf(fatima)).revision}`) });
    expect(discarded.statusCode).toBe(204);
    expect(await draftOf(fatima)).toMatchObject({ revision: 0, outdated: false });
  });
});
