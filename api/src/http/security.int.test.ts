import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type Agent, type TestApp } from '../test/harness.ts';
import { listenLocally, rawRequest } from '../test/raw-http.ts';
import { sessionCookieName } from './session-cookie.ts';

/**
 * REQUIREMENTS C3 and F2 whatever way the path is spelled. The router decodes `%61pi` to `api`, so a
 * check on the raw URL let a cross-site write through and left API answers cacheable (outside
 * security review). Every spelling below must get the same CSRF check and `no-store`.
 */

// Each letter of "api" as itself, in upper case, or percent-encoded (either case of the letter).
const letterSpellings = (letter: string) => [letter, letter.toUpperCase(), `%${letter.charCodeAt(0).toString(16)}`, `%${letter.toUpperCase().charCodeAt(0).toString(16)}`];
const apiSpellings = letterSpellings('a').flatMap((a) => letterSpellings('p').flatMap((p) => letterSpellings('i').map((i) => `${a}${p}${i}`)));
// What may stand before the prefix: nothing, a doubled slash, dot segments plain or encoded, and an
// encoded slash. (`inject` resolves plain dot segments itself; the raw-socket test below does not.)
const leads = ['/', '//', '/./', '/x/../', '/%2e/', '/%2E/', '/%2f', '/%2F'];
// Every spelling after one slash, and every lead before a few spellings: about a hundred requests
// per test, which a shared test machine runs within its time limit (the unit test in
// security.test.ts tries a thousand random spellings of a whole path).
const prefixes = [...new Set([...apiSpellings.map((api) => `/${api}`), ...leads.flatMap((lead) => ['api', '%61pi', '%41PI', 'API', 'Ap%49'].map((api) => `${lead}${api}`))])];

let t: TestApp;
let samira: Agent;
let familyId: string;
afterEach(async () => {
  // The first test below builds no app.
  await t?.close();
  t = undefined as never;
});

async function withSamira(overrides: Parameters<typeof testApp>[0] = {}) {
  t = await testApp(overrides);
  samira = await t.as('samira');
  familyId = t.world.families[0]!.id;
}

const commentCount = async () => Number((await t.db.query<{ n: number }>('select count(*)::int as n from comments'))[0]!.n);
const noOrigin = { origin: '', 'x-ons-plan': '' };

it(`has ${prefixes.length} spellings of /api to try, the plain one among them`, () => {
  expect(apiSpellings).toHaveLength(64);
  expect(prefixes.length).toBeGreaterThan(90);
  expect(prefixes).toEqual(expect.arrayContaining(['/api', '/%61pi', '/%41PI', '/API', '//api']));
});

describe(`CSRF and no-store for every spelling of /api on ${testEngine()} (C3, F2)`, () => {
  beforeEach(() => withSamira());

  it('refuses a cross-site comment under every spelling, and writes nothing', async () => {
    const before = await commentCount();
    for (const prefix of prefixes) {
      const response = await samira.request({
        method: 'POST', url: `${prefix}/v1/gezinnen/${familyId}/reacties`, headers: noOrigin,
        payload: { clientId: crypto.randomUUID(), body: 'Van een andere website' },
      });
      expect(response.statusCode, prefix).toBe(403);
      expect(response.json().code, prefix).toBe('verkeerde-herkomst');
      expect(response.headers['cache-control'], prefix).toBe('private, no-store');
    }
    expect(await commentCount()).toBe(before);
  });

  it('refuses a cross-site sign-out under every spelling: the session lives on', async () => {
    for (const prefix of prefixes) {
      const response = await samira.request({ method: 'POST', url: `${prefix}/v1/auth/uitlog`, headers: noOrigin });
      expect(response.statusCode, prefix).toBe(403);
    }
    expect((await samira.get('/api/v1/ik')).statusCode).toBe(200);
  });

  it('marks every answer private and not to be stored, under every spelling', async () => {
    for (const prefix of prefixes) {
      const response = await samira.get(`${prefix}/v1/gezinnen/${familyId}`);
      expect([200, 404], prefix).toContain(response.statusCode);
      expect(response.headers['cache-control'], prefix).toBe('private, no-store');
      expect(response.headers['x-content-type-options'], prefix).toBe('nosniff');
    }
  });

  it('checks every write, also one to a path that is no API route', async () => {
    for (const url of ['/bestaat-niet', '/plan', '/index.html']) {
      const response = await samira.request({ method: 'POST', url, headers: noOrigin });
      expect(response.statusCode, url).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('the same over a real socket, spelled the ways `inject` cannot send', () => {
  beforeEach(() => withSamira());
  const cookieOf = (agent: Agent) => `${sessionCookieName}=${agent.cookie}`;

  it('absolute-form request lines and raw dot segments get the CSRF check and no-store', async () => {
    await listenLocally(t.app);
    const before = await commentCount();
    for (const target of [`http://onsplan.test/%61pi/v1/gezinnen/${familyId}/reacties`, `http://kwaad.example/API/v1/gezinnen/${familyId}/reacties`, `/x/../%61pi/v1/gezinnen/${familyId}/reacties`]) {
      const body = JSON.stringify({ clientId: crypto.randomUUID(), body: 'Van een andere website' });
      const response = await rawRequest(
        t.app,
        `POST ${target} HTTP/1.1\r\nHost: onsplan.test\r\nCookie: ${cookieOf(samira)}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
      expect(response.status, target).toBe(403);
      expect(response.headers['cache-control'], target).toBe('private, no-store');
    }
    expect(await commentCount()).toBe(before);
    for (const target of [`http://onsplan.test/%61pi/v1/gezinnen/${familyId}`, `/x/../api/v1/gezinnen/${familyId}`, `/%61pi/../api/v1/gezinnen/${familyId}`]) {
      const response = await rawRequest(t.app, `GET ${target} HTTP/1.1\r\nHost: onsplan.test\r\nCookie: ${cookieOf(samira)}\r\nConnection: close\r\n\r\n`);
      expect([200, 404], target).toContain(response.status);
      expect(response.headers['cache-control'], target).toBe('private, no-store');
    }
  });
});

describe('the portal next to the API', () => {
  let portal: string;
  beforeEach(async () => {
    portal = await mkdtemp(join(tmpdir(), 'onsplan-portal-'));
    await mkdir(join(portal, 'assets'));
    await writeFile(join(portal, 'index.html'), '<!doctype html><title>Mijn plan</title>');
    await writeFile(join(portal, 'assets', 'app-1234.js'), 'console.log(1)');
    t = await testApp({ portalDist: portal });
  });
  afterEach(async () => rm(portal, { recursive: true, force: true }));

  it('serves the app shell for its own pages, with its own caching and a CSP', async () => {
    const page = await t.anonymous().get('/plan');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    const asset = await t.anonymous().get('/assets/app-1234.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('never answers an unknown API path with the app shell, however it is spelled', async () => {
    for (const prefix of ['/api', '/%61pi', '/%41PI', '/API', '//api', '/%2fapi', '/%2561pi']) {
      const response = await t.anonymous().get(`${prefix}/v1/bestaat-niet`);
      expect(response.statusCode, prefix).toBe(404);
      expect(response.headers['content-type'], prefix).toMatch(/^application\/problem\+json/);
      expect(response.headers['cache-control'], prefix).toBe('private, no-store');
    }
    // A path from before /api/v1 (an old portal) is an API path too: a problem, never the page.
    for (const prefix of ['/api', '/%61pi', '/API', '//api']) {
      const response = await t.anonymous().get(`${prefix}/families`);
      expect(response.statusCode, prefix).toBe(410);
      expect(response.headers['content-type'], prefix).toMatch(/^application\/problem\+json/);
    }
  });
});
