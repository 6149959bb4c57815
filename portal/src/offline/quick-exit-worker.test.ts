import { defaultNeutralSite } from '@onsplan/shared';
import { describe, expect, it, vi } from 'vitest';
import { isQuickExitNavigation, leaveThroughWorker, type WorkerExitSeam } from './quick-exit-worker.ts';

const neutral = 'http://127.0.0.1:4010/weer?q=1&x=2';
const shellWith = (meta: string) => new Response(`<!doctype html><head>${meta}</head><div id="root"></div>`);
const request = new Request('https://onsplan.test/snel-weg');

function seam(overrides: Partial<WorkerExitSeam> = {}) {
  const deleted: string[] = [];
  const kept: Promise<unknown>[] = [];
  const world: WorkerExitSeam = {
    network: () => Promise.reject(new TypeError('Failed to fetch')),
    shellPage: async () => shellWith(`<meta name="onsplan-neutral-site" content="${neutral.replace(/&/g, '&amp;')}" />`),
    indexedDB: { databases: async () => [{ name: 'onsplan-samira' }, { name: 'onsplan-directory' }], deleteDatabase: (name: string) => (deleted.push(`db ${name}`), {}) as IDBOpenDBRequest },
    caches: { keys: async () => ['workbox-precache-v2-x', 'iets-anders'], delete: async (name: string) => (deleted.push(`cache ${name}`), true) },
    waitUntil: (work) => kept.push(work),
    ...overrides,
  };
  return { world, deleted, settled: () => Promise.all(kept) };
}

describe("Snel weg's link in the service worker", () => {
  it('is taken for a page opening /snel-weg only', () => {
    const at = (path: string, mode: RequestMode = 'navigate') => isQuickExitNavigation({ request: { mode }, url: new URL(path, 'https://onsplan.test') });
    expect(at('/snel-weg')).toBe(true);
    expect(at('/snel-weg?x=1')).toBe(true);
    expect(at('/snel-weg', 'cors')).toBe(false);
    expect(at('/snel-weg/x')).toBe(false);
    expect(at('/plan')).toBe(false);
  });

  it("online: the server's own answer goes to the browser as it is (it ends the session and clears the site)", async () => {
    const server = new Response(null, { status: 303, headers: { location: neutral } });
    const { world, deleted } = seam({ network: async () => server });
    expect(await leaveThroughWorker(request, world)).toBe(server);
    expect(deleted).toEqual([]);
  });

  it('offline: straight on to NEUTRAL_SITE from the kept page, and the local copy and caches are deleted, the app shell kept', async () => {
    const { world, deleted, settled } = seam();
    const response = await leaveThroughWorker(request, world);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(neutral);
    await settled();
    expect(deleted.sort()).toEqual(['cache iets-anders', 'db onsplan-directory', 'db onsplan-samira']);
  });

  it('offline without a kept page, or with an odd address in it: the neutral default, never the portal or a script', async () => {
    for (const shellPage of [async () => undefined, async () => shellWith('<meta name="onsplan-neutral-site" content="javascript:alert(1)" />'), () => Promise.reject(new Error('kapot'))]) {
      const response = await leaveThroughWorker(request, seam({ shellPage }).world);
      expect(response.headers.get('location')).toBe(defaultNeutralSite);
    }
  });

  it('a broken or stalled connection leaves as offline does: a 502 page or a server that never answers keeps no one at the portal', async () => {
    for (const network of [async () => new Response('Bad gateway', { status: 502 }), async () => new Response('<html>portal</html>', { status: 200 }), () => new Promise<Response>(() => {})]) {
      const { world, deleted, settled } = seam({ network });
      const response = await leaveThroughWorker(request, world, 20);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(neutral);
      await settled();
      expect(deleted).toContain('db onsplan-samira');
    }
  });

  it('offline: leaves even when the deletes fail', async () => {
    const waitUntil = vi.fn();
    const failing = seam({ caches: { keys: () => Promise.reject(new Error('geblokkeerd')), delete: async () => false }, waitUntil }).world;
    expect((await leaveThroughWorker(request, failing)).status).toBe(303);
    await expect(waitUntil.mock.calls[0]![0]).resolves.toBeUndefined();
  });
});
