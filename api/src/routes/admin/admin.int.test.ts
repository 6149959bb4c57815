import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { testClock } from '../../test/clock.ts';
import { freshDatabase } from '../../test/db.ts';
import type { Db } from '../../db/database.ts';
import type { FastifyInstance } from 'fastify';

const origin = 'https://onsplan.test';
let db: Db;
let app: FastifyInstance;

beforeEach(async () => {
  db = await freshDatabase();
  ({ app } = await buildApp({ db, config: { ...loadConfig({}), origin, rpId: 'onsplan.test', portalDist: undefined }, clock: testClock(), adminToken: 'geheim-token' }));
});
afterEach(async () => {
  await app.close();
  await db.close();
});

const ask = (who: string, token?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/admin/uitnodigingen',
    headers: { origin, 'x-ons-plan': '1', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: { who },
  });

describe('invitations for the command line while the server runs', () => {
  it('makes a working code for a demo person by first name', async () => {
    const response = await ask('Samira', 'geheim-token');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Samira El Amrani', code: expect.stringMatching(/^\w{4}-\w{4}-\w{4}$/) });
    const redeem = await app.inject({ method: 'POST', url: '/api/v1/auth/uitnodiging', headers: { origin, 'x-ons-plan': '1' }, payload: { code: response.json().code } });
    expect(redeem.statusCode).toBe(200);
  });

  it('refuses without the token or with a wrong one', async () => {
    expect((await ask('samira')).statusCode).toBe(403);
    expect((await ask('samira', 'fout-token-dat-niet-klopt')).statusCode).toBe(403);
  });

  it('answers 404 for someone unknown, and for a child without an account', async () => {
    expect((await ask('niemand', 'geheim-token')).statusCode).toBe(404);
    expect((await ask('mila', 'geheim-token')).statusCode).toBe(404);
  });
});

describe('status for the command line', () => {
  const status = (token?: string) => app.inject({ method: 'GET', url: '/api/v1/admin/status', headers: { origin, ...(token ? { authorization: `Bearer ${token}` } : {}) } });

  it('tells memory and how the caches do', async () => {
    const before = (await status('geheim-token')).json();
    expect(before.memoryMb.heapLimit).toBeGreaterThan(0);
    expect(before.caches.snapshots).toMatchObject({ entries: 0, hits: 0, misses: 0, maxCost: 96 * 1024 * 1024 });
    // A test app starts no check of the log: that is serve.ts's, in the process that seals.
    expect(before.logCheck).toBe('niet-hier');
    expect(before.caches.principals.maxCost).toBe(5_000);
  });

  it('refuses without the token', async () => {
    expect((await status()).statusCode).toBe(403);
    expect((await status('fout-token-dat-niet-klopt')).statusCode).toBe(403);
  });
});
