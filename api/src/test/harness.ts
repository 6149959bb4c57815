import { demoWorld, type DemoWorld } from '@onsplan/shared/demo';
import { dutchDay } from '@onsplan/shared';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type RouteInfo } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { demoUserIdOfMember } from '../db/seed.ts';
import { sessionCookieName } from '../http/session-cookie.ts';
import type { Services } from '../services.ts';
import { testClock, testStart, type TestClock } from './clock.ts';
import { appDatabase, freshDatabase } from './db.ts';
import { SoftAuthenticator } from './soft-authenticator.ts';

export const testOrigin = 'https://onsplan.test';

export interface TestApp {
  app: FastifyInstance;
  /** Every registered route, so tests can prove they cover them all. */
  routes: RouteInfo[];
  services: Services;
  /** The database as its owner (for a test's own set-up and checks); the app itself works as onsplan_app. */
  db: Db;
  clock: TestClock;
  config: Config;
  world: DemoWorld;
  /** Signs a demo person in through the real invitation + passkey flow. */
  as(key: string): Promise<Agent>;
  /** A browser without a session. */
  anonymous(): Agent;
  userIdOf(key: string): string;
  close(): Promise<void>;
}

/** A browser talking to the app: keeps its cookie and sends the same-origin headers the portal sends. */
export class Agent {
  cookie: string | undefined;
  authenticator: SoftAuthenticator | undefined;
  readonly #app: FastifyInstance;

  constructor(app: FastifyInstance, cookie?: string) {
    this.#app = app;
    this.cookie = cookie;
  }

  async request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { origin: testOrigin, 'x-ons-plan': '1', ...(options.headers as Record<string, string>) };
    if (this.cookie) headers.cookie = `${sessionCookieName}=${this.cookie}`;
    const response = await this.#app.inject({ ...options, headers });
    const set = response.cookies.find((c) => c.name === sessionCookieName);
    if (set) this.cookie = set.value || undefined;
    return response;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }

  post(url: string, payload: unknown = {}) {
    return this.request({ method: 'POST', url, payload: payload as Record<string, unknown> });
  }

  patch(url: string, payload: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as Record<string, unknown> });
  }

  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}

export function userIdIn(world: DemoWorld, key: string): string {
  for (const family of world.families) {
    const member = family.members.find((m) => m.key === key);
    if (member) return demoUserIdOfMember(member.id);
  }
  const other = [...world.professionals, ...world.helpers, world.beheerder].find((p) => p.key === key);
  if (!other) throw new Error(`No demo person ${key}`);
  return other.id;
}

/** A fresh app on a fresh seeded database (PGlite clone or PostgreSQL template copy). */
export async function testApp(overrides: Partial<Config> = {}, options: { pgliteDir?: string } = {}): Promise<TestApp> {
  const db = await freshDatabase(options);
  // The server's role, as in production: on PostgreSQL the app cannot change its own access log.
  const appDb = await appDatabase(db);
  const clock = testClock();
  // Uploaded files of a test go to a folder of its own, never into the repo's data folder.
  const documentsDir = await mkdtemp(join(tmpdir(), 'onsplan-docs-'));
  const config: Config = { ...loadConfig({}), origin: testOrigin, rpId: 'onsplan.test', portalDist: undefined, signInRateLimit: 1000, documentsDir, ...overrides };
  const { app, services, routes } = await buildApp({ db: appDb, config, clock, logger: process.env.TEST_LOG === '1' });
  await app.ready();
  const world = demoWorld(dutchDay(testStart));
  const userIdOf = (key: string) => userIdIn(world, key);
  return {
    app, routes, services, db, clock, config, world, userIdOf,
    anonymous: () => new Agent(app),
    async as(key) {
      const agent = new Agent(app);
      const { code } = await services.invitations.create(userIdOf(key), null);
      await registerPasskey(agent, code, config);
      return agent;
    },
    async close() {
      await app.close();
      if (appDb !== db) await appDb.close();
      await db.close();
      await rm(documentsDir, { recursive: true, force: true });
    },
  };
}

/** A second API process on a test app's database (a copy of what one server process holds). */
export interface OtherProcess {
  app: FastifyInstance;
  services: Services;
  /** The same browser (its session cookie), now talking to this process. */
  agent(of: Agent): Agent;
  close(): Promise<void>;
}

/**
 * Another API process on the same database: its own app, caches, rate-limit store and listeners,
 * and on PostgreSQL its own pool and LISTEN connection. In this test process rather than a child
 * process, so it starts in a second instead of ten; nothing but the database is shared.
 */
export async function anotherProcess(t: TestApp): Promise<OtherProcess> {
  const appDb = await appDatabase(t.db);
  const { app, services } = await buildApp({ db: appDb, config: t.config, clock: t.clock, logger: process.env.TEST_LOG === '1' });
  await app.ready();
  return {
    app, services,
    agent: (of) => new Agent(app, of.cookie),
    async close() {
      await app.close();
      if (appDb !== t.db) await appDb.close();
    },
  };
}

/** Redeems `code` and registers a soft passkey on `agent`; returns the final response. */
export async function registerPasskey(agent: Agent, code: string, config: Pick<Config, 'origin' | 'rpId'>, userVerified = true) {
  const redeem = await agent.post('/api/v1/auth/uitnodiging', { code });
  if (redeem.statusCode !== 200) throw new Error(`redeem failed: ${redeem.statusCode} ${redeem.body}`);
  agent.authenticator = new SoftAuthenticator({ origin: config.origin, rpId: config.rpId, userVerified });
  const response = agent.authenticator.register(redeem.json().options);
  const saved = await agent.post('/api/v1/auth/registratie', { response, passkeyName: 'Testtelefoon' });
  if (userVerified && saved.statusCode !== 200) throw new Error(`registration failed: ${saved.statusCode} ${saved.body}`);
  return saved;
}
