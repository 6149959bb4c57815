import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';
import { listenLocally, rawRequest, type RawResponse } from '../test/raw-http.ts';
import { securityHeaders } from './security.ts';

/**
 * REQUIREMENTS C6 for the errors Fastify and Node raise before any route runs (outside security
 * review: a too long path parameter answered Fastify's own 414 JSON with FST_ERR_MAX_PARAM_LENGTH,
 * bad percent-encoding FST_ERR_BAD_URL, a too large header Node's 431). Each must be problem+json
 * from the catalogue, with the security headers and no-store, and say nothing about the inside.
 */

// One app for the whole file: none of these requests changes anything.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await listenLocally(t.app);
});
afterAll(async () => t.close());

function expectCataloguedProblem(status: number, headers: Record<string, unknown>, body: string, code: string) {
  expect(String(headers['content-type'])).toMatch(/^application\/problem\+json/);
  for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name], name).toBe(value);
  expect(headers['cache-control']).toBe('private, no-store');
  expect(JSON.parse(body)).toEqual({ type: `urn:onsplan:problem:${code}`, title: expect.any(String), status, code });
  expect(body).not.toMatch(/FST_|HPE_|ERR_|stack|statusCode|exceeding|not a valid/);
}

describe(`errors before routing are problem+json too, on ${testEngine()} (C6)`, () => {
  it.each([
    ['a path parameter longer than any id', 'GET', `/api/v1/gezinnen/${'a'.repeat(1500)}/plan`, 414, 'adres-te-lang'],
    ['a very long passkey id to revoke', 'DELETE', `/api/v1/ik/inlogsleutels/${'a'.repeat(1500)}`, 414, 'adres-te-lang'],
    ['bad percent-encoding in a parameter', 'GET', '/api/v1/gezinnen/%zz/plan', 400, 'ongeldige-invoer'],
    ['bad percent-encoding in a write', 'POST', '/api/v1/gezinnen/%E0%A4%A/reacties', 400, 'ongeldige-invoer'],
  ])('%s', async (_name, method, url, status, code) => {
    const response = await t.anonymous().request({ method: method as 'GET', url });
    expect(response.statusCode).toBe(status);
    expectCataloguedProblem(status, response.headers, response.body, code);
  });

  it.each([
    ['broken JSON', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: '{"code":', headers: { 'content-type': 'application/json' } }, 400, 'ongeldige-invoer'],
    ['an empty JSON body', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: '', headers: { 'content-type': 'application/json' } }, 400, 'ongeldige-invoer'],
    ['a body that is not JSON', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: 'code=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'verkeerd-formaat'],
    ['plain text', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: 'code=1', headers: { 'content-type': 'text/plain' } }, 415, 'verkeerd-formaat'],
    ['a too large body', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: { code: 'x'.repeat(100_000) } }, 413, 'te-groot'],
    ['a body with __proto__', { method: 'POST', url: '/api/v1/auth/uitnodiging', payload: '{"code":"A","__proto__":{"x":1}}', headers: { 'content-type': 'application/json' } }, 400, 'ongeldige-invoer'],
  ] as const)('%s', async (_name, request, status, code) => {
    const response = await t.anonymous().request(request as never);
    expect(response.statusCode).toBe(status);
    expectCataloguedProblem(status, response.headers, response.body, code);
  });
});

describe('errors Node raises on a real socket, before Fastify sees a request', () => {
  const check = (response: RawResponse, status: number, code: string) => {
    expect(response.status).toBe(status);
    expectCataloguedProblem(status, response.headers, response.body, code);
  };

  it('a header larger than Node takes answers 431', async () => {
    check(await rawRequest(t.app, `GET /api/v1/ik HTTP/1.1\r\nHost: onsplan.test\r\nCookie: x=${'a'.repeat(20_000)}\r\n\r\n`), 431, 'kopregels-te-groot');
  });

  it('a request line longer than Node takes answers 431 too', async () => {
    check(await rawRequest(t.app, `GET /api/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: onsplan.test\r\n\r\n`), 431, 'kopregels-te-groot');
  });

  it.each([
    ['no HTTP at all', 'GARBAGE\r\n\r\n'],
    ['a header line without a colon', 'GET /api/v1/ik HTTP/1.1\r\nHost: onsplan.test\r\nKapotte regel\r\n\r\n'],
    ['both a length and chunks (request smuggling)', 'POST /api/v1/auth/uitlog HTTP/1.1\r\nHost: onsplan.test\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ])('%s answers 400', async (_name, request) => {
    check(await rawRequest(t.app, request), 400, 'ongeldige-invoer');
  });

  it('an expectation Node does not know is answered by the API like any request', async () => {
    const response = await rawRequest(t.app, 'GET /api/v1/bestaat-niet HTTP/1.1\r\nHost: onsplan.test\r\nExpect: iets-anders\r\nConnection: close\r\n\r\n');
    check(response, 404, 'niet-gevonden');
  });

  it('a request that comes too slowly answers 408', async () => {
    // Node raises this after its headers timeout (a minute); the handler is called as Node calls it.
    const written: string[] = [];
    const socket = { writable: true, destroyed: false, end: (data: string) => written.push(data), destroy: () => {} } as unknown as Socket;
    t.app.server.emit('clientError', Object.assign(new Error('Request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), socket);
    const [head = '', body = ''] = (written[0] ?? '').split('\r\n\r\n');
    const [statusLine, ...lines] = head.split('\r\n');
    const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
    check({ status: Number(statusLine!.split(' ')[1]), headers, body }, 408, 'te-traag');
  });
});
