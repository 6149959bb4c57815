// Offline outbox: 1,000 queued writes replayed against a fake idempotent server, then against the
// real API over HTTP (IndexedDB from fake-indexeddb, real WebCrypto). Run: node tests/bench/offline-replay.ts
import 'fake-indexeddb/auto';
import { testApp, testOrigin } from '../../api/src/test/harness.ts';
import { sessionCookieName } from '../../api/src/http/session-cookie.ts';
import { Outbox, type Network } from '../../portal/src/offline/outbox.ts';
import { closeAllStores } from '../../portal/src/offline/store.ts';
import { FakeServer, clientIdOf, unlockedStore } from '../../portal/src/offline/testing.ts';

const count = 1_000;
const family = '6f1c2a7e-0000-4000-8000-000000000001';

function report(figure: string, value: string, target: string, ok: boolean): void {
  console.log(`${figure}: ${value}  (target ${target})  ${ok ? 'OK' : 'MISS'}`);
}

async function queued(familyId = family): Promise<{ outbox: Outbox; ids: string[]; enqueueMs: number }> {
  const { store, vault } = await unlockedStore();
  const outbox = new Outbox(store, vault);
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  const started = performance.now();
  for (const [i, clientId] of ids.entries()) {
    await outbox.enqueue({ method: 'POST', url: `/gezinnen/${familyId}/reacties`, clientId, body: { clientId, body: `Reactie ${i} op het plan, geschreven zonder bereik.` }, what: 'reactie' });
  }
  return { outbox, ids, enqueueMs: performance.now() - started };
}

/** Replays until the outbox is empty; returns the time and the number of replays it took. */
async function drain(outbox: Outbox, server: FakeServer): Promise<{ ms: number; replays: number }> {
  const started = performance.now();
  let replays = 0;
  while ((await outbox.pendingCount()) > 0) {
    if (++replays > count) throw new Error('the outbox does not empty');
    await outbox.replay(server);
  }
  return { ms: performance.now() - started, replays };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Writes the server did not store exactly once, in the order they were made. */
const misplaced = (server: FakeServer, ids: string[]) => ids.filter((id, i) => server.stored[i] !== id).length + Math.max(0, server.stored.length - ids.length);

// a. A clean replay: every write arrives once.
{
  const { outbox, ids, enqueueMs } = await queued();
  const server = new FakeServer();
  const { ms } = await drain(outbox, server);
  report(`${count} writes queued (sealed, one transaction each)`, seconds(enqueueMs), '< 10 s', enqueueMs < 10_000);
  report(`${count} queued writes replayed`, seconds(ms), '< 10 s', ms < 10_000);
  const duplicates = server.duplicateDeliveries;
  const wrong = misplaced(server, ids);
  report(`${count} queued writes replayed: duplicates (lost or out of order: ${wrong})`, String(duplicates), '0', duplicates === 0 && wrong === 0);
  closeAllStores();
}

// b. The connection drops every 97th request and every 89th answer is lost: nothing lost, nothing stored twice.
{
  const { outbox, ids } = await queued();
  const server = new FakeServer();
  let request = 0;
  server.behave = () => {
    request += 1;
    if (request % 97 === 0) return 'offline';
    if (request % 89 === 0) return 'lost-answer';
    return undefined;
  };
  const { ms, replays } = await drain(outbox, server);
  const resent = server.received.length - new Set(server.received.map(clientIdOf)).size;
  const wrong = misplaced(server, ids);
  report(`${count} writes replayed through broken connections (${replays} replays, ${resent} sent again after a lost answer)`, seconds(ms), '< 10 s', ms < 10_000);
  report(`${count} writes replayed through broken connections: stored twice, lost or out of order`, String(wrong), '0', wrong === 0);
  closeAllStores();
}

// c. The real API over HTTP (Fastify on PGlite, each client id stored once by the database): the
// connection drops every 97th request and every 89th answer is lost after the server stored it.
{
  // One account sends all 1,000 writes at once here; the per-account write limit (C4) would stop the
  // replay after the first minute's budget, and this measures the replay, not the limit.
  const t = await testApp({ writeRateLimit: 10 * count });
  try {
    const samira = await t.as('samira');
    const familyId = t.world.families.find((f) => f.key === 'jansen')!.id;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const { outbox, ids } = await queued(familyId);
    let request = 0;
    let sentAgain = 0;
    const network: Network = {
      async send(write, onProgress) {
        request += 1;
        if (request % 97 === 0) throw new TypeError('Failed to fetch');
        const response = await fetch(`http://127.0.0.1:${port}/api/v1${write.url}`, {
          method: write.method,
          headers: { cookie: `${sessionCookieName}=${samira.cookie}`, origin: testOrigin, 'x-ons-plan': '1', 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(write.json),
        });
        const body: unknown = await response.json();
        onProgress(1);
        if (response.status === 200) sentAgain += 1;
        if (request % 89 === 0) throw new TypeError('Failed to fetch');
        return { status: response.status, body };
      },
    };
    const started = performance.now();
    let replays = 0;
    while ((await outbox.pendingCount()) > 0) {
      if (++replays > count) throw new Error('the outbox does not empty');
      await outbox.replay(network);
    }
    const ms = performance.now() - started;
    const rows = await t.db.query<{ clientId: string; n: number }>(`select client_id as "clientId", count(*)::int as n from comments where client_id = any($1::uuid[]) group by client_id`, [ids]);
    const stored = rows.length;
    const doubled = rows.filter((r) => r.n > 1).length;
    report(`${count} queued comments replayed to the real API over HTTP (${replays} replays, ${sentAgain} answered "already stored")`, seconds(ms), '< 10 s', ms < 10_000);
    report(`${count} queued comments replayed to the real API: stored twice (lost: ${count - stored})`, String(doubled), '0', doubled === 0 && stored === count);
  } finally {
    closeAllStores();
    await t.close();
  }
}
