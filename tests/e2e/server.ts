import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { buildApp } from '../../api/src/app.ts';
import { loadConfig, type Config } from '../../api/src/config.ts';
import { testClock } from '../../api/src/test/clock.ts';
import { freshDatabase } from '../../api/src/test/db.ts';
import { userIdIn } from '../../api/src/test/harness.ts';
import { demoWorld } from '@onsplan/shared/demo';
import { dutchDay } from '@onsplan/shared';
import { testStart } from '../../api/src/test/clock.ts';
import { freePort } from '../../api/src/test/free-port.ts';

const root = resolve(import.meta.dirname, '../..');

/** The built portal; built here when `npm test` did not build it already. */
export function portalDist(): string {
  const dist = process.env.PORTAL_DIST ?? resolve(root, 'dist/portal');
  if (!existsSync(resolve(dist, 'index.html'))) execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  return dist;
}

/** A neutral site on this machine, so Snel weg needs no internet: what a person sees after leaving. */
export async function startNeutralSite() {
  const site = createHttpServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end('<!doctype html><html lang="nl"><title>Het weer</title><h1>Het weer vandaag</h1><p>Zonnig, 18 graden.</p></html>');
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  const { port } = site.address() as AddressInfo;
  return {
    // Another origin than the portal's (127.0.0.1, not localhost), as any real neutral site is.
    url: `http://127.0.0.1:${port}/weer`,
    close: () => new Promise<void>((done) => site.close(() => done())),
  };
}

/** Sees every request before the server does (e.g. to cut a connection in a test); undefined: nothing extra. */
export type RequestTap = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Portal and API on one port on localhost, on a fresh seeded database, as `npm start` runs them.
 * `kill` stops the server at once (open connections cut) and `restart` starts a new one on the
 * same port and the same data, as when the process dies and comes back. `portal` serves another
 * copy of the built portal (e.g. one a test changes to bring out a new version).
 */
export async function startServer({ portal = portalDist(), config: overrides = {} }: { portal?: string; config?: Partial<Config> } = {}) {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const db = await freshDatabase();
  const clock = testClock();
  const neutralSite = await startNeutralSite();
  const config = { ...loadConfig({}), port, origin, rpId: 'localhost', portalDist: portal, signInRateLimit: 1000, neutralSite: neutralSite.url, ...overrides };
  let tap: RequestTap | undefined;
  const boot = async () => {
    const built = await buildApp({ db, config, clock });
    built.app.server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
      // The Date header from the server's own clock, as in production where both are the system clock.
      response.sendDate = false;
      response.setHeader('date', clock.now().toUTCString());
      tap?.(request, response);
    });
    await built.app.listen({ host: 'localhost', port });
    return built;
  };
  let running: Awaited<ReturnType<typeof boot>> | undefined = await boot();
  const world = demoWorld(dutchDay(testStart));
  return {
    origin,
    world,
    db,
    /** Where Snel weg goes on this server (NEUTRAL_SITE). */
    neutralSite,
    /** The running server's parts, e.g. to send a notice or wait for one. */
    get services() {
      return running!.services;
    },
    async invite(key: string) {
      return (await running!.services.invitations.create(userIdIn(world, key), null)).code;
    },
    set tap(value: RequestTap | undefined) {
      tap = value;
    },
    /** The server process dies: connections cut, nothing answers on the port until `restart`. */
    async kill() {
      const dying = running;
      running = undefined;
      if (!dying) return;
      dying.app.server.closeAllConnections();
      await dying.app.close();
    },
    async restart() {
      if (!running) running = await boot();
    },
    async stop() {
      await running?.app.close();
      await neutralSite.close();
      await db.close();
    },
  };
}
