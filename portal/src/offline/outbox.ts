import { isProblem } from '@onsplan/shared';
import type { OfflineStore, OutboxStatus, StoredWrite } from './store.ts';
import { actingHeaders } from '../api/client.ts';
import { currentApiPath } from '../api/pre-v1-paths.ts';
import { VaultLockedError, type Vault } from './vault.ts';

/**
 * Every write goes through here. A write is stored (sealed) in one transaction before anything
 * is sent, so the screen can show it at once as "wacht op verbinding". Replays send the writes in
 * order; the server stores each client id once, so sending again after a lost answer never makes
 * a second comment, instemming or document.
 */

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface OutboxWrite {
  method: WriteMethod;
  /** Relative to /api, as in `portal/src/api/paths.ts`. */
  url: string;
  /** The idempotency key the server stores the write under; keep it for every retry. */
  clientId: string;
  /** A JSON body, or the raw bytes of an upload. */
  body?: unknown;
  headers?: Record<string, string>;
  /** What this write is (e.g. 'reactie'), for the status list. Sealed like the rest. */
  what?: string;
  familyId?: string;
  /**
   * For a helper: the member she made this write for. It is sent in that member's name whenever it
   * goes, also after she chose to help someone else meanwhile (issue 11).
   */
  actingFor?: string;
}

export interface OutboxItem {
  seq: number;
  clientId: string;
  status: OutboxStatus;
  problem?: string;
  createdAt: string;
  attempts: number;
  method: WriteMethod;
  url: string;
  /** The JSON body; undefined for an upload (see `bytes`). */
  body?: unknown;
  /** Size of an upload's bytes. */
  bytes?: number;
  what?: string;
  familyId?: string;
}

export interface NetworkRequest {
  method: WriteMethod;
  url: string;
  headers: Record<string, string>;
  json?: unknown;
  bytes?: Uint8Array<ArrayBuffer>;
}

export interface NetworkAnswer {
  status: number;
  body: unknown;
}

/** Sends one request. Rejects only when there was no answer at all (no connection, server gone). */
export interface Network {
  send(request: NetworkRequest, onProgress: (fraction: number) => void): Promise<NetworkAnswer>;
}

/** Why a replay stopped early; the writes it did not send stay waiting. */
export type ReplayStop = 'offline' | 'server' | 'niet-ingelogd' | 'te-veel-pogingen' | 'vergrendeld';

export interface ReplayResult {
  /** Confirmed by the server and removed. */
  sent: number;
  /** Refused by the server: marked `fout` with the problem code. */
  failed: number;
  stopped?: ReplayStop;
}

export type OutboxEvent =
  | { type: 'changed' }
  | { type: 'progress'; clientId: string; fraction: number }
  | { type: 'confirmed'; clientId: string; status: number; body: unknown }
  /** `fields`: which input the server found wrong, so a form still open can point at it. */
  | { type: 'failed'; clientId: string; problem: string; status: number; fields: string[] };

/** Runs a task under a named lock shared by every tab of the app. */
export interface LockSeam {
  run<T>(name: string, task: () => Promise<T>): Promise<T>;
}

const pageLocks = new Map<string, Promise<unknown>>();

/** One at a time within this page: the fallback when the Web Locks API is missing. */
export const pageLock: LockSeam = {
  run<T>(name: string, task: () => Promise<T>): Promise<T> {
    const previous = pageLocks.get(name) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => {});
    pageLocks.set(name, tail);
    void tail.then(() => {
      if (pageLocks.get(name) === tail) pageLocks.delete(name);
    });
    return result;
  },
};

/** Web Locks (across tabs) when the browser has them, else one at a time within the page. */
export const browserLocks: LockSeam = {
  run<T>(name: string, task: () => Promise<T>): Promise<T> {
    const locks = globalThis.navigator?.locks;
    return locks ? (locks.request(name, task) as Promise<T>) : pageLock.run(name, task);
  },
};

interface SealedRequest extends Omit<OutboxWrite, 'body' | 'clientId'> {
  json?: unknown;
  bytes?: number;
}

const requestContext = (clientId: string) => `outbox:${clientId}`;
const bytesContext = (clientId: string) => `outbox-bytes:${clientId}`;

export class Outbox {
  readonly store: OfflineStore;
  readonly vault: Vault;
  readonly #locks: LockSeam;
  readonly #now: () => Date;
  readonly #listeners = new Set<(event: OutboxEvent) => void>();
  #queued: Promise<ReplayResult> | undefined;
  #ticket: object | undefined;

  constructor(store: OfflineStore, vault: Vault, options: { locks?: LockSeam; now?: () => Date } = {}) {
    this.store = store;
    this.vault = vault;
    this.#locks = options.locks ?? browserLocks;
    this.#now = options.now ?? (() => new Date());
  }

  /** Stores a write; resolves once it is committed. The same client id twice stores it once. */
  async enqueue(write: OutboxWrite): Promise<OutboxItem> {
    const { clientId, body, ...rest } = write;
    const raw = body instanceof Uint8Array ? (body as Uint8Array<ArrayBuffer>) : undefined;
    const request: SealedRequest = raw ? { ...rest, bytes: raw.byteLength } : { ...rest, json: body };
    // Seal before the transaction: awaiting WebCrypto inside it would let it commit early.
    const sealed = await this.vault.encrypt(request, requestContext(clientId));
    const bytes = raw ? await this.vault.encryptBytes(raw, bytesContext(clientId)) : undefined;
    const row: StoredWrite = { clientId, status: 'wacht-op-verbinding', createdAt: this.#now().toISOString(), attempts: 0, ...sealed, ...(bytes ? { bytes } : {}) };
    const { db } = this.store;
    const stored = await db.transaction('rw', db.outbox, async () => {
      const existing = await db.outbox.where('clientId').equals(clientId).first();
      if (existing) return existing;
      return { ...row, seq: await db.outbox.add(row) };
    });
    this.#emit({ type: 'changed' });
    return this.#open(stored);
  }

  /** Every write not yet confirmed, in sending order. */
  async list(): Promise<OutboxItem[]> {
    const rows = await this.store.db.outbox.orderBy('seq').toArray();
    return Promise.all(rows.map((row) => this.#open(row)));
  }

  /** Writes not yet confirmed (without unsealing them). */
  async pendingCount(): Promise<number> {
    return this.store.db.outbox.count();
  }

  /** Sends a refused write again, e.g. after reading the new plan version. */
  async retry(clientId: string): Promise<void> {
    await this.store.db.outbox.where('clientId').equals(clientId).modify({ status: 'wacht-op-verbinding', problem: undefined });
    this.#emit({ type: 'changed' });
  }

  /** Drops a write (the member gave it up). */
  async discard(clientId: string): Promise<void> {
    await this.store.db.outbox.where('clientId').equals(clientId).delete();
    this.#emit({ type: 'changed' });
  }

  subscribe(listener: (event: OutboxEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Sends the waiting writes in order, one replay at a time across tabs. A call while another
   * waits for the lock joins it: that one will see every write stored before it starts.
   */
  replay(network: Network): Promise<ReplayResult> {
    if (this.#queued) return this.#queued;
    const ticket = {};
    this.#ticket = ticket;
    const queued = this.#locks.run(`op-outbox:${this.store.name}`, () => {
      // Running now: later calls queue a new replay behind this one.
      if (this.#ticket === ticket) this.#ticket = this.#queued = undefined;
      return this.#replay(network);
    });
    if (this.#ticket === ticket) this.#queued = queued;
    return queued;
  }

  async #replay(network: Network): Promise<ReplayResult> {
    const { db } = this.store;
    const result: ReplayResult = { sent: 0, failed: 0 };
    let lastSeq = 0;
    for (;;) {
      // Read from the database each time: another tab may have added writes meanwhile.
      // A write an older portal had refused as 'nieuwe-versie' (its path was from before /api/v1) goes again, under the new path.
      const row = await db.outbox.where('seq').above(lastSeq).and((r) => r.status !== 'fout' || r.problem === 'nieuwe-versie').first();
      if (!row) return result;
      lastSeq = row.seq!;
      let request: NetworkRequest;
      try {
        request = await this.#request(row);
      } catch (error) {
        if (error instanceof VaultLockedError) return { ...result, stopped: 'vergrendeld' };
        throw error;
      }
      await db.outbox.update(lastSeq, { status: 'verzonden', attempts: row.attempts + 1 });
      this.#emit({ type: 'changed' });
      let answer: NetworkAnswer;
      try {
        answer = await network.send(request, (fraction) => this.#emit({ type: 'progress', clientId: row.clientId, fraction }));
      } catch {
        await this.#setStatus(lastSeq, 'wacht-op-verbinding');
        return { ...result, stopped: 'offline' };
      }
      const stop = transient(answer.status);
      if (stop) {
        await this.#setStatus(lastSeq, 'wacht-op-verbinding');
        return { ...result, stopped: stop };
      }
      if (answer.status >= 200 && answer.status < 300) {
        await db.outbox.delete(lastSeq);
        result.sent += 1;
        this.#emit({ type: 'confirmed', clientId: row.clientId, status: answer.status, body: answer.body });
      } else {
        const problem = problemCodeOf(answer);
        await this.#setStatus(lastSeq, 'fout', problem);
        result.failed += 1;
        this.#emit({ type: 'failed', clientId: row.clientId, problem, status: answer.status, fields: fieldsOf(answer) });
      }
      this.#emit({ type: 'changed' });
    }
  }

  async #setStatus(seq: number, status: OutboxStatus, problem?: string): Promise<void> {
    await this.store.db.outbox.update(seq, { status, problem });
    this.#emit({ type: 'changed' });
  }

  async #request(row: StoredWrite): Promise<NetworkRequest> {
    const request = await this.vault.decrypt<SealedRequest>(row, requestContext(row.clientId));
    const base = { method: request.method, url: currentApiPath(request.method, request.url), headers: { ...request.headers, ...(request.actingFor ? actingHeaders(request.actingFor) : {}) } };
    if (!row.bytes) return { ...base, json: request.json };
    return { ...base, bytes: await this.vault.decryptBytes(row.bytes, bytesContext(row.clientId)) };
  }

  async #open(row: StoredWrite): Promise<OutboxItem> {
    const request = await this.vault.decrypt<SealedRequest>(row, requestContext(row.clientId));
    const item: OutboxItem = { seq: row.seq!, clientId: row.clientId, status: row.status, createdAt: row.createdAt, attempts: row.attempts, method: request.method, url: currentApiPath(request.method, request.url) };
    if (row.problem) item.problem = row.problem;
    if (request.bytes !== undefined) item.bytes = request.bytes;
    else if (request.json !== undefined) item.body = request.json;
    if (request.what) item.what = request.what;
    if (request.familyId) item.familyId = request.familyId;
    return item;
  }

  #emit(event: OutboxEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}

/** Answers that say "not now" rather than "no": keep the write and stop. */
function transient(status: number): ReplayStop | undefined {
  if (status === 401) return 'niet-ingelogd';
  if (status === 429) return 'te-veel-pogingen';
  if (status === 408 || status >= 500 || status < 200) return 'server';
  return undefined;
}

function fieldsOf(answer: NetworkAnswer): string[] {
  const fields = (answer.body as { fields?: unknown } | undefined)?.fields;
  return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [];
}

function problemCodeOf(answer: NetworkAnswer): string {
  if (isProblem(answer.body)) return answer.body.code;
  if (answer.status === 404) return 'niet-gevonden';
  if (answer.status === 413) return 'te-groot';
  return 'ongeldige-invoer';
}

/** Where replays are triggered: at start, and whenever the browser is back online. */
export interface ReconnectSeam {
  onReconnect(listener: () => void): () => void;
}

export const browserReconnect: ReconnectSeam = {
  onReconnect(listener) {
    globalThis.addEventListener('online', listener);
    return () => globalThis.removeEventListener('online', listener);
  },
};

/** Replays now and on every reconnect; returns a stop function. `onResult` sees each replay's outcome. */
export function startReplays(outbox: Outbox, network: Network, onResult: (result: ReplayResult) => void = () => {}, seam: ReconnectSeam = browserReconnect): () => void {
  const run = () => {
    outbox.replay(network).then(onResult, () => onResult({ sent: 0, failed: 0, stopped: 'server' }));
  };
  run();
  return seam.onReconnect(run);
}
