import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Agent, registerPasskey, testApp, testOrigin, type TestApp } from '../../test/harness.ts';
import { SoftAuthenticator } from '../../test/soft-authenticator.ts';
import { sessionCookieName } from '../../http/session-cookie.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

async function invite(key = 'samira') {
  return (await t.services.invitations.create(t.userIdOf(key), null)).code;
}

async function signInAgain(agent: Agent) {
  const options = await agent.post('/api/v1/auth/inlog-opties', {});
  expect(options.statusCode).toBe(200);
  return agent.post('/api/v1/auth/inlog', { response: agent.authenticator!.authenticate(options.json()) });
}

/** One sign-in attempt from `ip` in a browser of its own: a fresh challenge, then `answer` to it. */
async function signInAttempt(ip: string, answer: (options: { challenge: string }) => Record<string, unknown>) {
  const browser = new Agent(t.app);
  const options = await browser.request({ method: 'POST', url: '/api/v1/auth/inlog-opties', payload: {}, remoteAddress: ip });
  if (options.statusCode !== 200) return options;
  return browser.request({ method: 'POST', url: '/api/v1/auth/inlog', payload: { response: answer(options.json()) }, remoteAddress: ip });
}

/** The owner of `agent`'s passkey signs in from `ip`. */
const signInFrom = (agent: Agent, ip: string) => signInAttempt(ip, (options) => agent.authenticator!.authenticate(options));

/** Someone who knows only the id of `agent`'s passkey signs with a key of their own. */
function forgedSignIn(agent: Agent, ip: string) {
  const forger = new SoftAuthenticator({ origin: t.config.origin, rpId: t.config.rpId });
  const id = agent.authenticator!.credentialId.toString('base64url');
  return signInAttempt(ip, (options) => ({ ...forger.authenticate(options), id, rawId: id }));
}

describe('invitation and passkey registration', () => {
  it('registers a passkey and signs in with a __Host- cookie that scripts cannot read', async () => {
    const agent = t.anonymous();
    const redeem = await agent.post('/api/v1/auth/uitnodiging', { code: await invite() });
    expect(redeem.statusCode).toBe(200);
    expect(redeem.json().name).toBe('Samira');
    const ceremonyCookie = agent.cookie;
    const authenticator = new SoftAuthenticator({ origin: t.config.origin, rpId: t.config.rpId });
    const saved = await agent.post('/api/v1/auth/registratie', { response: authenticator.register(redeem.json().options) });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ kind: 'member', name: 'Samira El Amrani' });
    const setCookie = String(saved.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-onsplan=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Domain=/);
    // A new session id at login: the ceremony's cookie is worth nothing afterwards.
    expect(agent.cookie).not.toBe(ceremonyCookie);
    expect((await new Agent(t.app, ceremonyCookie).get('/api/v1/ik')).statusCode).toBe(401);
    expect((await agent.get('/api/v1/ik')).json().name).toBe('Samira El Amrani');
  });

  it('accepts a code typed with spaces and lower case', async () => {
    const code = (await invite()).toLowerCase().replace(/-/g, ' ');
    expect((await t.anonymous().post('/api/v1/auth/uitnodiging', { code })).statusCode).toBe(200);
  });

  it('answers 410 for a code that was used, and 410 for an expired one', async () => {
    const code = await invite();
    await registerPasskey(t.anonymous(), code, t.config);
    const replay = await t.anonymous().post('/api/v1/auth/uitnodiging', { code });
    expect(replay.statusCode).toBe(410);
    expect(replay.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replay.json().code).toBe('uitnodiging-gebruikt');

    const late = await invite('mark');
    t.clock.advance(7 * 24 * 60 * 60_000 + 1000);
    const expired = await t.anonymous().post('/api/v1/auth/uitnodiging', { code: late });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('uitnodiging-verlopen');
  });

  it('does not let a second browser take a code that another browser is using', async () => {
    const code = await invite();
    expect((await t.anonymous().post('/api/v1/auth/uitnodiging', { code })).statusCode).toBe(200);
    const other = await t.anonymous().post('/api/v1/auth/uitnodiging', { code });
    expect(other.statusCode).toBe(410);
  });

  it('answers 404 for an unknown code and for junk, without saying more', async () => {
    for (const code of ['AAAA-BBBB-CCCC', '<script>', "' or 1=1 --"]) {
      const response = await t.anonymous().post('/api/v1/auth/uitnodiging', { code });
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('uitnodiging-onbekend');
    }
  });

  it('rejects a replayed registration: the challenge is single use', async () => {
    const agent = t.anonymous();
    const redeem = await agent.post('/api/v1/auth/uitnodiging', { code: await invite() });
    const authenticator = new SoftAuthenticator({ origin: t.config.origin, rpId: t.config.rpId });
    const response = authenticator.register(redeem.json().options);
    const ceremony = agent.cookie;
    expect((await agent.post('/api/v1/auth/registratie', { response })).statusCode).toBe(200);
    const replay = await new Agent(t.app, ceremony).post('/api/v1/auth/registratie', { response });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().code).toBe('stap-verlopen');
  });

  it('rejects a passkey without user verification', async () => {
    const saved = await registerPasskey(t.anonymous(), await invite(), t.config, false);
    expect(saved.statusCode).toBe(400);
    expect(saved.json().code).toBe('passkey-mislukt');
  });

  it('rejects a response made for another web site (origin check)', async () => {
    const agent = t.anonymous();
    const redeem = await agent.post('/api/v1/auth/uitnodiging', { code: await invite() });
    const authenticator = new SoftAuthenticator({ origin: t.config.origin, rpId: t.config.rpId });
    const response = authenticator.register(redeem.json().options, { origin: 'https://nep-onsplan.example' });
    expect((await agent.post('/api/v1/auth/registratie', { response })).json().code).toBe('passkey-mislukt');
  });

  it('rejects a challenge that is too old', async () => {
    const agent = t.anonymous();
    const redeem = await agent.post('/api/v1/auth/uitnodiging', { code: await invite() });
    const authenticator = new SoftAuthenticator({ origin: t.config.origin, rpId: t.config.rpId });
    t.clock.advance(6 * 60_000);
    const saved = await agent.post('/api/v1/auth/registratie', { response: authenticator.register(redeem.json().options) });
    expect(saved.json().code).toBe('stap-verlopen');
  });
});

describe('sign-in with a passkey', () => {
  it('signs in again after sign-out, and the counter moves on', async () => {
    const agent = await t.as('samira');
    expect((await agent.post('/api/v1/auth/uitlog')).statusCode).toBe(204);
    const login = await signInAgain(agent);
    expect(login.statusCode).toBe(200);
    expect(login.json().kind).toBe('member');
    const [row] = await t.db.query<{ counter: number }>('select counter from passkeys');
    expect(row!.counter).toBe(1);
  });

  it('rejects a replayed sign-in response', async () => {
    const agent = await t.as('mark');
    const options = await agent.post('/api/v1/auth/inlog-opties', {});
    const response = agent.authenticator!.authenticate(options.json());
    const ceremony = agent.cookie;
    expect((await agent.post('/api/v1/auth/inlog', { response })).statusCode).toBe(200);
    const replay = await new Agent(t.app, ceremony).post('/api/v1/auth/inlog', { response });
    expect(replay.statusCode).toBe(400);
  });

  it('does not know a passkey that was never registered', async () => {
    const agent = t.anonymous();
    const options = await agent.post('/api/v1/auth/inlog-opties', {});
    const stranger = new SoftAuthenticator({ origin: t.config.origin, rpId: t.config.rpId });
    stranger.register({ challenge: 'x', user: { id: 'eA' } });
    const response = await agent.post('/api/v1/auth/inlog', { response: stranger.authenticate(options.json()) });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('passkey-onbekend');
  });
});

describe('sessions', () => {
  it('ends the session on the server at sign-out: the old cookie answers 401', async () => {
    const agent = await t.as('noor');
    const old = agent.cookie;
    await agent.post('/api/v1/auth/uitlog');
    const response = await new Agent(t.app, old).get('/api/v1/ik');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('niet-ingelogd');
  });

  it('ends a session after 30 minutes without activity', async () => {
    const agent = await t.as('daan');
    t.clock.advance(29 * 60_000);
    expect((await agent.get('/api/v1/ik')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const response = await agent.get('/api/v1/ik');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('sessie-verlopen');
  });

  it('ends a session after 12 hours, however active', async () => {
    const agent = await t.as('henk');
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      t.clock.advance(20 * 60_000);
      expect((await agent.get('/api/v1/ik')).statusCode).toBe(200);
    }
    t.clock.advance(20 * 60_000);
    expect((await agent.get('/api/v1/ik')).statusCode).toBe(401);
  });

  it('answers 401 without a cookie', async () => {
    expect((await t.anonymous().get('/api/v1/gezinnen')).statusCode).toBe(401);
  });
});

describe('cross-site requests (CSRF)', () => {
  it('refuses a write from another origin, without an origin, or without the Ons Plan header', async () => {
    const agent = await t.as('samira');
    for (const headers of [{ origin: 'https://kwaadwillend.example' }, { origin: '' }, { 'x-ons-plan': '' }]) {
      const response = await agent.request({ method: 'POST', url: '/api/v1/auth/uitlog', headers });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('verkeerde-herkomst');
    }
    expect((await agent.get('/api/v1/ik')).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  it('answers a burst of code guesses with 429 in B1, with a time to wait', async () => {
    await t.close();
    t = await testApp({ signInRateLimit: 5 });
    const agent = t.anonymous();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await agent.post('/api/v1/auth/uitnodiging', { code: 'AAAA-BBBB-CCCC' })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    const limited = await agent.post('/api/v1/auth/uitnodiging', { code: 'AAAA-BBBB-CCCC' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
    expect(limited.json()).toMatchObject({ code: 'te-veel-pogingen', title: 'U probeerde het te vaak. Wacht even.' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('rate limits per account (C4)', () => {
  it('one code tried from many addresses is still limited', async () => {
    await t.close();
    t = await testApp({ signInRateLimit: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/auth/uitnodiging', remoteAddress: `10.0.0.${i + 1}`,
        headers: { origin: testOrigin, 'x-ons-plan': '1' }, payload: { code: 'AAAA-BBBB-CCCC' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });

  it('one passkey tried from many addresses is still limited', async () => {
    await t.close();
    t = await testApp({ signInRateLimit: 3 });
    const samira = await t.as('samira');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await forgedSignIn(samira, `10.0.1.${i + 1}`)).statusCode);
    expect(statuses).toEqual([400, 400, 400, 429, 429]);
  });
});

describe('nobody locks the owner of a passkey out (C4, outside security review)', () => {
  it('20 bad signatures for Samira\'s passkey from one address: that address is slowed, Samira still signs in from hers', async () => {
    await t.close();
    t = await testApp({ signInRateLimit: 10 });
    const samira = await t.as('samira');
    expect((await samira.post('/api/v1/auth/uitlog')).statusCode).toBe(204);

    const attacker = [];
    for (let i = 0; i < 20; i++) attacker.push(await forgedSignIn(samira, '10.6.6.6'));
    expect(attacker.slice(0, 10).map((r) => r.statusCode)).toEqual(Array(10).fill(400));
    expect(attacker.slice(0, 10).map((r) => r.json().code)).toEqual(Array(10).fill('passkey-mislukt'));
    const slowed = attacker.at(-1)!;
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(slowed.json()).toMatchObject({ code: 'te-veel-pogingen', title: 'U probeerde het te vaak. Wacht even.' });
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);

    const own = await signInFrom(samira, '10.1.1.1');
    expect(own.statusCode).toBe(200);
    expect(own.json().name).toBe('Samira El Amrani');
    const cookie = own.cookies.find((c) => c.name === sessionCookieName)!.value;
    expect((await new Agent(t.app, cookie).get('/api/v1/ik')).statusCode).toBe(200);
  });

  it('bad signatures from many addresses are slowed per passkey, and the owner still signs in', async () => {
    await t.close();
    t = await testApp({ signInRateLimit: 5 });
    const samira = await t.as('samira');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await forgedSignIn(samira, `10.0.2.${i + 1}`)).statusCode);
    expect(statuses).toEqual([...Array(5).fill(400), ...Array(7).fill(429)]);
    expect((await signInFrom(samira, '10.1.1.2')).statusCode).toBe(200);
    // Her success does not open the door for the next bad signature.
    expect((await forgedSignIn(samira, '10.0.2.99')).statusCode).toBe(429);
  });

  it('requests without a sign-in step never count against a passkey', async () => {
    await t.close();
    t = await testApp({ signInRateLimit: 3 });
    const samira = await t.as('samira');
    const id = samira.authenticator!.credentialId.toString('base64url');
    for (let i = 0; i < 6; i++) {
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/auth/inlog', remoteAddress: `10.0.3.${i + 1}`,
        headers: { origin: testOrigin, 'x-ons-plan': '1' }, payload: { response: { id, rawId: id, type: 'public-key', response: {} } },
      });
      expect(response.json().code).toBe('stap-verlopen');
    }
    expect((await signInFrom(samira, '10.1.1.3')).statusCode).toBe(200);
  });
});

describe('origin of the tests', () => {
  it('uses a fixed test origin', () => expect(testOrigin).toBe(t.config.origin));
});
