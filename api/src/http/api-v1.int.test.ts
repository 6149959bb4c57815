import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentApiPath } from '../../../portal/src/api/pre-v1-paths.ts';
import { testApp, testOrigin, type TestApp } from '../test/harness.ts';
import { apiBase, apiVersion } from './api-version.ts';

// Every route as it was before /api/v1 (saved from the route list of that version).
const preV1Routes = readFileSync(new URL('./pre-v1-routes.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/) as [string, string]);

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

describe('API-Version on every answer', () => {
  it.each([
    ['a read', 'samira', '/ik', 200],
    ['a refusal', undefined, '/ik', 401],
    ['an unknown path', undefined, '/bestaat-niet', 404],
    ['a refused write', 'samira', '/gezinnen/niet-een-id/reacties', 400],
  ] as const)('%s', async (_name, who, path, status) => {
    const agent = who ? await t.as(who) : t.anonymous();
    const response = path.includes('reacties') ? await agent.post(`${apiBase}${path}`, {}) : await agent.get(`${apiBase}${path}`);
    expect(response.statusCode).toBe(status);
    expect(response.headers['api-version']).toBe(apiVersion);
  });

  it('is the version the OpenAPI document states', async () => {
    expect((await t.anonymous().get(`${apiBase}/openapi.json`)).json().info.version).toBe(apiVersion);
  });
});

describe('an old portal', () => {
  it('is told to load the new version when it calls a path from before /api/v1', async () => {
    const samira = await t.as('samira');
    const familyId = t.world.families[0]!.id;
    for (const response of [await samira.get(`/api/families/${familyId}/plan`), await samira.post(`/api/families/${familyId}/comments`, { body: 'Hallo' }), await t.anonymous().get('/api/me')]) {
      expect(response.statusCode).toBe(410);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'nieuwe-versie', status: 410 });
    }
  });

  it('has every write it queued offline sent to the route it is called now (the outbox renames old paths)', () => {
    const now = new Set(t.routes.map((r) => `${r.method} ${r.url}`));
    const unmatched = preV1Routes
      .map(([method, url]) => `${method} ${apiBase}${currentApiPath(method, url.replace(/^\/api/, ''))}`)
      .filter((route) => !now.has(route));
    expect(unmatched).toEqual([]);
    expect(preV1Routes.length).toBeGreaterThan(100);
  });
});

describe('CORS', () => {
  it('lets any site read the OpenAPI document', async () => {
    const response = await t.anonymous().request({ method: 'GET', url: `${apiBase}/openapi.json`, headers: { origin: 'https://ergens.example' } });
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('gives nothing else a CORS header', async () => {
    const samira = await t.as('samira');
    const familyId = t.world.families[0]!.id;
    for (const url of [`${apiBase}/ik`, `${apiBase}/gezinnen/${familyId}/plan`, `${apiBase}/bestaat-niet`, '/api/families']) {
      const response = await samira.request({ method: 'GET', url, headers: { origin: 'https://ergens.example' } });
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-')), url).toEqual([]);
    }
    const preflight = await t.app.inject({ method: 'OPTIONS', url: `${apiBase}/ik`, headers: { origin: 'https://ergens.example', 'access-control-request-method': 'GET' } });
    expect(Object.keys(preflight.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    expect(testOrigin).not.toBe('https://ergens.example');
  });
});
