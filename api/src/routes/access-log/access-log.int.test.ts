import type { AccessLogEntryView, AccessLogGroupView, AccessLogPage } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccessEntry } from '../../data/access-log.ts';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const itemId = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const familyUrl = () => `/api/v1/gezinnen/${jansen().id}`;
const logUrl = (query = '') => `${familyUrl()}/logboek${query ? `?${query}` : ''}`;

/**
 * Every page of an agent's log with one query, following the cursor. Checks that the pages fit:
 * every page but the last is full, and no line comes twice.
 */
async function wholeLog(agent: Agent, query = '', limit = 100): Promise<{ groups: AccessLogGroupView[]; pages: AccessLogPage[]; bodies: string[] }> {
  const pages: AccessLogPage[] = [];
  const bodies: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await agent.get(logUrl([query, `limit=${limit}`, cursor ? `before=${cursor}` : ''].filter(Boolean).join('&')));
    expect(response.statusCode, response.body).toBe(200);
    bodies.push(response.body);
    const page = response.json() as AccessLogPage;
    pages.push(page);
    cursor = page.nextCursor;
    if (cursor) expect(page.groups).toHaveLength(limit);
  } while (cursor);
  const groups = pages.flatMap((p) => p.groups);
  expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  return { groups, pages, bodies };
}

/** A log entry as the API writes it, by a demo person, about Samira unless told otherwise. */
async function entryBy(key: string, at: string, more: Partial<AccessEntry> = {}): Promise<AccessEntry> {
  const userId = t.userIdOf(key);
  const [user] = await t.db.query<{ kind: string; name: string; organisation: string | null }>('select kind, display_name as name, organisation from users where id = $1', [userId]);
  return {
    at: new Date(at),
    actorUserId: userId,
    actorKind: user!.kind,
    actorName: user!.name,
    actorOrganisation: user!.organisation,
    onBehalfOfMemberId: user!.kind === 'helper' ? memberId('samira') : null,
    familyId: jansen().id,
    subjectMemberIds: [memberId('samira')],
    action: 'lezen',
    objectKind: 'plan',
    objectIds: [],
    clientIp: '127.0.0.1',
    ...more,
  };
}

/**
 * Twelve minutes of use, spread over three days before the test day (2026-11-24), as the outside
 * review found it: Samira's own 300 reads (her phone loads in the background), Ria's 66 for her,
 * and between them Fatima's 3. Written through the real log writer, oldest first.
 */
async function seedHistory(): Promise<void> {
  const entries: AccessEntry[] = [];
  for (const day of ['2026-11-21', '2026-11-22', '2026-11-23']) {
    for (let i = 0; i < 100; i++) {
      const at = new Date(`${day}T08:00:00.000Z`).getTime() + i * 60_000;
      entries.push(await entryBy('samira', new Date(at).toISOString()));
      if (i % 5 === 0) entries.push(await entryBy('ria', new Date(at + 1000).toISOString()));
      if (day === '2026-11-23' && i % 40 === 10) entries.push(await entryBy('fatima', new Date(at + 2000).toISOString()));
      if (i === 99) entries.push(await entryBy('ria', new Date(at + 3000).toISOString(), { objectKind: 'gezin' }), await entryBy('ria', new Date(at + 4000).toISOString(), { objectKind: 'reacties' }));
    }
  }
  expect(entries.filter((e) => e.actorKind === 'helper')).toHaveLength(66);
  expect(entries.filter((e) => e.actorKind === 'professional')).toHaveLength(3);
  for (const entry of entries) void t.services.log.record(entry);
  await t.services.log.drain();
}

const line = (g: AccessLogGroupView) => `${g.day} ${g.actor.name ?? g.actor.kind}${g.onBehalfOf ? ` namens ${g.onBehalfOf.name}` : ''} ${g.action} ${g.objectKind} ×${g.count}`;

describe(`wie heeft mijn gegevens bekeken, on ${testEngine()}`, () => {
  it("shows what others did first, one line per person, day and thing, with a count; Samira's own 300 reads stay out", async () => {
    await seedHistory();
    const page = (await (await t.as('samira')).get(logUrl())).json() as AccessLogPage;
    expect(page.member).toEqual({ id: memberId('samira'), firstName: 'Samira' });
    expect(page.groups.map(line)).toEqual([
      '2026-11-23 Ria namens Samira lezen reacties ×1',
      '2026-11-23 Ria namens Samira lezen gezin ×1',
      '2026-11-23 Ria namens Samira lezen plan ×20',
      '2026-11-23 Fatima Yılmaz lezen plan ×3',
      '2026-11-22 Ria namens Samira lezen reacties ×1',
      '2026-11-22 Ria namens Samira lezen gezin ×1',
      '2026-11-22 Ria namens Samira lezen plan ×20',
      '2026-11-21 Ria namens Samira lezen reacties ×1',
      '2026-11-21 Ria namens Samira lezen gezin ×1',
      '2026-11-21 Ria namens Samira lezen plan ×20',
    ]);
    expect(page.nextCursor).toBeNull();
    const fatima = page.groups.find((g) => g.actor.kind === 'professional')!;
    expect(fatima).toEqual({
      id: expect.any(String),
      day: '2026-11-23',
      action: 'lezen',
      objectKind: 'plan',
      count: 3,
      firstAt: '2026-11-23T08:10:02.000Z',
      lastAt: '2026-11-23T09:30:02.000Z',
      person: t.userIdOf('fatima'),
      actor: { kind: 'professional', isMe: false, name: 'Fatima Yılmaz', jobTitle: 'Regisseur', organisation: 'Lokaal team Utrecht-Oost' },
    });
    // Ria acts for Samira: someone else ("Ria namens u"), never Samira's own.
    expect(page.groups.find((g) => g.actor.kind === 'helper')).toMatchObject({
      actor: { kind: 'helper', isMe: false, name: 'Ria', jobTitle: 'Ervaringsdeskundige', organisation: 'Ervaringsdeskundigen Utrecht' },
      onBehalfOf: { memberId: memberId('samira'), name: 'Samira' },
      person: t.userIdOf('ria'),
    });
    expect(page.people).toEqual([
      { id: t.userIdOf('ria'), actor: expect.objectContaining({ kind: 'helper', name: 'Ria' }), onBehalfOf: { memberId: memberId('samira'), name: 'Samira' } },
      { id: t.userIdOf('fatima'), actor: expect.objectContaining({ kind: 'professional', name: 'Fatima Yılmaz' }) },
    ]);
  });

  it('shows her own views only with the switch (own=1), also grouped, and still her own reading of this page', async () => {
    await seedHistory();
    const samira = await t.as('samira');
    await samira.get(logUrl());
    const { groups } = await wholeLog(samira, 'own=1');
    const own = groups.filter((g) => g.actor.isMe);
    expect(own.map(line)).toEqual([
      '2026-11-24 Samira lezen toegangslog ×1',
      '2026-11-23 Samira lezen plan ×100',
      '2026-11-22 Samira lezen plan ×100',
      '2026-11-21 Samira lezen plan ×100',
    ]);
    expect(own[1]!.actor).toEqual({ kind: 'gezinslid', isMe: true, memberId: memberId('samira'), name: 'Samira', memberRole: 'ouder' });
    // Others are the same lines as without the switch: Ria's are never her own.
    const others = (await wholeLog(samira)).groups;
    expect(groups.filter((g) => !g.actor.isMe).map(line)).toEqual(others.map(line));
    expect(others.some((g) => g.actor.isMe)).toBe(false);
  });

  it('the person filter shows only that person, and only people from her log can be chosen', async () => {
    await seedHistory();
    const samira = await t.as('samira');
    const { people } = (await samira.get(logUrl())).json() as AccessLogPage;
    const ria = people.find((p) => p.actor.name === 'Ria')!;
    const { groups } = await wholeLog(samira, `person=${ria.id}`);
    expect(groups).toHaveLength(9);
    expect(groups.every((g) => g.person === ria.id && g.actor.name === 'Ria')).toBe(true);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(66);
    // Samira herself is no person in the list; choosing her shows her only with the switch.
    expect(people.map((p) => p.id)).not.toContain(t.userIdOf('samira'));
    expect((await wholeLog(samira, `person=${t.userIdOf('samira')}`)).groups).toEqual([]);
    expect((await wholeLog(samira, `person=${t.userIdOf('samira')}&own=1`)).groups.map((g) => g.count)).toEqual([3, 100, 100, 100]);
    // Someone Samira may not see gives nothing at all, not even with the switch.
    await (await t.as('mark')).get(`${familyUrl()}/plan`);
    expect((await wholeLog(samira, `person=${t.userIdOf('mark')}&own=1`)).groups).toEqual([]);
  });

  it.each([
    ['', 1],
    ['', 2],
    ['', 3],
    ['own=1', 2],
    ['own=1', 7],
  ])('pages by a stable cursor (%s, limit %i): full pages, no gaps, no doubles, also while new entries arrive', async (query, limit) => {
    await seedHistory();
    // Today Ria, then Fatima: two lines of one day, Fatima's the newer.
    for (const key of ['ria', 'fatima']) await (await t.as(key)).get(`${familyUrl()}/plan`);
    const samira = await t.as('samira');
    // Reading the page is itself logged, as Samira's own; those lines are left out of the comparison.
    const notThisPage = (g: AccessLogGroupView) => g.objectKind !== 'toegangslog';
    const all = ((await samira.get(logUrl(`${query}&limit=100`))).json() as AccessLogPage).groups.filter(notThisPage);
    expect(all.length).toBeGreaterThan(limit);

    const seen: AccessLogGroupView[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await samira.get(logUrl(`${query}&limit=${limit}${cursor ? `&before=${cursor}` : ''}`));
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as AccessLogPage;
      seen.push(...page.groups);
      cursor = page.nextCursor;
      if (cursor) expect(page.groups).toHaveLength(limit);
      // Meanwhile everyone keeps reading, today: Ria's line would become the newest and jump over
      // the cursor (a gap), Fatima's would come twice. The list being paged stays as it was.
      if (pages++ === 0) for (const key of ['ria', 'fatima', 'samira']) await (await t.as(key)).get(`${familyUrl()}/plan`);
    } while (cursor);
    expect(new Set(seen.map((g) => g.id)).size).toBe(seen.length);
    expect(seen.filter(notThisPage)).toEqual(all);
  });

  it('a page is full even when entries by hidden people sit between the lines (no filtering after the limit)', async () => {
    // Mark's log: Fatima's reads about him, between many by Samira and Ria that he may never see.
    const aboutMark = { subjectMemberIds: [memberId('mark'), memberId('samira')] };
    const entries: AccessEntry[] = [];
    for (const day of ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']) {
      for (let i = 0; i < 20; i++) entries.push(await entryBy('samira', `${day}T09:${String(i).padStart(2, '0')}:00.000Z`, aboutMark));
      entries.push(await entryBy('fatima', `${day}T09:30:00.000Z`, aboutMark));
      for (let i = 0; i < 20; i++) entries.push(await entryBy('ria', `${day}T10:${String(i).padStart(2, '0')}:00.000Z`, aboutMark));
    }
    for (const entry of entries) void t.services.log.record(entry);
    await t.services.log.drain();
    const mark = await t.as('mark');
    for (const query of ['', 'own=1']) {
      const { groups, pages, bodies } = await wholeLog(mark, query, 1);
      const fatima = ['2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20'].map((d) => `${d} Fatima Yılmaz lezen plan ×1`);
      // With the switch also Mark's own reading of this page: four pages before, one line a page.
      expect(groups.map(line)).toEqual(query ? ['2026-11-24 Mark lezen toegangslog ×4', ...fatima] : fatima);
      // The people to choose from come with the first page only.
      expect(pages.map((p) => p.people.map((person) => person.actor.name))).toEqual([['Fatima Yılmaz'], ...pages.slice(1).map(() => [])]);
      for (const secret of ['Samira', 'El Amrani', 'Ria', 'Ervaringsdeskundige', t.userIdOf('samira'), t.userIdOf('ria'), memberId('samira')]) expect(bodies.join('\n')).not.toContain(secret);
    }
  });

  it('Samira never sees entries about Noor only; every line she sees counts only entries about her', async () => {
    const noor = await t.as('noor');
    const comment = await noor.post(`${familyUrl()}/reacties`, { clientId: randomUUID(), itemKey: itemId('noor-belt'), body: 'Alleen voor Fatima.', audience: 'alleen-professionals' });
    expect(comment.statusCode).toBe(201);
    const fatima = await t.as('fatima');
    await fatima.get(familyUrl());
    await fatima.get(`${familyUrl()}/reacties`);
    await fatima.get(`${familyUrl()}/plan`);
    await t.services.log.drain();
    const [aboutNoorOnly] = await t.db.query<{ subjects: string[] }>(`select subject_member_ids as subjects from access_log where actor_user_id = $1 and object_kind = 'reacties'`, [t.userIdOf('fatima')]);
    expect(aboutNoorOnly!.subjects).toEqual([memberId('noor')]);

    const { groups } = await wholeLog(await t.as('samira'), 'own=1');
    expect(groups.some((g) => g.objectKind === 'reacties')).toBe(false);
    const [expected] = await t.db.query<{ n: number }>(
      `select count(*)::int as n from access_log where family_id = $1 and $2 = any(subject_member_ids) and actor_user_id <> $3`,
      [jansen().id, memberId('samira'), t.userIdOf('mark')],
    );
    // Her own reading of the log counts too; it was written after the page was read.
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(expected!.n - 1);
    // Noor herself sees it.
    expect((await wholeLog(noor)).groups.some((g) => g.objectKind === 'reacties' && g.actor.name === 'Fatima Yılmaz')).toBe(true);
  });

  it("Mark's log leaves out every entry by Samira or her helper (contactverbod: not even when or how often), also with the switch", async () => {
    const samira = await t.as('samira');
    await samira.get(`${familyUrl()}/plan`);
    await samira.get(familyUrl());
    const ria = await t.as('ria');
    await ria.get(`${familyUrl()}/plan`);

    const mark = await t.as('mark');
    for (const query of ['', 'own=1', `person=${t.userIdOf('samira')}`, `person=${t.userIdOf('ria')}&own=1`]) {
      const { groups, bodies } = await wholeLog(mark, query);
      expect(groups.every((g) => g.actor.kind === 'professional' || g.actor.isMe), query).toBe(true);
      const all = bodies.join('\n');
      for (const secret of ['Samira', 'El Amrani', 'Lindelaan', 'Ria', 'Ervaringsdeskundige', memberId('samira'), t.userIdOf('samira'), t.userIdOf('ria'), itemId('veilig-thuis-samira')]) {
        expect(all, query).not.toContain(secret);
      }
    }
    // The same reads do show for someone who may see Samira, named with her role.
    const daan = (await wholeLog(await t.as('daan'))).groups;
    expect(daan.find((g) => g.actor.memberId === memberId('samira') && g.objectKind === 'plan')!.actor).toEqual({
      kind: 'gezinslid',
      isMe: false,
      memberId: memberId('samira'),
      name: 'Samira',
      memberRole: 'ouder',
    });
  });

  it("helper Ria reads Samira's log: Samira's own views stay out unless asked, Ria's count as others, and her reading is logged for Samira", async () => {
    await seedHistory();
    const ria = await t.as('ria');
    const response = await ria.get(logUrl());
    expect(response.statusCode).toBe(200);
    const page = response.json() as AccessLogPage;
    expect(page.member).toEqual({ id: memberId('samira'), firstName: 'Samira' });
    expect(page.groups.some((g) => g.actor.memberId === memberId('samira'))).toBe(false);
    expect(page.groups.filter((g) => g.actor.kind === 'helper').every((g) => g.actor.isMe && g.onBehalfOf?.name === 'Samira')).toBe(true);
    expect(page.groups.reduce((n, g) => n + g.count, 0)).toBe(69);
    const withOwn = (await wholeLog(ria, 'own=1')).groups;
    expect(withOwn.filter((g) => g.actor.memberId === memberId('samira')).reduce((n, g) => n + g.count, 0)).toBe(300);

    await t.services.log.drain();
    const rows = await t.db.query<{ onBehalfOf: string; subjects: string[] }>(
      `select on_behalf_of_member_id as "onBehalfOf", subject_member_ids as subjects from access_log where actor_user_id = $1 and object_kind = 'toegangslog'`,
      [t.userIdOf('ria')],
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ onBehalfOf: memberId('samira'), subjects: [memberId('samira')] });
    const samiraSees = (await (await t.as('samira')).get(logUrl())).json() as AccessLogPage;
    expect(samiraSees.groups[0]).toMatchObject({ day: '2026-11-24', action: 'lezen', objectKind: 'toegangslog', count: 2, actor: { kind: 'helper', isMe: false, name: 'Ria' }, onBehalfOf: { name: 'Samira' } });
  });

  it('names an action it does not know neutrally ("anders"), and leaves out an actor it does not know', async () => {
    // The log's writer learns new actions (e.g. refused attempts) before this page does.
    await t.db.exec('alter table access_log drop constraint access_log_action_check');
    for (const entry of [
      await entryBy('fatima', '2026-11-23T10:00:00.000Z', { action: 'geweigerd' as AccessEntry['action'] }),
      await entryBy('fatima', '2026-11-23T10:01:00.000Z', { action: 'iets-nieuws' as AccessEntry['action'] }),
      await entryBy('fatima', '2026-11-23T10:02:00.000Z', { action: 'nog-iets' as AccessEntry['action'] }),
      { ...(await entryBy('fatima', '2026-11-23T10:03:00.000Z')), actorKind: 'onbekend', actorName: 'Iemand Anders', actorUserId: null },
    ]) {
      void t.services.log.record(entry);
    }
    await t.services.log.drain();
    const samira = await t.as('samira');
    const response = await samira.get(logUrl('own=1'));
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as AccessLogPage;
    expect(page.groups.filter((g) => g.day === '2026-11-23').map(line)).toEqual(['2026-11-23 Fatima Yılmaz anders plan ×2', '2026-11-23 Fatima Yılmaz geweigerd plan ×1']);
    expect(response.body).not.toContain('Iemand Anders');
    expect(response.body).not.toContain('iets-nieuws');
  });

  it("the export (A7) still holds every entry one by one, her own too, naming only objects she may see; a sync reads no log", async () => {
    const fatima = await t.as('fatima');
    await fatima.get(`${familyUrl()}/plan`);
    await t.services.log.drain();
    const [planRead] = await t.db.query<{ id: string }>(`select id::text as id from access_log where actor_user_id = $1 and object_kind = 'plan'`, [t.userIdOf('fatima')]);
    const exported = async (who: string) => ((await (await t.as(who)).get(`${familyUrl()}/export`)).json().accessLog as AccessLogEntryView[]).find((e) => e.id === planRead!.id)!;
    expect((await exported('noor')).objectIds).toContain(itemId('noor-belt'));
    const samiraSees = await exported('samira');
    expect(samiraSees).toMatchObject({ action: 'lezen', objectKind: 'plan', actor: { kind: 'professional', name: 'Fatima Yılmaz' } });
    expect(samiraSees.objectIds).toContain(itemId('veilig-thuis-samira'));
    expect(samiraSees.objectIds).not.toContain(itemId('noor-belt'));
    expect(samiraSees.objectIds).not.toContain(itemId('training-mark'));
    expect(JSON.stringify(samiraSees)).not.toMatch(/clientIp|client_ip|127\.0\.0\.1|subjectMemberIds/);

    const ria = await t.as('ria');
    expect((await ria.get(`${familyUrl()}/synchronisatie?since=0`)).statusCode).toBe(200);
    await t.services.log.drain();
    const reads = await t.db.query(`select 1 from access_log where actor_user_id = $1 and object_kind = 'toegangslog'`, [t.userIdOf('ria')]);
    expect(reads).toEqual([]);
  });

  it.each([['before=abc'], ['before=0'], ['before=123'], ['before=1.2026-11-24.0'], ['before=1.2026-02-30.5'], ['limit=0'], ['limit=-1'], ['own=ja'], ['person=ria'], ['other=1']])(
    'a bad query (%s) answers 400',
    async (query) => {
      const samira = await t.as('samira');
      const response = await samira.get(logUrl(query));
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('ongeldige-invoer');
    },
  );

  it('professionals get 403 (D3 is a member right); other families and the beheerder get the same 404 as an unknown family', async () => {
    const fatima = await t.as('fatima');
    const forbidden = await fatima.get(logUrl());
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('niet-toegestaan');
    const unknown = await (await t.as('willem')).get('/api/v1/gezinnen/00000000-0000-4000-8000-000000000000/logboek');
    for (const who of ['willem', 'beheer']) {
      const response = await (await t.as(who)).get(logUrl());
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe(unknown.body);
    }
  });
});
