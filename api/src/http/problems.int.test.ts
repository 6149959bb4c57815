import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../test/harness.ts';
import { openapiPathOf } from './openapi-document.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

describe('errors are problem+json with a stable code and no internals', () => {
  it.each([
    ['unknown API route', { method: 'GET', url: '/api/v1/bestaat-niet' }, 404, 'niet-gevonden'],
    ['broken JSON', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: '{"code":', headers: { 'content-type': 'application/json' } }, 400, 'ongeldige-invoer'],
    ['wrong content type', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: 'code=1', headers: { 'content-type': 'text/plain' } }, 415, 'verkeerd-formaat'],
    ['an extra field (mass assignment)', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: { code: 'AAAA-BBBB-CCCC', role: 'professional' } }, 400, 'ongeldige-invoer'],
    ['a missing field', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: {} }, 400, 'ongeldige-invoer'],
    ['a too large body', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: { code: 'x'.repeat(100_000) } }, 413, 'te-groot'],
    ['a malformed family id', { method: 'GET', url: '/api/v1/gezinnen/niet-een-id/plan' }, 401, 'niet-ingelogd'],
  ] as const)('%s', async (_name, request, status, code) => {
    const response = await t.anonymous().request(request as never);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json();
    expect(body).toMatchObject({ status, code, type: `urn:onsplan:problem:${code}` });
    expect(response.body).not.toMatch(/stack|at .*\.ts|FST_/);
  });

  it('says which field was wrong', async () => {
    const agent = await t.as('samira');
    const response = await agent.get('/api/v1/gezinnen/niet-een-id/plan');
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual(['familyId']);
  });

  it('marks every API answer private and not to be stored', async () => {
    const response = await t.anonymous().get('/api/v1/ik');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('OpenAPI', () => {
  it('describes every public route with its responses', async () => {
    const response = await t.anonymous().get('/api/v1/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const apiRoutes = t.routes.filter((r) => r.url.startsWith('/api/v1/'));
    expect(apiRoutes.length).toBeGreaterThan(30);
    for (const route of apiRoutes) {
      const path = openapiPathOf(route.url);
      const operation = doc.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      const statuses = Object.keys(operation.responses);
      expect(statuses.some((s) => s.startsWith('2')), `${route.method} ${path} has a success response`).toBe(true);
      expect(statuses, `${route.method} ${path} describes its failures`).toContain('500');
    }
    expect(doc.paths['/gezinnen/{familyId}/plan'].get.responses).toHaveProperty('404');
    expect(Object.keys(doc.paths['/gezinnen/{familyId}/documenten/{documentId}'].delete.responses).sort()).toEqual(['204', '400', '401', '403', '404', '429', '500']);
  });

  it('says that every write to family data can answer 429 (the per-account write limit)', async () => {
    const doc = (await t.anonymous().get('/api/v1/openapi.json')).json();
    const writes = t.routes.filter((r) => r.url.startsWith('/api/v1/gezinnen/') && r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(15);
    for (const route of writes) {
      const path = openapiPathOf(route.url);
      expect(doc.paths[path][route.method.toLowerCase()].responses, `${route.method} ${path}`).toHaveProperty('429');
    }
  });
});
