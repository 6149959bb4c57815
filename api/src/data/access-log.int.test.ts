import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';
import { entryHash, genesisHash } from './access-log.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;

interface LogRow {
  actorUserId: string;
  actorKind: string;
  actorName: string;
  actorOrganisation: string | null;
  onBehalfOfMemberId: string | null;
  familyId: string;
  subjectMemberIds: string[];
  action: string;
  objectKind: string;
  objectIds: string[];
  clientIp: string | null;
  outcome: string;
}

/** Every entry by this user, oldest first, account events too (migration 041 keeps them apart): a sign-in comes first, as `as()` signs in. */
async function rowsFor(userId: string): Promise<LogRow[]> {
  await t.services.log.drain();
  return t.db.query<LogRow>(
    `select "actorUserId", "actorKind", "actorName", "actorOrganisation", "onBehalfOfMemberId", "familyId", "subjectMemberIds",
            action, "objectKind", "objectIds", "clientIp", outcome
       from (select id, actor_user_id as "actorUserId", actor_kind as "actorKind", actor_name as "actorName", actor_organisation as "actorOrganisation",
            on_behalf_of_member_id as "onBehalfOfMemberId", family_id as "familyId", subject_member_ids as "subjectMemberIds",
            action, object_kind as "objectKind", object_ids as "objectIds", client_ip as "clientIp", outcome
       from access_log where actor_user_id = $1
     union all
     select id, actor_user_id, actor_kind, actor_name, actor_organisation, on_behalf_of_member_id, null, subject_member_ids,
            action, object_kind, object_ids, client_ip, outcome
       from account_log where actor_user_id = $1) l order by id`,
    [userId],
  );
}

describe(`access log on ${testEngine()} (REQUIREMENTS D1, D2)`, () => {
  it.each([
    ['/plan', 'plan'],
    ['', 'gezin'],
  ])('a read of /gezinnen/:id%s writes a complete entry', async (suffix, objectKind) => {
    const samira = await t.as('samira');
    const response = await samira.get(`/api/v1/gezinnen/${jansen().id}${suffix}`);
    expect(response.statusCode).toBe(200);
    const rows = (await rowsFor(t.userIdOf('samira'))).filter((r) => r.action !== 'inloggen');
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ actorKind: 'member', actorName: 'Samira El Amrani', familyId: jansen().id, action: 'lezen', objectKind, onBehalfOfMemberId: null, outcome: 'toegestaan' });
    expect(row.clientIp).toBeTruthy();
    expect(row.objectIds.length).toBeGreaterThan(0);
    expect(row.subjectMemberIds).toContain(memberId('samira'));
  });

  it('a helper reading names the member they act for, and their organisation', async () => {
    const ria = await t.as('ria');
    expect((await ria.get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(200);
    const [row] = (await rowsFor(t.userIdOf('ria'))).filter((r) => r.action === 'lezen');
    expect(row).toMatchObject({ actorKind: 'helper', onBehalfOfMemberId: memberId('samira') });
    expect(row!.actorOrganisation).toBeTruthy();
  });

  it('a denied read (404) of a family that exists answers like an unknown one, and is logged as refused, not as read', async () => {
    const willem = await t.as('willem');
    const unknown = await willem.get(`/api/v1/gezinnen/${randomUUID()}/plan`);
    const hidden = await willem.get(`/api/v1/gezinnen/${jansen().id}/plan`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    const rows = (await rowsFor(t.userIdOf('willem'))).filter((r) => r.action !== 'inloggen');
    // The unknown id is nobody's data: only the attempt on a real family is an entry.
    expect(rows).toEqual([
      {
        actorUserId: t.userIdOf('willem'), actorKind: 'member', actorName: 'Willem de Vries', actorOrganisation: null, onBehalfOfMemberId: null,
        familyId: jansen().id, subjectMemberIds: [], action: 'lezen', objectKind: 'gezin', objectIds: [jansen().id], clientIp: rows[0]!.clientIp, outcome: 'geweigerd',
      },
    ]);
    expect(rows[0]!.clientIp).toBeTruthy();
  });

  it('chains every row to the one before, and the chain verifies after many concurrent reads', async () => {
    const samira = await t.as('samira');
    const mark = await t.as('mark');
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? samira : mark).get(`/api/v1/gezinnen/${jansen().id}/plan`)));
    const result = await t.services.log.verify();
    // 40 reads and the two sign-ins.
    expect(result).toEqual({ ok: true, rows: 42 });
    const [first] = await t.db.query<{ prev: string }>('select prev_hash as prev from access_log order by id limit 1');
    expect(first!.prev).toBe(genesisHash);
  });

  it('refuses update, delete and truncate', async () => {
    const samira = await t.as('samira');
    await samira.get(`/api/v1/gezinnen/${jansen().id}/plan`);
    await t.services.log.drain();
    await expect(t.db.query(`update access_log set actor_name = 'iemand anders'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('delete from access_log')).rejects.toThrow(/append-only/);
    await expect(t.db.query('truncate access_log')).rejects.toThrow(/append-only/);
  });

  it('detects a forged row: the hash covers the content', () => {
    const entry = {
      at: new Date('2026-11-24T10:00:00Z'), actorUserId: null, actorKind: 'member', actorName: 'A', actorOrganisation: null,
      onBehalfOfMemberId: null, familyId: null, subjectMemberIds: [], action: 'lezen' as const, objectKind: 'plan', objectIds: [], clientIp: null,
    };
    expect(entryHash(genesisHash, entry)).not.toBe(entryHash(genesisHash, { ...entry, actorName: 'B' }));
    expect(entryHash(genesisHash, entry)).not.toBe(entryHash('1'.repeat(64), entry));
  });
});

describe(`what NEN 7513 names besides reads, on ${testEngine()} (REQUIREMENTS D1)`, () => {
  const fieldId = (key: string) => jansen().fields.find((f) => f.key === key)!.id;
  const withoutIp = (rows: LogRow[]) =>
    rows.map(({ clientIp, ...row }) => {
      expect(clientIp, 'from where').toBeTruthy();
      return row;
    });
  /** An entry of the account itself: no family, no member, so no member's log shows it. */
  const accountRow = (key: string, action: 'inloggen' | 'uitloggen') => {
    const person = t.world.helpers.find((h) => h.key === key) ?? t.world.professionals.find((p) => p.key === key)!;
    return {
      actorUserId: t.userIdOf(key), actorKind: key === 'ria' ? 'helper' : 'professional', actorName: person.name, actorOrganisation: person.organisation,
      onBehalfOfMemberId: null, familyId: null, subjectMemberIds: [], action, objectKind: 'sessie', objectIds: [], outcome: 'toegestaan',
    };
  };

  it('signing in and signing out (aanmelden, afmelden) are entries of the account, with who and from where', async () => {
    const ria = await t.as('ria');
    expect((await ria.post('/api/v1/auth/uitlog')).statusCode).toBe(204);
    expect(withoutIp(await rowsFor(t.userIdOf('ria')))).toEqual([accountRow('ria', 'inloggen'), accountRow('ria', 'uitloggen')]);
  });

  it('ending a session from "Waar ben ik ingelogd" signs that device out', async () => {
    const here = await t.as('fatima');
    await t.as('fatima');
    const sessions = (await here.get('/api/v1/ik/sessies')).json() as { id: string; isCurrent: boolean }[];
    const other = sessions.find((s) => !s.isCurrent)!;
    expect((await here.request({ method: 'DELETE', url: `/api/v1/ik/sessies/${other.id}` })).statusCode).toBe(204);
    expect(withoutIp(await rowsFor(t.userIdOf('fatima')))).toEqual([accountRow('fatima', 'inloggen'), accountRow('fatima', 'inloggen'), accountRow('fatima', 'uitloggen')]);
  });

  it('printing the plan ("wie doet wat wanneer") is an entry naming exactly what this person’s page holds', async () => {
    const mark = await t.as('mark');
    expect((await mark.get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(200);
    expect((await mark.post(`/api/v1/gezinnen/${jansen().id}/afdrukken`, { what: 'plan' })).statusCode).toBe(204);
    const [read, printed, ...more] = (await rowsFor(t.userIdOf('mark'))).filter((r) => r.objectKind === 'plan');
    expect(more).toEqual([]);
    expect(read!.action).toBe('lezen');
    expect(printed).toEqual({ ...read, action: 'printen' });
    expect(printed!.subjectMemberIds).toContain(memberId('mark'));
  });

  it('printing "Mijn gegevens" is an entry about the member; a professional may not (403), and that attempt is logged', async () => {
    const samira = await t.as('samira');
    expect((await samira.post(`/api/v1/gezinnen/${jansen().id}/afdrukken`, { what: 'mijn-gegevens' })).statusCode).toBe(204);
    const [printed] = (await rowsFor(t.userIdOf('samira'))).filter((r) => r.action === 'printen');
    expect(withoutIp([printed!])).toEqual([
      {
        actorUserId: t.userIdOf('samira'), actorKind: 'member', actorName: 'Samira El Amrani', actorOrganisation: null, onBehalfOfMemberId: null,
        familyId: jansen().id, subjectMemberIds: [memberId('samira')], action: 'printen', objectKind: 'mijn-gegevens', objectIds: [jansen().id], outcome: 'toegestaan',
      },
    ]);

    const fatima = await t.as('fatima');
    expect((await fatima.post(`/api/v1/gezinnen/${jansen().id}/afdrukken`, { what: 'mijn-gegevens' })).statusCode).toBe(403);
    const refused = (await rowsFor(t.userIdOf('fatima'))).filter((r) => r.outcome === 'geweigerd');
    expect(withoutIp(refused)).toEqual([
      {
        actorUserId: t.userIdOf('fatima'), actorKind: 'professional', actorName: 'Fatima Yılmaz', actorOrganisation: 'Lokaal team Utrecht-Oost', onBehalfOfMemberId: null,
        familyId: jansen().id, subjectMemberIds: [], action: 'aanmaken', objectKind: 'POST /api/v1/gezinnen/:familyId/afdrukken', objectIds: [jansen().id], outcome: 'geweigerd',
      },
    ]);
  });

  it('a refused read (403) is logged with what was tried, by whom, for whom, from where', async () => {
    const ria = await t.as('ria');
    const fatima = await t.as('fatima');
    expect((await fatima.get(`/api/v1/gezinnen/${jansen().id}/export`)).statusCode).toBe(403);
    const [refused, ...more] = (await rowsFor(t.userIdOf('fatima'))).filter((r) => r.outcome === 'geweigerd');
    expect(more).toEqual([]);
    expect(refused).toMatchObject({ familyId: jansen().id, action: 'lezen', objectKind: 'GET /api/v1/gezinnen/:familyId/export', objectIds: [jansen().id], subjectMemberIds: [] });
    // A helper is refused on behalf of the member she helps.
    expect((await ria.post(`/api/v1/gezinnen/${jansen().id}/plan/versies`, { baseVersionId: jansen().plan.versionId, items: [] })).statusCode).toBe(403);
    const [byRia] = (await rowsFor(t.userIdOf('ria'))).filter((r) => r.outcome === 'geweigerd');
    expect(byRia).toMatchObject({ actorKind: 'helper', onBehalfOfMemberId: memberId('samira'), action: 'aanmaken', objectKind: 'POST /api/v1/gezinnen/:familyId/plan/versies' });
  });

  it('a 404 on something that exists but is hidden (Samira’s shielded address, for Mark) answers like an unknown id, and is logged as refused', async () => {
    const mark = await t.as('mark');
    const ask = (id: string) =>
      mark.post(`/api/v1/gezinnen/${jansen().id}/correctieverzoeken`, { clientId: randomUUID(), target: { kind: 'member-field', id }, kind: 'wijzigen', proposedText: 'Anders.', reason: 'Klopt niet.' });
    const unknown = await ask(randomUUID());
    const hidden = await ask(fieldId('adres-samira'));
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
    const refused = (await rowsFor(t.userIdOf('mark'))).filter((r) => r.outcome === 'geweigerd');
    expect(withoutIp(refused)).toEqual([
      {
        actorUserId: t.userIdOf('mark'), actorKind: 'member', actorName: 'Mark Jansen', actorOrganisation: null, onBehalfOfMemberId: null,
        familyId: jansen().id, subjectMemberIds: [], action: 'aanmaken', objectKind: 'member-field', objectIds: [fieldId('adres-samira')], outcome: 'geweigerd',
      },
    ]);
  });

  it('refused attempts and sign-ins stay out of the members’ own "Wie heeft mijn gegevens bekeken"', async () => {
    const samira = await t.as('samira');
    const before = (await samira.get(`/api/v1/gezinnen/${jansen().id}/logboek`)).json() as { groups: { actor: { name?: string } }[] };
    const fatima = await t.as('fatima');
    await fatima.get(`/api/v1/gezinnen/${jansen().id}/export`);
    await (await t.as('ria')).post('/api/v1/auth/uitlog');
    await t.services.log.drain();
    const after = (await samira.get(`/api/v1/gezinnen/${jansen().id}/logboek`)).json() as { groups: { actor: { name?: string } }[] };
    const byOthers = (page: typeof before) => page.groups.filter((e) => e.actor.name === 'Fatima Yılmaz' || e.actor.name === 'Ria');
    expect(byOthers(after)).toEqual(byOthers(before));
  });
});

