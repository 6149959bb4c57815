import { problemOf, type ProblemCode } from '@onsplan/shared';
import type { Network, NetworkAnswer, NetworkRequest } from './outbox.ts';
import { databasePrefix, openStore, type OfflineStore } from './store.ts';
import { Vault } from './vault.ts';

/** Test doubles for the offline modules (used by the unit tests and the replay benchmark). Needs `fake-indexeddb/auto` first. */

/** Low, so tests are quick; production uses `defaultIterations`. */
export const testIterations = 1_000;
export const testCode = '40719';

export const freshStoreName = (): string => `${databasePrefix}test-${crypto.randomUUID()}`;

export async function unlockedStore(name = freshStoreName()): Promise<{ store: OfflineStore; vault: Vault }> {
  const store = await openStore(name);
  const vault = new Vault(store, { iterations: testIterations });
  if (await vault.isSetUp()) await vault.unlock(testCode);
  else await vault.setUp(testCode);
  return { store, vault };
}

/** What the fake server does with one request (by its client id), after it arrives. */
export type Behaviour =
  /** No connection: the request never reaches the server. */
  | 'offline'
  /** Stored, but the answer is lost on the way back. */
  | 'lost-answer'
  | { status: number; problem?: ProblemCode };

/**
 * A server that stores each client id once (201, then 200 with the same object), like the API's
 * `insertOnce`, and counts what it received. `behave` scripts failures per request.
 */
export class FakeServer implements Network {
  /** Every request that reached the server, in order. */
  readonly received: NetworkRequest[] = [];
  /** Client ids in the order they were first stored. */
  readonly stored: string[] = [];
  behave: (request: NetworkRequest, attempt: number) => Behaviour | undefined = () => undefined;
  /** Awaited before each answer, to let tests interleave. */
  delay: () => Promise<void> = () => Promise.resolve();
  #attempts = new Map<string, number>();

  async send(request: NetworkRequest, onProgress: (fraction: number) => void): Promise<NetworkAnswer> {
    const clientId = clientIdOf(request);
    const attempt = (this.#attempts.get(clientId) ?? 0) + 1;
    this.#attempts.set(clientId, attempt);
    const behaviour = this.behave(request, attempt);
    await this.delay();
    if (behaviour === 'offline') throw new TypeError('Failed to fetch');
    this.received.push(request);
    if (behaviour !== undefined && behaviour !== 'lost-answer') {
      return { status: behaviour.status, body: behaviour.problem ? problemOf(behaviour.problem) : undefined };
    }
    const created = !this.stored.includes(clientId);
    if (created) this.stored.push(clientId);
    onProgress(0.5);
    onProgress(1);
    if (behaviour === 'lost-answer') throw new TypeError('Failed to fetch');
    return { status: created ? 201 : 200, body: { id: clientId } };
  }

  /** Requests that reached the server more than once for the same client id. */
  get duplicateDeliveries(): number {
    return this.received.length - new Set(this.received.map(clientIdOf)).size;
  }
}

/** The client id of a request: in the JSON body, or the last path segment of an upload. */
export function clientIdOf(request: NetworkRequest): string {
  const fromBody = (request.json as { clientId?: string } | undefined)?.clientId;
  return fromBody ?? request.url.split('/').at(-1)!;
}

/** Every value of every object store of a database, read with the raw IndexedDB API (no Dexie, no vault). */
export async function rawValues(name: string): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const stores = [...db.objectStoreNames];
    if (stores.length === 0) return [];
    const tx = db.transaction(stores, 'readonly');
    const all = await Promise.all(
      stores.map(
        (store) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    return all.flat();
  } finally {
    db.close();
  }
}

/** All text a raw dump holds: strings as they are, bytes decoded as UTF-8 and as Latin-1. */
export function rawText(values: unknown[]): string {
  const parts: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') parts.push(value);
    else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
      const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      parts.push(new TextDecoder().decode(bytes), new TextDecoder('latin1').decode(bytes));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, inner]) => (parts.push(key), visit(inner)));
  };
  values.forEach(visit);
  return parts.join('\n');
}

/** Storage (localStorage, sessionStorage) in memory. */
export class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
}
