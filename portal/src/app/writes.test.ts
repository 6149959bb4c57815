import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/client.ts';
import { Outbox } from '../offline/outbox.ts';
import { closeAllStores } from '../offline/store.ts';
import { FakeServer, unlockedStore } from '../offline/testing.ts';
import { patienceMs, viaOutbox, type WriteRequest } from './writes.ts';

const family = '6f1c2a7e-0000-4000-8000-000000000001';

async function setUp(server: FakeServer) {
  const { store, vault } = await unlockedStore();
  const outbox = new Outbox(store, vault);
  const session = { outbox, enqueue: (w: Parameters<Outbox['enqueue']>[0]) => outbox.enqueue(w), replay: () => outbox.replay(server) };
  const refresh = vi.fn();
  return { outbox, session, controller: { refresh } };
}

const comment = (clientId = crypto.randomUUID()): WriteRequest => ({ what: 'reactie', familyId: family, method: 'POST', path: `/gezinnen/${family}/reacties`, clientId, body: { clientId, body: 'Kan het op dinsdag?' } });

afterEach(() => {
  vi.useRealTimers();
  closeAllStores();
});

const removal = (documentId = crypto.randomUUID()): WriteRequest => ({
  what: 'document-verwijderen',
  familyId: family,
  method: 'DELETE',
  path: `/gezinnen/${family}/documenten/${documentId}`,
  clientId: crypto.randomUUID(),
  body: undefined,
});

describe('a write from a form, through the outbox', () => {
  it('removing a document is a DELETE of its path, without a body; offline it waits on the phone like any write', async () => {
    const server = new FakeServer();
    const { outbox, session, controller } = await setUp(server);
    const online = removal();
    expect((await viaOutbox(session, controller, online, () => true)).kind).toBe('sent');
    expect(server.received).toEqual([{ method: 'DELETE', url: online.path, headers: {}, json: undefined }]);
    expect(await outbox.pendingCount()).toBe(0);

    expect(await viaOutbox(session, controller, removal(), () => false)).toEqual({ kind: 'waiting' });
    expect(await outbox.list()).toMatchObject([{ status: 'wacht-op-verbinding', method: 'DELETE', what: 'document-verwijderen', familyId: family }]);
  });

  it('is sent at once when the server answers, and leaves nothing waiting', async () => {
    const server = new FakeServer();
    const { outbox, session, controller } = await setUp(server);
    const request = comment();
    expect(await viaOutbox(session, controller, request, () => true)).toEqual({ kind: 'sent', body: { id: request.clientId } });
    expect(await outbox.pendingCount()).toBe(0);
    expect(server.stored).toEqual([request.clientId]);
    expect(controller.refresh).toHaveBeenCalled();
  });

  it('offline: stays on the phone, committed before the form hears back, and nothing is sent', async () => {
    const server = new FakeServer();
    const { outbox, session, controller } = await setUp(server);
    expect(await viaOutbox(session, controller, comment(), () => false)).toEqual({ kind: 'waiting' });
    expect(await outbox.list()).toMatchObject([{ status: 'wacht-op-verbinding', what: 'reactie', familyId: family }]);
    expect(server.received).toEqual([]);
  });

  it('no connection after all: waits on the phone as soon as the replay gives up', async () => {
    const server = new FakeServer();
    server.behave = () => 'offline';
    const { outbox, session, controller } = await setUp(server);
    expect(await viaOutbox(session, controller, comment(), () => true)).toEqual({ kind: 'waiting' });
    expect(await outbox.pendingCount()).toBe(1);
  });

  it('refused while the form is open: the form gets the problem with its fields, and the outbox lets it go', async () => {
    const server = new FakeServer();
    server.behave = () => ({ status: 409, problem: 'plan-veranderd' });
    const { outbox, session, controller } = await setUp(server);
    const refused = viaOutbox(session, controller, comment(), () => true);
    await expect(refused).rejects.toBeInstanceOf(ApiProblem);
    await expect(refused).rejects.toMatchObject({ code: 'plan-veranderd', status: 409 });
    await vi.waitFor(async () => expect(await outbox.pendingCount()).toBe(0));
  });

  it('a slow server: the form stops waiting after a while, the write stays and goes later', async () => {
    const server = new FakeServer();
    let answer!: () => void;
    server.delay = () => new Promise((done) => (answer = done));
    const { outbox, session, controller } = await setUp(server);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const waiting = viaOutbox(session, controller, comment(), () => true);
    await vi.waitFor(() => expect(answer).toBeDefined());
    await vi.advanceTimersByTimeAsync(patienceMs);
    expect(await waiting).toEqual({ kind: 'waiting' });
    answer();
    await vi.waitFor(async () => expect(await outbox.pendingCount()).toBe(0));
    expect(server.stored).toHaveLength(1);
  });
});
