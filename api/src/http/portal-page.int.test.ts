import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';

/** The portal's page as the server sends it: with this server's NEUTRAL_SITE for Snel weg, on every address. */
const neutral = 'http://127.0.0.1:4010/neutraal?q="x"&y=<b>';
let portal: string;
let t: TestApp;

beforeAll(async () => {
  portal = await mkdtemp(join(tmpdir(), 'onsplan-portal-page-'));
  await copyFile(new URL('../../../portal/index.html', import.meta.url), join(portal, 'index.html'));
  await mkdir(join(portal, 'assets'));
  await writeFile(join(portal, 'assets', 'app-1234.js'), 'console.log(1);');
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

  it('serves the other files as they are, and API addresses never get the page', async () => {
    const asset = await t.anonymous().get('/assets/app-1234.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await t.anonymous().get('/api/v1/bestaat-niet')).statusCode).toBe(404);
  });
});
