import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';
import { PrincipalDirectory } from './principals.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;

describe(`the cache of signed-in people on ${testEngine()}`, () => {
  it('holds at most its number of accounts: the least recently seen is read again when needed', async () => {
    const directory = new PrincipalDirectory(t.db, { maxEntries: 2 });
    const samira = await directory.resolve(t.userIdOf('samira'));
    await directory.resolve(t.userIdOf('mark'));
    await directory.resolve(t.userIdOf('fatima'));
    expect(directory.cacheStats()).toMatchObject({ entries: 2, misses: 3, evictions: 1 });
    const again = await directory.resolve(t.userIdOf('samira'));
    expect(again).not.toBe(samira);
    expect(again).toEqual(samira);
  });

  it('is dropped when a delegation changes, so the new scope counts from the next request', async () => {
    const before = await t.services.directory.resolve(t.userIdOf('ria'));
    expect(before).toMatchObject({ kind: 'helper', delegations: [{ scopes: ['lezen', 'reageren', 'instemming-geven', 'verzoeken-doen', 'documenten-delen'] }] });
    await t.db.query(`update delegations set scopes = '{lezen}' where helper_user_id = $1`, [t.userIdOf('ria')]);
    await vi.waitFor(async () => expect(await t.services.directory.resolve(t.userIdOf('ria'))).toMatchObject({ delegations: [{ scopes: ['lezen'] }] }));
  });

  it('is dropped when an account is disabled, so that person is out from the next request', async () => {
    expect(await t.services.directory.resolve(t.userIdOf('mark'))).toBeDefined();
    await t.db.query('update users set disabled_at = $2 where id = $1', [t.userIdOf('mark'), t.clock.now().toISOString()]);
    await vi.waitFor(async () => expect(await t.services.directory.resolve(t.userIdOf('mark'))).toBeUndefined());
  });

  it('is kept when only plan content changes (a comment), so a busy family does not empty it', async () => {
    const samira = await t.as('samira');
    const cached = await t.services.directory.resolve(t.userIdOf('samira'));
    const response = await samira.post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), body: 'Het gaat goed.' });
    expect(response.statusCode).toBe(201);
    // Any notification of that write has been delivered once a later query has answered.
    await t.db.query('select 1');
    expect(await t.services.directory.resolve(t.userIdOf('samira'))).toBe(cached);
  });
});

describe(`an account read in one statement on ${testEngine()}`, () => {
  it('has its relations as the tables hold them, times written as the API writes them', async () => {
    const ria = t.userIdOf('ria');
    await t.db.query('update delegations set revoked_at = $2 where helper_user_id = $1', [ria, t.clock.now().toISOString()]);
    const helper = (await new PrincipalDirectory(t.db).resolve(ria))!;
    const [delegation] = await t.db.query<{ id: string; validFrom: Date; validUntil: Date; revokedAt: Date }>(
      'select id, valid_from as "validFrom", valid_until as "validUntil", revoked_at as "revokedAt" from delegations where helper_user_id = $1',
      [ria],
    );
    expect(helper.delegations).toEqual([
      expect.objectContaining({ id: delegation!.id, validFrom: delegation!.validFrom.toISOString(), validUntil: delegation!.validUntil.toISOString(), revokedAt: delegation!.revokedAt.toISOString() }),
    ]);
    const fatima = t.userIdOf('fatima');
    const professional = (await new PrincipalDirectory(t.db).resolve(fatima))!;
    const assignments = await t.db.query<{ familyId: string; since: Date; until: Date | null }>(
      'select family_id as "familyId", since, until from professional_assignments where user_id = $1 order by since',
      [fatima],
    );
    expect(assignments.length).toBeGreaterThan(0);
    expect(professional.assignments).toEqual(assignments.map((a) => expect.objectContaining({ familyId: a.familyId, since: a.since.toISOString(), until: a.until?.toISOString() ?? null })));
    const samira = (await new PrincipalDirectory(t.db).resolve(t.userIdOf('samira')))!;
    expect(samira.memberships).toEqual([{ memberId: expect.any(String), familyId: jansen().id, firstName: 'Samira', birthDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
  });
});

describe('one account, relations in two families', () => {
  it('Henk, a member of Jansen, helping Willem in De Vries: both families, each as what he is there', async () => {
    const deVries = t.world.families.find((f) => f.key === 'de-vries')!;
    const willem = deVries.members.find((m) => m.key === 'willem')!.id;
    const henk = await t.as('henk');
    await t.db.query(
      `insert into delegations (id, family_id, member_id, helper_user_id, scopes, valid_from, valid_until, created_at) values ($1, $2, $3, $4, '{lezen}', $5, $6, $5)`,
      [randomUUID(), deVries.id, willem, t.userIdOf('henk'), t.clock.now().toISOString(), new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString()],
    );
    await vi.waitFor(async () => expect((await t.services.directory.resolve(t.userIdOf('henk')))!.delegations).toHaveLength(1));

    const families = (await henk.get('/api/v1/gezinnen')).json() as { id: string }[];
    expect(families.map((f) => f.id).sort()).toEqual([jansen().id, deVries.id].sort());
    // In De Vries he reads Willem's view: Willem's own agreement is there, which Peter does not see.
    const plan = (await henk.get(`/api/v1/gezinnen/${deVries.id}/plan`)).body;
    expect(plan).toContain('Willem mag de wijkagent altijd bellen');
    // A delegation to read: he writes nothing there, and the log names him as a helper for Willem.
    expect((await henk.post(`/api/v1/gezinnen/${deVries.id}/reacties`, { clientId: randomUUID(), body: 'Hallo.' })).statusCode).toBe(403);
    const [entry] = await t.db.query<{ actorKind: string; onBehalfOf: string }>(
      `select actor_kind as "actorKind", on_behalf_of_member_id as "onBehalfOf" from access_log
        where family_id = $1 and actor_user_id = $2 and action = 'lezen' order by id desc limit 1`,
      [deVries.id, t.userIdOf('henk')],
    );
    expect(entry).toEqual({ actorKind: 'helper', onBehalfOf: willem });
    expect((await henk.get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(200);
  });
});
