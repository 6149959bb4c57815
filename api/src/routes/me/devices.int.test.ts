import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceName } from '../../auth/session-list.ts';
import { testEngine } from '../../test/db.ts';
import { Agent, testApp, type TestApp } from '../../test/harness.ts';
import { sessionCookieName } from '../../http/session-cookie.ts';
import { SoftAuthenticator } from '../../test/soft-authenticator.ts';

let t: TestApp;
const credentialOf = (agent: Agent) => agent.authenticator!.credentialId.toString('base64url');

/** Signs `agent` in with the passkey of `owner` (its own by default). */
async function signIn(agent: Agent, owner: Agent = agent) {
  const options = await agent.post('/api/v1/auth/inlog-opties', {});
  return agent.post('/api/v1/auth/inlog', { response: owner.authenticator!.authenticate(options.json()) });
}

beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

describe(`my sessions and passkeys on ${testEngine()} (REQUIREMENTS C2)`, () => {
  it('lists my live sessions; ending the other one signs that device out at once', async () => {
    const phone = await t.as('samira');
    const laptop = await t.as('samira');
    const list = (await phone.get('/api/v1/ik/sessies')).json() as { id: string; isCurrent: boolean }[];
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.isCurrent)).toHaveLength(1);
    const other = list.find((s) => !s.isCurrent)!;
    expect(other.id).toMatch(/^[0-9a-f]{16}$/);
    expect((await phone.request({ method: 'DELETE', url: `/api/v1/ik/sessies/${other.id}` })).statusCode).toBe(204);
    expect((await laptop.get('/api/v1/ik')).statusCode).toBe(401);
    expect((await phone.get('/api/v1/ik')).statusCode).toBe(200);
  });

  it("someone else's session handle is not found, and nothing ends", async () => {
    const samira = await t.as('samira');
    const mark = await t.as('mark');
    const [markSession] = (await mark.get('/api/v1/ik/sessies')).json() as { id: string }[];
    expect((await samira.request({ method: 'DELETE', url: `/api/v1/ik/sessies/${markSession!.id}` })).statusCode).toBe(404);
    expect((await mark.get('/api/v1/ik')).statusCode).toBe(200);
  });

  it('ending my current session signs me out', async () => {
    const samira = await t.as('samira');
    const [mine] = (await samira.get('/api/v1/ik/sessies')).json() as { id: string }[];
    expect((await samira.request({ method: 'DELETE', url: `/api/v1/ik/sessies/${mine!.id}` })).statusCode).toBe(204);
    expect((await samira.get('/api/v1/ik')).statusCode).toBe(401);
  });

  it('revokes a passkey, but never the last one', async () => {
    const phone = await t.as('samira');
    const laptop = await t.as('samira');
    const keys = (await phone.get('/api/v1/ik/inlogsleutels')).json() as { id: string }[];
    expect(keys).toHaveLength(2);
    const revoke = (id: string) => phone.request({ method: 'DELETE', url: `/api/v1/ik/inlogsleutels/${encodeURIComponent(id)}` });
    expect((await revoke(credentialOf(laptop))).statusCode).toBe(204);
    const last = await revoke(credentialOf(phone));
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('laatste-inlogsleutel');
    expect((await phone.get('/api/v1/ik/inlogsleutels')).json()).toHaveLength(1);
    expect((await revoke('onbekend')).statusCode).toBe(404);
  });

  it('revoking a passkey ends every session it opened, at once; sessions of other passkeys live on', async () => {
    const phoneA = await t.as('samira');
    const laptopB = await t.as('samira');
    // A second browser signed in with the same passkey B.
    const tabletB = new Agent(t.app);
    tabletB.authenticator = laptopB.authenticator;
    expect((await signIn(tabletB)).statusCode).toBe(200);
    for (const agent of [phoneA, laptopB, tabletB]) expect((await agent.get('/api/v1/ik')).statusCode).toBe(200);
    const cookieB = laptopB.cookie;

    expect((await phoneA.request({ method: 'DELETE', url: `/api/v1/ik/inlogsleutels/${credentialOf(laptopB)}` })).statusCode).toBe(204);

    for (const agent of [laptopB, tabletB]) {
      const response = await agent.get('/api/v1/ik');
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe('niet-ingelogd');
    }
    expect((await new Agent(t.app, cookieB).get('/api/v1/gezinnen')).statusCode).toBe(401);
    expect((await phoneA.get('/api/v1/ik')).statusCode).toBe(200);
    expect((await phoneA.get('/api/v1/ik/sessies')).json()).toHaveLength(1);
    // And passkey B cannot open a new one.
    expect((await signIn(new Agent(t.app), laptopB)).json().code).toBe('passkey-onbekend');
  });

  it('revoking the passkey of this session signs this browser out too', async () => {
    const phone = await t.as('samira');
    await t.as('samira');
    const response = await phone.request({ method: 'DELETE', url: `/api/v1/ik/inlogsleutels/${credentialOf(phone)}` });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(new RegExp(`^${sessionCookieName}=;`));
    expect((await new Agent(t.app, phone.cookie ?? 'x').get('/api/v1/ik')).statusCode).toBe(401);
  });

  it('a passkey with the longest id WebAuthn allows (1023 bytes) can be saved, used and revoked', async () => {
    const phone = await t.as('samira');
    const longKey = new Agent(t.app);
    const redeem = await longKey.post('/api/v1/auth/uitnodiging', { code: (await t.services.invitations.create(t.userIdOf('samira'), null)).code });
    longKey.authenticator = new SoftAuthenticator({ origin: t.config.origin, rpId: t.config.rpId, credentialIdBytes: 1023 });
    expect((await longKey.post('/api/v1/auth/registratie', { response: longKey.authenticator.register(redeem.json().options) })).statusCode).toBe(200);
    expect((await signIn(longKey)).statusCode).toBe(200);
    const id = credentialOf(longKey);
    expect(id).toHaveLength(1364);
    expect((await phone.request({ method: 'DELETE', url: `/api/v1/ik/inlogsleutels/${id}` })).statusCode).toBe(204);
    expect((await longKey.get('/api/v1/ik')).statusCode).toBe(401);
  });

  it('a session from before sessions knew their passkey is not ended by a revocation', async () => {
    const phone = await t.as('samira');
    const laptop = await t.as('samira');
    const { token } = await t.services.sessions.create(t.userIdOf('samira'), 'ouder apparaat');
    const older = new Agent(t.app, token);
    expect((await phone.request({ method: 'DELETE', url: `/api/v1/ik/inlogsleutels/${credentialOf(laptop)}` })).statusCode).toBe(204);
    expect((await older.get('/api/v1/ik')).statusCode).toBe(200);
  });

  it.each([
    ['Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36', 'Chrome op Android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1', 'Safari op iPhone of iPad'],
    [null, 'Onbekend apparaat'],
  ])('names the device of %s', (ua, name) => expect(deviceName(ua)).toBe(name));
});
