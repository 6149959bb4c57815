import { defaultNeutralSite, quickExitPath } from '@onsplan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { Agent, testApp, type TestApp } from '../test/harness.ts';
import { sessionCookieName } from './session-cookie.ts';

/** Snel weg as a plain link (REQUIREMENTS F3): it leaves from the first paint, before or without the page's script. */
const neutral = 'http://127.0.0.1:4010/weer';
let t: TestApp;

beforeAll(async () => {
  t = await testApp({ neutralSite: neutral });
});
afterAll(async () => {
  await t?.close();
});

describe(`GET ${quickExitPath} on ${testEngine()}`, () => {
  it('sends the browser on to NEUTRAL_SITE and tells it to forget this site, leaving nothing behind', async () => {
    const response = await t.anonymous().get(quickExitPath);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(neutral);
    expect(response.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.body).toBe('');
  });

  it('ends the session it came with: the old cookie is signed out, and the browser is told to drop it', async () => {
    const samira = await t.as('samira');
    const old = samira.cookie;
    expect((await samira.get('/api/v1/ik')).statusCode).toBe(200);
    const response = await samira.get(quickExitPath);
    expect(response.statusCode).toBe(303);
    expect(response.cookies.find((c) => c.name === sessionCookieName)?.value).toBe('');
    const after = await new Agent(t.app, old).get('/api/v1/ik');
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('niet-ingelogd');
  });

  it('leaves also with a cookie the server does not know, or one that ended already', async () => {
    for (const cookie of ['onbekend', undefined]) {
      const response = await new Agent(t.app, cookie).get(quickExitPath);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(neutral);
    }
    const mark = await t.as('mark');
    const old = mark.cookie;
    await mark.post('/api/v1/auth/uitlog');
    expect((await new Agent(t.app, old).get(quickExitPath)).headers.location).toBe(neutral);
  });

  it('from another site it still leaves, but wipes nothing: a link elsewhere must not delete unsent offline writes', async () => {
    const crossSite = await t.app.inject({ method: 'GET', url: quickExitPath, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.statusCode).toBe(303);
    expect(crossSite.headers.location).toBe(neutral);
    expect(crossSite.headers['clear-site-data']).toBeUndefined();
    for (const site of ['same-origin', 'none']) {
      const own = await t.app.inject({ method: 'GET', url: quickExitPath, headers: { 'sec-fetch-site': site } });
      expect(own.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
    }
  });

  it('does not wait for a database that hangs, and answers no HEAD (a prefetcher must not end a session)', async () => {
    const samira = await t.as('samira');
    const find = t.services.sessions.find;
    t.services.sessions.find = () => new Promise(() => {});
    try {
      const response = await samira.get(quickExitPath);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(neutral);
      expect(response.cookies.find((c) => c.name === sessionCookieName)?.value).toBe('');
    } finally {
      t.services.sessions.find = find;
    }
    expect((await t.app.inject({ method: 'HEAD', url: quickExitPath })).statusCode).not.toBe(303);
  });

  it('is a page, not part of the API: not in the route registry or the OpenAPI document', async () => {
    expect(t.routes.some((route) => route.url.includes('snel-weg'))).toBe(false);
    const paths = Object.keys((await t.anonymous().get('/api/v1/openapi.json')).json().paths as object);
    expect(paths.some((path) => path.includes('snel-weg'))).toBe(false);
  });
});

describe('a NEUTRAL_SITE that is not a web address', () => {
  // loadConfig refuses such a setting at start; a server built without it must still never send anyone to a script.
  it.each(['javascript:alert(1)', '', '/plan'])('%j: Snel weg goes to the neutral default', async (setting) => {
    const odd = await testApp({ neutralSite: setting });
    try {
      const response = await odd.anonymous().get(quickExitPath);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(defaultNeutralSite);
    } finally {
      await odd.close();
    }
  });
});
