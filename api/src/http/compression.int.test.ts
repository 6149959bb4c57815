import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '../test/harness.ts';

/** Issue 12, bytes on the wire: answers over 1 kB and the built files reach the phone compressed. */
let t: TestApp;
let samira: Agent;
let portal: string;
const script = `console.log(${JSON.stringify('Ons Plan '.repeat(400))});`;
const jansen = () => t.world.families.find((f) => f.key === 'jansen')!.id;

beforeAll(async () => {
  portal = await mkdtemp(join(tmpdir(), 'onsplan-portal-'));
  await mkdir(join(portal, 'assets'));
  await writeFile(join(portal, 'index.html'), `<!doctype html><title>Ons Plan</title><p>${'Ons Plan '.repeat(300)}</p>`);
  await writeFile(join(portal, 'assets', 'app-1234.js'), script);
  await writeFile(join(portal, 'assets', 'app-1234.js.br'), brotliCompressSync(script));
  await writeFile(join(portal, 'assets', 'app-1234.js.gz'), gzipSync(script));
  t = await testApp({ portalDist: portal });
  samira = await t.as('samira');
}, 120_000);
afterAll(async () => {
  await t.close();
  await rm(portal, { recursive: true, force: true });
});

const plan = (acceptEncoding?: string) =>
  samira.request({ method: 'GET', url: `/api/v1/gezinnen/${jansen()}/plan`, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('compressed answers', () => {
  it('a JSON answer over 1 kB comes as brotli when the phone accepts it, the same JSON once unpacked', async () => {
    const plain = await plan();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const br = await plan('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gz = await plan('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());
  });

  it('a small answer is sent as it is', async () => {
    const me = await samira.request({ method: 'GET', url: '/api/v1/ik', headers: { 'accept-encoding': 'br' } });
    expect(me.rawPayload.length).toBeLessThan(1024);
    expect(me.headers['content-encoding']).toBeUndefined();
  });

  it('the app page is compressed too, and a built file comes from its precompressed copy', async () => {
    const page = await t.anonymous().request({ method: 'GET', url: '/plan', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.rawPayload).toString()).toContain('<title>Ons Plan</title>');

    const asset = await t.anonymous().request({ method: 'GET', url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(asset.rawPayload).toString()).toBe(script);
    const raw = await t.anonymous().get('/assets/app-1234.js');
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body).toBe(script);
  });
});
