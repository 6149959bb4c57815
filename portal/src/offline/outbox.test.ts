import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseMember } from '../api/client.ts';
import { Outbox, pageLock, startReplays, type OutboxEvent, type OutboxWrite } from './outbox.ts';
import { closeAllStores, openStore } from './store.ts';
import { FakeServer, clientIdOf, rawText, rawValues, testCode, testIterations, unlockedStore } from './testing.ts';
import { Vault } from './vault.ts';

const family = '6f1c2a7e-0000-4000-8000-000000000001';

function comment(n: number): OutboxWrite {
  return { method: 'POST', url: `/gezinnen/${family}/reacties`, clientId: crypto.randomUUID(), body: { body: `Reactie nummer ${n} over de logeerafspraak` }, what: 'reactie', familyId: family };
}

/** The JSON write the network sees carries the client id in its body, as the API expects. */
function withId(write: OutboxWrite): OutboxWrite {
  return { ...write, body: { clientId: write.clientId, ...(write.body as object) } };
}

async function outboxWith(count: number, options: ConstructorParameters<typeof Outbox>[2] = {}) {
  const { store, vault } = await unlockedStore();
  const outbox = new Outbox(store, vault, options);
  const writes = Array.from({ length: count }, (_, i) => withId(comment(i + 1)));
  for (const write of writes) await outbox.enqueue(write);
  return { store, vault, outbox, ids: writes.map((w) => w.clientId) };
}

afterEach(() => closeAllStores());

describe('outbox', () => {
  it('stores a write sealed and shows it as waiting at once', async () => {
    const { store, vault } = await unlockedStore();
    const outbox = new Outbox(store, vault);
    const events: OutboxEvent[] = [];
    outbox.subscribe((event) => events.push(event));
    const write = withId(comment(1));
    const item = await outbox.enqueue(write);
    expect(item).toMatchObject({ clientId: write.clientId, status: 'wacht-op-verbinding', method: 'POST', url: write.url, body: write.body, what: 'reactie', familyId: family, attempts: 0 });
    expect(events).toEqual([{ type: 'changed' }]);
    expect(await outbox.pendingCount()).toBe(1);
    const dump = rawText(await rawValues(store.name));
    expect(dump).not.toContain('logeerafspraak');
    expect(dump).not.toContain('/reacties');
  });

  it("sends a helper's write in the name of the member she made it for, also after she chose someone else", async () => {
    const samira = '6f1c2a7e-0000-4000-8000-000000000011';
    const henk = '6f1c2a7e-0000-4000-8000-000000000016';
    const { store, vault } = await unlockedStore();
    const outbox = new Outbox(store, vault);
    chooseMember(samira);
    try {
      const forSamira = { ...withId(comment(1)), actingFor: samira };
      const unpinned = withId(comment(2));
      await outbox.enqueue(forSamira);
      await outbox.enqueue(unpinned);
      expect(rawText(await rawValues(store.name))).not.toContain(samira);
      chooseMember(henk);
      const server = new FakeServer();
      expect(await outbox.replay(server)).toEqual({ sent: 2, failed: 0 });
      expect(server.received.map((r) => [clientIdOf(r), r.headers['ons-plan-als']])).toEqual([
        [forSamira.clientId, `namens:${samira}`],
        // A write from before pinning says nothing itself; the API client adds the choice of the moment.
        [unpinned.clientId, undefined],
      ]);
    } finally {
      chooseMember(undefined);
    }
  });

  it('stores the same client id once', async () => {
    const { store, vault } = await unlockedStore();
    const outbox = new Outbox(store, vault);
    const write = withId(comment(1));
    const first = await outbox.enqueue(write);
    const second = await outbox.enqueue(write);
    expect(second.seq).toBe(first.seq);
    expect(await outbox.pendingCount()).toBe(1);
  });

  it('sends every write once, in order, and removes each once confirmed', async () => {
    const { outbox, ids } = await outboxWith(5);
    const server = new FakeServer();
    const confirmed: string[] = [];
    outbox.subscribe((event) => event.type === 'confirmed' && confirmed.push(event.clientId));
    expect(await outbox.replay(server)).toEqual({ sent: 5, failed: 0 });
    expect(server.received.map(clientIdOf)).toEqual(ids);
    expect(server.stored).toEqual(ids);
    expect(confirmed).toEqual(ids);
    expect(await outbox.pendingCount()).toBe(0);
  });

  it('loses nothing and doubles nothing when the connection drops in the middle', async () => {
    const { outbox, ids } = await outboxWith(6);
    const server = new FakeServer();
    // The fourth write never arrives; on the next replay it goes through.
    server.behave = (request, attempt) => (clientIdOf(request) === ids[3] && attempt === 1 ? 'offline' : undefined);
    expect(await outbox.replay(server)).toEqual({ sent: 3, failed: 0, stopped: 'offline' });
    const waiting = await outbox.list();
    expect(waiting.map((item) => item.clientId)).toEqual(ids.slice(3));
    expect(waiting.every((item) => item.status === 'wacht-op-verbinding')).toBe(true);
    expect(await outbox.replay(server)).toEqual({ sent: 3, failed: 0 });
    expect(server.stored).toEqual(ids);
    expect(server.duplicateDeliveries).toBe(0);
  });

  it('sends again after a lost answer, and the server keeps it once', async () => {
    const { outbox, ids } = await outboxWith(3);
    const server = new FakeServer();
    server.behave = (request, attempt) => (clientIdOf(request) === ids[1] && attempt === 1 ? 'lost-answer' : undefined);
    expect(await outbox.replay(server)).toMatchObject({ sent: 1, stopped: 'offline' });
    expect(await outbox.replay(server)).toEqual({ sent: 2, failed: 0 });
    expect(server.received.map(clientIdOf)).toEqual([ids[0], ids[1], ids[1], ids[2]]);
    expect(server.stored).toEqual(ids);
  });

  it('marks a refused write fout with its problem code and goes on with the rest', async () => {
    const { outbox, ids } = await outboxWith(3);
    const server = new FakeServer();
    const failed: OutboxEvent[] = [];
    outbox.subscribe((event) => event.type === 'failed' && failed.push(event));
    server.behave = (request, attempt) => (clientIdOf(request) === ids[1] && attempt === 1 ? { status: 409, problem: 'plan-veranderd' } : undefined);
    expect(await outbox.replay(server)).toEqual({ sent: 2, failed: 1 });
    const [item] = await outbox.list();
    expect(item).toMatchObject({ clientId: ids[1], status: 'fout', problem: 'plan-veranderd' });
    expect(failed).toEqual([{ type: 'failed', clientId: ids[1], problem: 'plan-veranderd', status: 409, fields: [] }]);
    // A refused write is not sent again by itself...
    expect(await outbox.replay(server)).toEqual({ sent: 0, failed: 0 });
    // ...only when the member asks, e.g. after reading the new version.
    await outbox.retry(ids[1]!);
    expect(await outbox.replay(server)).toEqual({ sent: 1, failed: 0 });
    expect(server.stored).toEqual([ids[0], ids[2], ids[1]]);
  });

  it('lets the member give up a refused write', async () => {
    const { outbox, ids } = await outboxWith(1);
    const server = new FakeServer();
    server.behave = () => ({ status: 403, problem: 'niet-toegestaan' });
    await outbox.replay(server);
    await outbox.discard(ids[0]!);
    expect(await outbox.list()).toEqual([]);
  });

  it('keeps writes and stops on a server error, a rate limit or an ended session', async () => {
    for (const [status, stopped] of [[503, 'server'], [500, 'server'], [429, 'te-veel-pogingen'], [401, 'niet-ingelogd']] as const) {
      const { outbox, ids } = await outboxWith(2);
      const server = new FakeServer();
      server.behave = (_request, attempt) => (attempt === 1 ? { status } : undefined);
      expect(await outbox.replay(server)).toEqual({ sent: 0, failed: 0, stopped });
      expect((await outbox.list()).map((item) => [item.clientId, item.status])).toEqual(ids.map((id) => [id, 'wacht-op-verbinding']));
    }
  });

  it('never runs two replays at once: concurrent calls send each write once', async () => {
    const { outbox, ids } = await outboxWith(8);
    const server = new FakeServer();
    server.delay = () => new Promise((resolve) => setTimeout(resolve, 1));
    const results = await Promise.all([outbox.replay(server), outbox.replay(server), outbox.replay(server)]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(8);
    expect(server.received.map(clientIdOf)).toEqual(ids);
  });

  it('never runs two replays at once across tabs (Web Locks), nor with the in-page lock', async () => {
    for (const locks of [undefined, pageLock]) {
      const { store, outbox, ids } = await outboxWith(8, locks ? { locks } : {});
      // A second tab: its own connection and its own unlocked vault on the same database.
      const otherStore = await openStore(store.name);
      const otherVault = new Vault(otherStore, { iterations: testIterations });
      await otherVault.unlock(testCode);
      const otherTab = new Outbox(otherStore, otherVault, locks ? { locks } : {});
      const server = new FakeServer();
      server.delay = () => new Promise((resolve) => setTimeout(resolve, 1));
      await Promise.all([outbox.replay(server), otherTab.replay(server), outbox.replay(server), otherTab.replay(server)]);
      expect(server.received.map(clientIdOf)).toEqual(ids);
    }
  });

  it('sends a write added during a replay in the same run', async () => {
    const { outbox, ids } = await outboxWith(2);
    const server = new FakeServer();
    const late = withId(comment(3));
    let added = false;
    server.delay = async () => {
      if (!added) {
        added = true;
        await outbox.enqueue(late);
      }
    };
    expect(await outbox.replay(server)).toEqual({ sent: 3, failed: 0 });
    expect(server.stored).toEqual([...ids, late.clientId]);
  });

  it('sends again what a closed page left as verzonden (the server keeps it once)', async () => {
    const { store, outbox, ids } = await outboxWith(2);
    await store.db.outbox.where('clientId').equals(ids[0]!).modify({ status: 'verzonden', attempts: 1 });
    const server = new FakeServer();
    expect(await outbox.replay(server)).toEqual({ sent: 2, failed: 0 });
    expect(server.stored).toEqual(ids);
  });

  it('uploads raw bytes sealed at rest, with progress, under the client id in the url', async () => {
    const { store, vault } = await unlockedStore();
    const outbox = new Outbox(store, vault);
    const clientId = crypto.randomUUID();
    const bytes = new TextEncoder().encode('%PDF-1.7 uitspraak van de kinderrechter');
    const item = await outbox.enqueue({ method: 'PUT', url: `/gezinnen/${family}/uploads/${clientId}`, clientId, body: bytes, headers: { 'x-document-name': 'uitspraak.pdf' }, what: 'document' });
    expect(item).toMatchObject({ bytes: bytes.byteLength });
    expect(item.body).toBeUndefined();
    expect(rawText(await rawValues(store.name))).not.toContain('kinderrechter');
    const progress: number[] = [];
    outbox.subscribe((event) => event.type === 'progress' && progress.push(event.fraction));
    const server = new FakeServer();
    server.behave = (_request, attempt) => (attempt === 1 ? 'offline' : undefined);
    await outbox.replay(server);
    // Resumed by sending it all again under the same id.
    expect(await outbox.replay(server)).toEqual({ sent: 1, failed: 0 });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({ method: 'PUT', headers: { 'x-document-name': 'uitspraak.pdf' } });
    expect(server.received[0]!.bytes).toEqual(bytes);
    expect(server.stored).toEqual([clientId]);
    expect(progress).toEqual([0.5, 1]);
  });

  it('sends a write an older portal queued under a path from before /api/v1 under the new path', async () => {
    const { store, vault } = await unlockedStore();
    const outbox = new Outbox(store, vault);
    const old = withId({ method: 'POST', url: `/gezinnen/${family}/reacties`, clientId: crypto.randomUUID(), body: { body: 'Geschreven in de trein' }, what: 'reactie' });
    await outbox.enqueue(old);
    expect((await outbox.list())[0]).toMatchObject({ url: `/gezinnen/${family}/reacties` });
    const server = new FakeServer();
    expect(await outbox.replay(server)).toEqual({ sent: 1, failed: 0 });
    expect(server.received[0]).toMatchObject({ method: 'POST', url: `/gezinnen/${family}/reacties`, json: old.body });
  });

  it("sends again a write the older portal saw refused as 'nieuwe-versie', and only that kind of refusal", async () => {
    const { store, outbox, ids } = await outboxWith(2);
    await store.db.outbox.where('clientId').equals(ids[0]!).modify({ status: 'fout', problem: 'nieuwe-versie' });
    await store.db.outbox.where('clientId').equals(ids[1]!).modify({ status: 'fout', problem: 'niet-toegestaan' });
    const server = new FakeServer();
    expect(await outbox.replay(server)).toEqual({ sent: 1, failed: 0 });
    expect(server.stored).toEqual([ids[0]]);
    expect((await outbox.list()).map((item) => item.clientId)).toEqual([ids[1]]);
  });

  it('stops without sending while the vault is locked', async () => {
    const { vault, outbox } = await outboxWith(1);
    vault.lock();
    const server = new FakeServer();
    expect(await outbox.replay(server)).toEqual({ sent: 0, failed: 0, stopped: 'vergrendeld' });
    expect(server.received).toEqual([]);
  });

  it('replays at start and again on reconnect', async () => {
    const { outbox, ids } = await outboxWith(1);
    const server = new FakeServer();
    let online = true;
    server.behave = () => (online ? undefined : 'offline');
    let reconnect = () => {};
    const results: unknown[] = [];
    const done = () => new Promise<void>((resolve) => setTimeout(resolve, 20));
    online = false;
    const stop = startReplays(outbox, server, (r) => results.push(r), { onReconnect: (listener) => ((reconnect = listener), () => (reconnect = () => {})) });
    await done();
    expect(results).toEqual([{ sent: 0, failed: 0, stopped: 'offline' }]);
    online = true;
    reconnect();
    await done();
    expect(results.at(-1)).toEqual({ sent: 1, failed: 0 });
    expect(server.stored).toEqual(ids);
    stop();
  });

  it('delivers every write exactly once, in order, whatever the network does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.constantFrom('ok', 'offline', 'lost-answer', 'server-error'), { minLength: 1, maxLength: 30 }),
        async (count, script) => {
          const { outbox, ids } = await outboxWith(count);
          const server = new FakeServer();
          let step = 0;
          server.behave = () => {
            const next = script[step++ % script.length];
            return next === 'ok' ? undefined : next === 'server-error' ? { status: 503 } : next;
          };
          for (let round = 0; round < 40 && (await outbox.pendingCount()) > 0; round++) {
            if (step > script.length) server.behave = () => undefined;
            await outbox.replay(server);
          }
          expect(await outbox.pendingCount()).toBe(0);
          expect(server.stored).toEqual(ids);
          closeAllStores();
        },
      ),
      { numRuns: 40 },
    );
  });
});
