import { addDays, dutchDay, type FamilySummary, type IssuedCode, type MemberAccountList } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStart } from '../../test/clock.ts';
import { Agent, registerPasskey, testApp, type TestApp } from '../../test/harness.ts';

/**
 * Issue 10, "Uitnodigen en kwijtgeraakte telefoons": from the member's page a professional makes a
 * code (an invitation, or a recovery code for the same account), sees who has an account and with
 * which passkeys; a child under 12 gets no code.
 */
let t: TestApp;
let fatima: Agent;
let familyId: string;
let anna: string;
let mila: string;
const today = dutchDay(testStart);

beforeAll(async () => {
  t = await testApp();
  fatima = await t.as('fatima');
  familyId = (await fatima.post('/api/v1/gezinnen', { name: 'Gezin Visser', kind: 'gezin' })).json().id;
  const add = async (firstName: string, role: string, birthDate: string) =>
    (await fatima.post(`/api/v1/gezinnen/${familyId}/gezinsleden`, { firstName, lastName: 'Visser', role, birthDate })).json().id as string;
  anna = await add('Anna', 'ouder', '1988-03-02');
  mila = await add('Mila', 'jeugdige', addDays(today, -8 * 365));
}, 120_000);
afterAll(async () => t.close());

const accounts = async () => ((await fatima.get(`/api/v1/gezinnen/${familyId}/accounts`)).json() as MemberAccountList).accounts;
const issue = (memberId: string) => fatima.post(`/api/v1/gezinnen/${familyId}/gezinsleden/${memberId}/code`, {});

describe('invitations and lost phones', () => {
  it('an invitation for Anna, shown once: she redeems it, makes a passkey and sees her family', async () => {
    expect((await accounts()).find((a) => a.memberId === anna)).toMatchObject({ hasAccount: false, passkeys: [], openCode: null });
    const response = await issue(anna);
    expect(response.statusCode, response.body).toBe(201);
    // A code is a secret: no cache on the way keeps it.
    expect(response.headers['cache-control']).toContain('no-store');
    const issued = response.json() as IssuedCode;
    expect(issued).toMatchObject({ purpose: 'uitnodiging', memberFirstName: 'Anna', familyName: 'Gezin Visser', address: t.config.origin });
    expect((await accounts()).find((a) => a.memberId === anna)!.openCode).toEqual({ purpose: 'uitnodiging', expiresAt: issued.expiresAt });

    const phone = new Agent(t.app);
    await registerPasskey(phone, issued.code, t.config);
    const families = (await phone.get('/api/v1/gezinnen')).json() as FamilySummary[];
    expect(families.map((f) => f.id)).toEqual([familyId]);
    expect(families[0]!.members.find((m) => m.isMe)!.id).toBe(anna);

    const after = (await accounts()).find((a) => a.memberId === anna)!;
    expect(after).toMatchObject({ hasAccount: true, openCode: null, passkeys: [expect.objectContaining({ name: 'Testtelefoon' })] });
    expect(after.lastSeenAt).not.toBeNull();
  });

  it('a lost phone: a recovery code for the same account registers a new passkey beside the old one', async () => {
    const issued = (await issue(anna)).json() as IssuedCode;
    expect(issued.purpose).toBe('herstel');
    const newPhone = new Agent(t.app);
    await registerPasskey(newPhone, issued.code, t.config);
    const me = (await newPhone.get('/api/v1/gezinnen')).json() as FamilySummary[];
    expect(me[0]!.members.find((m) => m.isMe)!.id).toBe(anna);
    expect((await accounts()).find((a) => a.memberId === anna)!.passkeys).toHaveLength(2);
  });

  it('Fatima revokes the lost phone’s passkey: its session ends at once, the other phone keeps working', async () => {
    const lost = new Agent(t.app);
    await registerPasskey(lost, ((await issue(anna)).json() as IssuedCode).code, t.config);
    expect((await lost.get('/api/v1/gezinnen')).statusCode).toBe(200);
    const keys = (await accounts()).find((a) => a.memberId === anna)!.passkeys;
    const lostKey = keys.at(-1)!;
    const revoked = await fatima.request({ method: 'DELETE', url: `/api/v1/gezinnen/${familyId}/gezinsleden/${anna}/inlogsleutels/${encodeURIComponent(lostKey.id)}` });
    expect(revoked.statusCode, revoked.body).toBe(204);
    expect((await lost.get('/api/v1/gezinnen')).statusCode).toBe(401);
    expect((await accounts()).find((a) => a.memberId === anna)!.passkeys.map((p) => p.id)).toEqual(keys.slice(0, -1).map((p) => p.id));
    // Twice, or a key of another member: the 404 of an unknown key.
    expect((await fatima.request({ method: 'DELETE', url: `/api/v1/gezinnen/${familyId}/gezinsleden/${anna}/inlogsleutels/${encodeURIComponent(lostKey.id)}` })).statusCode).toBe(404);
    expect((await fatima.request({ method: 'DELETE', url: `/api/v1/gezinnen/${familyId}/gezinsleden/${mila}/inlogsleutels/${encodeURIComponent(keys[0]!.id)}` })).statusCode).toBe(404);
  });

  it('a child under 12 gets no code, with the reason', async () => {
    const response = await issue(mila);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'te-jong-voor-account' });
    expect((await accounts()).find((a) => a.memberId === mila)).toMatchObject({ tooYoung: true, hasAccount: false });
    const [user] = await t.db.query('select user_id from members where id = $1', [mila]);
    expect(user).toEqual({ user_id: null });
  });

  it('a code for an unknown member is the 404 of an unknown member; members and outsiders cannot make one', async () => {
    expect((await issue(randomUUID())).statusCode).toBe(404);
    const jansen = t.world.families.find((f) => f.key === 'jansen')!;
    const noor = jansen.members.find((m) => m.key === 'noor')!.id;
    const samira = await t.as('samira');
    expect((await samira.post(`/api/v1/gezinnen/${jansen.id}/gezinsleden/${noor}/code`, {})).statusCode).toBe(403);
    expect((await samira.get(`/api/v1/gezinnen/${jansen.id}/accounts`)).statusCode).toBe(403);
    const karim = await t.as('karim');
    expect((await karim.post(`/api/v1/gezinnen/${jansen.id}/gezinsleden/${noor}/code`, {})).statusCode).toBe(404);
  });

  it('each code is in the access log, about the member, by the professional who made it', async () => {
    await t.services.log.drain();
    const rows = await t.db.query<{ actor: string; kind: string; subjects: string[] }>(
      `select actor_name as actor, object_kind as kind, subject_member_ids as subjects from access_log
        where family_id = $1 and object_kind in ('uitnodiging', 'herstelcode') order by id`,
      [familyId],
    );
    expect(rows).toEqual([
      { actor: 'Fatima Yılmaz', kind: 'uitnodiging', subjects: [anna] },
      { actor: 'Fatima Yılmaz', kind: 'herstelcode', subjects: [anna] },
      { actor: 'Fatima Yılmaz', kind: 'herstelcode', subjects: [anna] },
    ]);
  });
});
