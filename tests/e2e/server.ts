import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { buildApp } from '../../api/src/app.ts';
import { loadConfig } from '../../api/src/config.ts';
import { testClock } from '../../api/src/test/clock.ts';
import { freshDatabase } from '../../api/src/test/db.ts';
import { userIdIn } from '../../api/src/test/harness.ts';
import { demoWorld } from '@onsplan/shared/demo';
import { dutchDay } from '@onsplan/shared';
import { testStart } from '../../api/src/test/clock.ts';

const root = resolve(import.meta.dirname, '../..');

/** The built portal; built here when `npm test` did not build it already. */
export function portalDist(): string {
  const dist = process.env.PORTAL_DIST ?? resolve(root, 'dist/portal');
  if (!existsSync(resolve(dist, 'index.html'))) execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  return dist;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Portal and API on one port on localhost, on a fresh seeded database, as `npm start` runs them. */
export async function startServer() {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const db = await freshDatabase();
  const config = { ...loadConfig({}), port, origin, rpId: 'localhost', portalDist: portalDist(), signInRateLimit: 1000 };
  const { app, services } = await buildApp({ db, config, clock: testClock() });
  await app.listen({ host: 'localhost', port });
  const world = demoWorld(dutchDay(testStart));
  return {
    origin,
    world,
    async invite(key: string) {
      return (await services.invitations.create(userIdIn(world, key), null)).code;
    },
    async stop() {
      await app.close();
      await db.close();
    },
  };
}
