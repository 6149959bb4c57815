import type { AccessLogPage, HelpersOverview, HelpingView, IssuedDelegationInvitation } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SoftAuthenticator } from '../../test/soft-authenticator.ts';
import { testEngine } from '../../test/db.ts';
import { testApp, type Agent, type TestApp } from '../../test/harness.ts';

let t: TestApp;
// The first test of the file also builds the seeded template database, which takes long on a busy machine.
beforeEach(async () => {
  t = await testApp();
}, 120_000);
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const helpersUrl = () => `/api/v1/gezinnen/${jansen().id}/helpers`;
// The test clock starts on 2026-11-24 (Dutch day).
const threeMonths = '2027-02-24';

async function invite(agent: Agent, payload: Record<string, unknown> = {}) {
  return agent.post(`${helpersUrl()}/uitnodigingen`, { helperName: 'Sanne de Wit', scopes: ['reageren'], lastDay: threeMonths, ...payload });
}

/** A new helper on her own device: redeems the member's code and saves a passkey of her own. */
async function newHelper(code: string) {
  const agent = t.anonymous();
  const redeem = await agent.post('/api/v1/auth/uitnodiging', { code });
  expect(redeem.statusCode, redeem.body).toBe(200);
  agent.authenticator = new SoftAuthenticator({ origin: t.config.origin, rpId: t.config.rpId, userVerified: true });
  const saved = await agent.post('/api/v1/auth/registratie', { response: agent.authenticator.register(redeem.json().options), passkeyName: 'Telefoon van Sanne' });
  expect(saved.statusCode, saved.body).toBe(200);
  return { agent, me: saved.json() };
}

async function logRows(objectKind: string) {
  await t.services.log.drain();
  return t.db.query<{ action: string; actorUserId: string; actorKind: string; outcome: string; delegation: { id: string; decidedByUserId: string | null; scopes: string[]; validUntil: string } | null }>(
    `select action, actor_user_id as "actorUserId", actor_kind as "actorKind", outcome, delegation from access_log where object_kind = $1 order by id`,
    [objectKind],
  );
}

async function riasDelegationId(): Promise<string> {
  const overview = (await (await t.as('samira')).get(helpersUrl())).json() as HelpersOverview;
  return overview.helpers.find((h) => h.helperName === 'Ria Bakker')!.delegationId;
}

describe(`helpers on ${testEngine()}`, () => {
  it('Samira invites a new helper with a code; the helper redeems it with her own passkey and reads Samira\'s plan; the code works once', async () => {
    const samira = await t.as('samira');
    const issued = await invite(samira);
    expect(issued.statusCode, issued.body).toBe(201);
    const invitation = issued.json() as IssuedDelegationInvitation;
    expect(invitation).toMatchObject({ helperName: 'Sanne de Wit', scopes: ['lezen', 'reageren'], lastDay: threeMonths, address: t.config.origin });
    expect(invitation.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(((await samira.get(helpersUrl())).json() as HelpersOverview).invitations.map((i) => i.helperName)).toEqual(['Sanne de Wit']);

    const { agent: sanne, me } = await newHelper(invitation.code);
    expect(me).toMatchObject({ kind: 'helper', name: 'Sanne de Wit', actingFor: { memberId: memberId('samira'), name: 'Samira' } });
    expect(((await sanne.get('/api/v1/ik/helpen')).json() as HelpingView[])).toEqual([
      expect.objectContaining({ familyId: jansen().id, memberId: memberId('samira'), memberName: 'Samira', scopes: ['lezen', 'reageren'], lastDay: threeMonths }),
    ]);
    expect((await sanne.get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(200);

    const overview = (await samira.get(helpersUrl())).json() as HelpersOverview;
    expect(overview.invitations).toEqual([]);
    expect(overview.helpers.map((h) => [h.helperName, h.scopes])).toEqual([
      ['Ria Bakker', ['lezen', 'reageren', 'instemming-geven', 'verzoeken-doen', 'documenten-delen']],
      ['Sanne de Wit', ['lezen', 'reageren']],
    ]);
    const again = await t.anonymous().post('/api/v1/auth/uitnodiging', { code: invitation.code });
    expect([again.statusCode, again.json().code]).toEqual([410, 'uitnodiging-gebruikt']);

    const grants = await logRows('machtiging');
    expect(grants.find((r) => r.action === 'aanmaken')).toMatchObject({
      actorKind: 'helper',
      delegation: { decidedByUserId: t.userIdOf('samira'), scopes: ['lezen', 'reageren'], validUntil: '2027-02-24T23:00:00.000Z' },
    });
    expect((await logRows('machtiging-uitnodiging'))[0]).toMatchObject({ action: 'aanmaken', actorUserId: t.userIdOf('samira') });
  });

  it('a second try with the same code (the first passkey was never saved) makes no second account', async () => {
    const code = ((await invite(await t.as('samira'))).json() as IssuedDelegationInvitation).code;
    const first = await t.anonymous().post('/api/v1/auth/uitnodiging', { code });
    expect([first.statusCode, first.json().name]).toEqual([200, 'Sanne']);
    t.clock.advance(10 * 60_000);
    await newHelper(code);
    const [accounts] = await t.db.query<{ n: number }>(`select count(*)::int as n from users where display_name = 'Sanne de Wit'`);
    expect(accounts?.n).toBe(1);
  });

  it('an existing helper adds a code to her own account; a member\'s account cannot', async () => {
    const noor = await t.as('noor');
    const code = (await invite(noor, { helperName: 'Ria', scopes: [] })).json().code as string;
    const mark = await t.as('mark');
    expect((await mark.post('/api/v1/ik/helpen', { code })).statusCode).toBe(403);
    const ria = await t.as('ria');
    const added = await ria.post('/api/v1/ik/helpen', { code });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ memberId: memberId('noor'), memberName: 'Noor', scopes: ['lezen'] });
    expect(((await ria.get('/api/v1/ik/helpen')).json() as HelpingView[]).map((h) => h.memberName).sort()).toEqual(['Noor', 'Samira']);
    // Two people in one family: every family request now says for whom.
    expect((await ria.request({ method: 'GET', url: `/api/v1/gezinnen/${jansen().id}/plan`, headers: { 'ons-plan-als': `namens:${memberId('noor')}` } })).statusCode).toBe(200);
  });

  it.each([
    [{ scopes: ['lezen', 'alles'] }, 400, 'ongeldige-invoer'],
    [{ scopes: 'reageren' }, 400, 'ongeldige-invoer'],
    [{ helperName: '   ' }, 400, 'ongeldige-invoer'],
    [{ helperName: undefined }, 400, 'ongeldige-invoer'],
    [{ lastDay: '24-02-2027' }, 400, 'ongeldige-invoer'],
    [{ role: 'professional' }, 400, 'ongeldige-invoer'],
    [{ lastDay: '2026-11-24' }, 422, 'einddatum-te-ver'],
    [{ lastDay: '2027-11-25' }, 422, 'einddatum-te-ver'],
  ])('refuses %j with %i %s as problem+json', async (payload, status, code) => {
    const response = await invite(await t.as('samira'), payload);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe(code);
  });

  it('accepts an end date of exactly 12 months from today', async () => {
    const response = await invite(await t.as('samira'), { lastDay: '2027-11-24' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().lastDay).toBe('2027-11-24');
  });

  it('an unused code can be withdrawn and then is unknown; an old one has expired', async () => {
    const samira = await t.as('samira');
    const withdrawn = (await invite(samira)).json() as IssuedDelegationInvitation;
    expect((await samira.delete(`${helpersUrl()}/uitnodigingen/${withdrawn.id}`)).statusCode).toBe(204);
    expect((await samira.delete(`${helpersUrl()}/uitnodigingen/${withdrawn.id}`)).statusCode).toBe(404);
    const tried = await t.anonymous().post('/api/v1/auth/uitnodiging', { code: withdrawn.code });
    expect([tried.statusCode, tried.json().code]).toEqual([404, 'uitnodiging-onbekend']);
    // Mark cannot withdraw Samira's invitation: it is as unknown to him as any id.
    const other = (await invite(samira)).json() as IssuedDelegationInvitation;
    expect((await (await t.as('mark')).delete(`${helpersUrl()}/uitnodigingen/${other.id}`)).statusCode).toBe(404);
    t.clock.advance(15 * 86_400_000);
    const late = await t.anonymous().post('/api/v1/auth/uitnodiging', { code: other.code });
    expect([late.statusCode, late.json().code]).toEqual([410, 'uitnodiging-verlopen']);
    expect(((await (await t.as('samira')).get(helpersUrl())).json() as HelpersOverview).invitations).toEqual([]);
  });

  it('Samira narrows what Ria may do; it counts from Ria\'s next request and is logged with its basis', async () => {
    const ria = await t.as('ria');
    const comment = () => ria.post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), body: 'Samira vraagt of het later kan.', audience: 'zoals-onderdeel' });
    expect((await comment()).statusCode).toBe(201);
    const id = await riasDelegationId();
    const samira = await t.as('samira');
    const changed = await samira.patch(`${helpersUrl()}/${id}`, { scopes: [], lastDay: '2027-01-31' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ scopes: ['lezen'], lastDay: '2027-01-31' });
    expect((await comment()).statusCode).toBe(403);
    expect((await ria.get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(200);
    expect((await samira.patch(`${helpersUrl()}/${id}`, { lastDay: '2028-01-01' })).json().code).toBe('einddatum-te-ver');
    expect((await samira.patch(`${helpersUrl()}/${id}`, {})).statusCode).toBe(400);
    // Ria never changes her own delegation.
    expect((await ria.patch(`${helpersUrl()}/${id}`, { scopes: ['reageren', 'toestemming-geven'] })).statusCode).toBe(403);
    const rows = await logRows('machtiging');
    expect(rows.find((r) => r.action === 'wijzigen')).toMatchObject({ actorUserId: t.userIdOf('samira'), delegation: { id, decidedByUserId: t.userIdOf('samira'), scopes: ['lezen'] } });
    // Her own log says what the help allows now, and until which day.
    const page = (await samira.get(`/api/v1/gezinnen/${jansen().id}/logboek?own=1`)).json() as AccessLogPage;
    expect(page.groups.find((l) => l.objectKind === 'machtiging' && l.action === 'wijzigen')?.helpAgreement).toEqual({ scopes: ['lezen'], lastDay: '2027-01-31', helper: 'Ria' });
    // Ria's refused comment names the delegation she acted under.
    const refused = (await t.db.query<{ delegation: { id: string } | null }>(`select delegation from access_log where outcome = 'geweigerd' and actor_user_id = $1`, [t.userIdOf('ria')]))[0];
    expect(refused?.delegation).toMatchObject({ id, scopes: ['lezen'] });
  });

  it('Samira ends the help at once: Ria gets the 404 of a stranger on every family route, also sync', async () => {
    const ria = await t.as('ria');
    const family = `/api/v1/gezinnen/${jansen().id}`;
    expect((await ria.get(`${family}/synchronisatie`)).statusCode).toBe(200);
    const unknown = await ria.get(`/api/v1/gezinnen/${randomUUID()}/plan`);
    const id = await riasDelegationId();
    const samira = await t.as('samira');
    expect((await samira.post(`${helpersUrl()}/${id}/beeindiging`, {})).statusCode).toBe(204);
    for (const path of ['', '/plan', '/synchronisatie', '/reacties', '/documenten', '/toestemmingen']) {
      const response = await ria.get(`${family}${path}`);
      expect(response.statusCode, path).toBe(404);
      expect(response.body, path).toBe(unknown.body);
    }
    expect(((await samira.get(helpersUrl())).json() as HelpersOverview).helpers).toEqual([]);
    expect((await samira.post(`${helpersUrl()}/${id}/beeindiging`, {})).statusCode).toBe(404);
    expect(await ria.get('/api/v1/ik/helpen').then((r) => r.json())).toEqual([]);
    const ended = (await logRows('machtiging')).find((r) => r.action === 'verwijderen');
    expect(ended).toMatchObject({ actorUserId: t.userIdOf('samira'), delegation: { id, decidedByUserId: t.userIdOf('samira') } });
    await t.services.log.drain();
    const refused = await t.db.query<{ delegation: { id: string; decidedByUserId: string } | null }>(
      `select delegation from access_log where outcome = 'geweigerd' and actor_user_id = $1 and family_id = $2`,
      [t.userIdOf('ria'), jansen().id],
    );
    expect(refused[0]?.delegation).toMatchObject({ id, decidedByUserId: t.userIdOf('samira') });
  });

  it('the regisseur ends a delegation with a reason; a betrokken professional cannot', async () => {
    const id = await riasDelegationId();
    const fatima = await t.as('fatima');
    expect(((await fatima.get(helpersUrl())).json() as HelpersOverview).helpers).toEqual([expect.objectContaining({ delegationId: id, memberName: 'Samira' })]);
    const noReason = await fatima.post(`${helpersUrl()}/${id}/beeindiging`, {});
    expect([noReason.statusCode, noReason.json().code]).toEqual([400, 'uitleg-nodig']);
    expect((await (await t.as('jeroen')).post(`${helpersUrl()}/${id}/beeindiging`, { reason: 'Veiligheid' })).statusCode).toBe(403);
    expect((await (await t.as('mark')).post(`${helpersUrl()}/${id}/beeindiging`, {})).statusCode).toBe(404);
    expect((await fatima.post(`${helpersUrl()}/${id}/beeindiging`, { reason: 'Samira vroeg het in het gesprek.' })).statusCode).toBe(204);
    const [row] = await t.db.query<{ revokedBy: string; reason: string }>(`select revoked_by_user_id as "revokedBy", revoke_reason as reason from delegations where id = $1`, [id]);
    expect(row).toEqual({ revokedBy: t.userIdOf('fatima'), reason: 'Samira vroeg het in het gesprek.' });
    expect((await (await t.as('ria')).get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(404);
  });

  it('Ria stops helping Samira herself', async () => {
    const ria = await t.as('ria');
    const [helping] = (await ria.get('/api/v1/ik/helpen')).json() as HelpingView[];
    expect((await (await t.as('samira')).post(`/api/v1/ik/helpen/${helping!.delegationId}/beeindiging`, {})).statusCode).toBe(404);
    expect((await ria.post(`/api/v1/ik/helpen/${helping!.delegationId}/beeindiging`, {})).statusCode).toBe(204);
    expect((await ria.get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(404);
    expect((await logRows('machtiging')).at(-1)).toMatchObject({ action: 'verwijderen', actorKind: 'helper', delegation: { decidedByUserId: t.userIdOf('ria') } });
  });

  it('a helper past her end date is out without anyone ending it', async () => {
    expect((await (await t.as('ria')).get(`/api/v1/gezinnen/${jansen().id}/synchronisatie`)).statusCode).toBe(200);
    t.clock.advance(91 * 86_400_000);
    // A new sign-in: a session does not last 91 days.
    expect((await (await t.as('ria')).get(`/api/v1/gezinnen/${jansen().id}/synchronisatie`)).statusCode).toBe(404);
  });
});
