import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { Agent, testApp, type TestApp } from '../test/harness.ts';
import { startPageFile } from './portal-page.ts';

/** The portal's page as the server sends it: with this server's NEUTRAL_SITE for Snel weg, on every address. */
const neutral = 'http://127.0.0.1:4010/neutraal?q="x"&y=<b>';
// As the build leaves it (scripts/prerender-start-page.ts); the real markup is checked in portal/src/prerender.
const startMarkup = '<main id="inhoud"><h1>Welkom bij Ons Plan</h1></main>';
const rootOf = (html: string) => /<div id="root">(.*?)<\/div>\s*<noscript>/s.exec(html)?.[1];
let portal: string;
let t: TestApp;

beforeAll(async () => {
  portal = await mkdtemp(join(tmpdir(), 'onsplan-portal-page-'));
  await copyFile(new URL('../../../portal/index.html', import.meta.url), join(portal, 'index.html'));
  await mkdir(join(portal, 'assets'));
  await writeFile(join(portal, 'assets', 'app-1234.js'), 'console.log(1);');
  await mkdir(join(portal, '.vite'));
  await writeFile(join(portal, startPageFile), startMarkup);
  t = await testApp({ portalDist: portal, neutralSite: neutral });
});
afterAll(async () => {
  await t?.close();
  await rm(portal, { recursive: true, force: true });
});

describe(`the portal page on ${testEngine()}`, () => {
  it.each(['/', '/index.html', '/plan', '/plan/abc/toestemming'])('%s carries NEUTRAL_SITE, escaped, once, with the page headers', async (url) => {
    const response = await t.anonymous().get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    const metas = [...response.body.matchAll(/<meta name="onsplan-neutral-site" content="([^"]*)"/g)].map((m) => m[1]);
    expect(metas).toEqual(['http://127.0.0.1:4010/neutraal?q=&quot;x&quot;&amp;y=&lt;b&gt;']);
  });

  it('/ comes with the start page drawn in, for a visitor without a session', async () => {
    const response = await t.anonymous().get('/');
    expect(rootOf(response.body)).toBe(startMarkup);
    expect(response.headers.vary).toMatch(/cookie/i);
  });

  // A signed-in person must never see the signed-out start page before their own screen.
  it.each(['/index.html', '/plan', '/plan/abc/toestemming', '/werk/vandaag', '/uitgelogd'])('%s gets the plain page with an empty root', async (url) => {
    const response = await t.anonymous().get(url);
    expect(rootOf(response.body)).toBe('');
    expect(response.body).not.toContain('Welkom bij Ons Plan');
  });

  it('/ with a session cookie gets the plain page: the app goes on to her own screens', async () => {
    const response = await new Agent(t.app, 'een-sessie').get('/');
    expect(response.statusCode).toBe(200);
    expect(rootOf(response.body)).toBe('');
  });

  it('the markup file itself is not served', async () => {
    expect((await t.anonymous().get(`/${startPageFile}`)).body).not.toContain(startMarkup);
  });

  it('serves the other files as they are, and API addresses never get the page', async () => {
    const asset = await t.anonymous().get('/assets/app-1234.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await t.anonymous().get('/api/v1/bestaat-niet')).statusCode).toBe(404);
  });
});
