import type { AccessLogEntryView, AccessLogPage } from '@onsplan/shared';
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
const itemId = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const familyUrl = () => `/api/families/${jansen().id}`;
const logUrl = () => `${familyUrl()}/access-log`;

/** Every page of an agent's access log, following the cursor; also checks the pages fit together. */
async function wholeLog(agent: Agent, limit = 100): Promise<{ entries: AccessLogEntryView[]; bodies: string[] }> {
  const entries: AccessLogEntryView[] = [];
  const bodies: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await agent.get(`${logUrl()}?limit=${limit}${cursor ? `&before=${cursor}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    bodies.push(response.body);
    const page = response.json() as AccessLogPage;
    entries.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor);
  return { entries, bodies };
}

/** The ids of the log rows written by one demo person with one object kind, oldest first. */
async function rowIds(actor: string, objectKind: string): Promise<string[]> {
  await t.services.log.drain();
  const rows = await t.db.query<{ id: string }>(`select id::text as id from access_log where actor_user_id = $1 and object_kind = $2 order by id`, [t.userIdOf(actor), objectKind]);
  return rows.map((r) => r.id);
}

describe(`wie heeft mijn gegevens bekeken, on ${testEngine()}`, () => {
  it('Samira sees that Fatima read her data: who by name, role and organisation, when and what; never from where', async () => {
    const fatima = await t.as('fatima');
    expect((await fatima.get(familyUrl())).statusCode).toBe(200);
    const [readId] = await rowIds('fatima', 'gezin');

    const samira = await t.as('samira');
    const response = await samira.get(logUrl());
    expect(response.statusCode).toBe(200);
    const page = response.json() as AccessLogPage;
    expect(page.member).toEqual({ id: memberId('samira'), firstName: 'Samira' });
    const entry = page.entries.find((e) => e.id === readId);
    expect(entry).toEqual({
      id: readId,
      at: t.clock.now().toISOString(),
      action: 'lezen',
      objectKind: 'gezin',
      objectIds: expect.arrayContaining([memberId('samira'), memberId('noor')]),
      actor: { kind: 'professional', isMe: false, name: 'Fatima Yılmaz', jobTitle: 'Regisseur', organisation: 'Lokaal team Utrecht-Oost' },
    });
    // Fatima saw Mark too, but Samira may not see him: his id does not leave.
    expect(entry!.objectIds).not.toContain(memberId('mark'));
    expect(response.body).not.toMatch(/clientIp|client_ip|127\.0\.0\.1|subjectMemberIds/);
  });

  it('Samira never sees entries about Noor only, and every entry she sees is about her', async () => {
    const noor = await t.as('noor');
    const comment = await noor.post(`${familyUrl()}/comments`, { clientId: randomUUID(), itemKey: itemId('noor-belt'), body: 'Alleen voor Fatima.', audience: 'alleen-professionals' });
    expect(comment.statusCode).toBe(201);
    const fatima = await t.as('fatima');
    await fatima.get(familyUrl());
    await fatima.get(`${familyUrl()}/comments`);
    const [aboutNoorOnly] = await rowIds('fatima', 'reacties');
    const [subjects] = await t.db.query<{ subjects: string[] }>('select subject_member_ids as subjects from access_log where id = $1', [aboutNoorOnly]);
    expect(subjects!.subjects).toEqual([memberId('noor')]);

    const { entries } = await wholeLog(await t.as('samira'));
    expect(entries.map((e) => e.id)).not.toContain(aboutNoorOnly);
    const aboutSamira = await t.db.query<{ id: string }>(`select id::text as id from access_log where family_id = $1 and $2 = any(subject_member_ids)`, [jansen().id, memberId('samira')]);
    const allowed = new Set(aboutSamira.map((r) => r.id));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(allowed.has(entry.id), entry.id).toBe(true);
    // Noor herself sees both.
    const noorLog = await wholeLog(noor);
    expect(noorLog.entries.map((e) => e.id)).toContain(aboutNoorOnly);
  });

  it('an entry names only the objects the reader may see now', async () => {
    const fatima = await t.as('fatima');
    await fatima.get(`${familyUrl()}/plan`);
    const [planRead] = await rowIds('fatima', 'plan');
    const inLog = async (who: string) => (await wholeLog(await t.as(who))).entries.find((e) => e.id === planRead)!;
    expect((await inLog('noor')).objectIds).toContain(itemId('noor-belt'));
    const samiraSees = (await inLog('samira')).objectIds;
    expect(samiraSees).toContain(itemId('veilig-thuis-samira'));
    expect(samiraSees).not.toContain(itemId('noor-belt'));
    expect(samiraSees).not.toContain(itemId('training-mark'));
    expect(samiraSees).not.toContain(itemId('risico'));
  });

  it("Mark's log leaves out every entry by Samira or her helper (contactverbod: not even when or how often)", async () => {
    const samira = await t.as('samira');
    await samira.get(`${familyUrl()}/plan`);
    await samira.get(familyUrl());
    const ria = await t.as('ria');
    await ria.get(`${familyUrl()}/plan`);
    const [samiraRead] = await rowIds('samira', 'plan');
    const [riaRead] = await rowIds('ria', 'plan');
    expect(samiraRead).toBeDefined();
    expect(riaRead).toBeDefined();

    const { entries, bodies } = await wholeLog(await t.as('mark'));
    expect(entries.map((e) => e.id)).not.toContain(samiraRead);
    expect(entries.map((e) => e.id)).not.toContain(riaRead);
    const all = bodies.join('\n');
    for (const secret of ['Samira', 'El Amrani', 'Lindelaan', 'Ria', 'Ervaringsdeskundige', memberId('samira'), itemId('veilig-thuis-samira')]) {
      expect(all).not.toContain(secret);
    }
    // The same reads do show for someone who may see Samira.
    const daanLog = await wholeLog(await t.as('daan'));
    expect(daanLog.entries.map((e) => e.id)).toContain(samiraRead);
  });

  it('a member the reader may see is named with their role', async () => {
    const samira = await t.as('samira');
    await samira.get(`${familyUrl()}/plan`);
    const [read] = await rowIds('samira', 'plan');
    const { entries } = await wholeLog(await t.as('daan'));
    expect(entries.find((e) => e.id === read)!.actor).toEqual({ kind: 'gezinslid', isMe: false, memberId: memberId('samira'), name: 'Samira', memberRole: 'ouder' });
  });

  it("helper Ria reads Samira's log; that reading is itself logged, on behalf of Samira, and Samira sees it", async () => {
    const ria = await t.as('ria');
    const response = await ria.get(logUrl());
    expect(response.statusCode).toBe(200);
    expect(response.json().member).toEqual({ id: memberId('samira'), firstName: 'Samira' });
    await t.services.log.drain();
    const rows = await t.db.query<{ id: string; onBehalfOf: string; subjects: string[]; action: string }>(
      `select id::text as id, on_behalf_of_member_id as "onBehalfOf", subject_member_ids as subjects, action
         from access_log where actor_user_id = $1 and object_kind = 'toegangslog'`,
      [t.userIdOf('ria')],
    );
    expect(rows).toEqual([{ id: expect.any(String), onBehalfOf: memberId('samira'), subjects: [memberId('samira')], action: 'lezen' }]);

    const page = (await (await t.as('samira')).get(logUrl())).json() as AccessLogPage;
    expect(page.entries.find((e) => e.id === rows[0]!.id)).toMatchObject({
      action: 'lezen',
      objectKind: 'toegangslog',
      actor: { kind: 'helper', isMe: false, name: 'Ria', jobTitle: 'Ervaringsdeskundige', organisation: 'Ervaringsdeskundigen Utrecht' },
      onBehalfOf: { memberId: memberId('samira'), name: 'Samira' },
    });
    // Her own reading is there too, as her own.
    const own = await rowIds('samira', 'toegangslog');
    expect(own).toHaveLength(1);
    const second = (await (await t.as('samira')).get(logUrl())).json() as AccessLogPage;
    expect(second.entries.find((e) => e.id === own[0])?.actor).toMatchObject({ kind: 'gezinslid', isMe: true, name: 'Samira' });
  });

  it('pages by cursor: newest first, every entry once, and the last page says so', async () => {
    const samira = await t.as('samira');
    for (let i = 0; i < 5; i++) await samira.get(`${familyUrl()}/plan`);
    const full = (await samira.get(`${logUrl()}?limit=100`)).json() as AccessLogPage;
    expect(full.nextCursor).toBeNull();
    const paged = await wholeLog(samira, 2);
    // Five plan reads and the first log read; reading a page is logged, but after the cursor's start.
    expect(full.entries).toHaveLength(5);
    const ids = paged.entries.map((e) => BigInt(e.id));
    expect(new Set(ids).size).toBe(6);
    expect([...ids].sort((a, b) => (a < b ? 1 : -1))).toEqual(ids);
    expect(paged.entries.slice(1)).toEqual(full.entries);
    expect(paged.entries[0]).toMatchObject({ objectKind: 'toegangslog', actor: { isMe: true } });
    expect(paged.bodies).toHaveLength(3);
  });

  it.each([['before=abc'], ['before=0'], ['limit=0'], ['limit=-1'], ['other=1']])('a bad query (%s) answers 400', async (query) => {
    const samira = await t.as('samira');
    const response = await samira.get(`${logUrl()}?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('ongeldige-invoer');
  });

  it('professionals get 403 (D3 is a member right); other families and the beheerder get the same 404 as an unknown family', async () => {
    const fatima = await t.as('fatima');
    const forbidden = await fatima.get(logUrl());
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().code).toBe('niet-toegestaan');
    const unknown = await (await t.as('willem')).get('/api/families/00000000-0000-4000-8000-000000000000/access-log');
    for (const who of ['willem', 'beheer']) {
      const response = await (await t.as(who)).get(logUrl());
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe(unknown.body);
    }
  });
});
