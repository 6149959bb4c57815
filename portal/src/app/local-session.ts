import type { FamilySummary, Me } from '@onsplan/shared';
import { api } from '../api/client.ts';
import { forgetFile, keepAccount, keepFile, readAccount, readFile, readRecord, readRecords } from '../offline/local-copy.ts';
import { browserFetchSync, browserNetwork } from '../offline/network.ts';
import { Outbox, type Network, type OutboxWrite, type ReplayResult } from '../offline/outbox.ts';
import { isStoreName } from '../offline/names.ts';
import { databasePrefix, destroyStore, localStores, openStore, storeNameFor, type OfflineStore } from '../offline/store.ts';
import { forgetFamily, lastSyncedAt, syncFamily, syncState, type FetchSync } from '../offline/sync.ts';
import { Vault, type UnlockResult } from '../offline/vault.ts';
import { wipeLocalData } from '../offline/wipe.ts';
import { assemble, localTarget } from './local-reads.ts';

/** Test seams; production uses the browser and the vault's default PBKDF2 count. */
export interface SessionSeams {
  network?: Network;
  fetchSync?: FetchSync;
  iterations?: number;
}

/**
 * The member's local copy while the app runs: one store, its vault and its outbox. Loaded only
 * when there is a copy or a member signs in, so the first screen stays small. The screens never
 * touch it directly: reads go through `useApi`, writes through `useWrite`.
 */
export class LocalSession {
  readonly store: OfflineStore;
  readonly vault: Vault;
  readonly outbox: Outbox;
  readonly network: Network;
  readonly #fetchSync: FetchSync;

  private constructor(store: OfflineStore, seams: SessionSeams) {
    this.store = store;
    this.vault = new Vault(store, seams.iterations === undefined ? {} : { iterations: seams.iterations });
    this.outbox = new Outbox(store, this.vault);
    this.network = seams.network ?? browserNetwork();
    this.#fetchSync = seams.fetchSync ?? browserFetchSync();
  }

  static async open(name: string, seams: SessionSeams = {}): Promise<LocalSession> {
    return new LocalSession(await openStore(name), seams);
  }

  get unlocked(): boolean {
    return this.vault.isUnlocked;
  }

  hasCode(): Promise<boolean> {
    return this.vault.isSetUp();
  }

  setUp(code: string): Promise<void> {
    return this.vault.setUp(code);
  }

  unlock(code: string): Promise<UnlockResult> {
    return this.vault.unlock(code);
  }

  /** Sends what waits in the outbox. */
  replay(): Promise<ReplayResult> {
    return this.outbox.replay(this.network);
  }

  /**
   * Brings the whole copy in line with the server: who is signed in, every family they can open
   * (a family they left is removed), and each family's view with its tombstones.
   */
  async syncAll(): Promise<void> {
    const [me, families] = await Promise.all([api<Me>('/ik'), api<FamilySummary[]>('/gezinnen')]);
    await keepAccount(this.store, this.vault, me);
    const open = new Set(families.map((f) => f.id));
    for (const familyId of await this.#syncedFamilies()) if (!open.has(familyId)) await forgetFamily(this.store, familyId);
    for (const familyId of open) await syncFamily(this.store, this.vault, familyId, this.#fetchSync);
  }

  /** The answer of an API read from the device, or undefined when the device does not have it. */
  async read(path: string): Promise<unknown> {
    const target = localTarget(path);
    if (!target) return undefined;
    if (target.kind === 'account') return readAccount(this.store, this.vault);
    if (target.kind === 'families') {
      const families = await Promise.all((await this.#syncedFamilies()).map((id) => readRecord(this.store, this.vault, id, 'gezin', id)));
      return families.filter((f) => f !== undefined);
    }
    // A family never synced is not on the device: an empty list would say "nothing there", which is not known.
    if (!(await syncState(this.store, target.familyId))) return undefined;
    return assemble(target, await readRecords(this.store, this.vault, target.familyId, target.record));
  }

  /** "Bewaar op deze telefoon": a document's contents, sealed; the next sync removes them when the document leaves the view. */
  keepFile(familyId: string, documentId: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
    return keepFile(this.store, this.vault, familyId, documentId, bytes);
  }

  readFile(familyId: string, documentId: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
    return readFile(this.store, this.vault, familyId, documentId);
  }

  forgetFile(familyId: string, documentId: string): Promise<void> {
    return forgetFile(this.store, familyId, documentId);
  }

  lastSyncedAt(): Promise<string | undefined> {
    return lastSyncedAt(this.store);
  }

  enqueue(write: OutboxWrite) {
    return this.outbox.enqueue(write);
  }

  /** Forgets the key and closes the database (the copy stays, sealed). */
  close(): void {
    this.vault.lock();
    this.store.db.close();
  }

  async #syncedFamilies(): Promise<string[]> {
    const rows = await this.store.db.meta.where('name').startsWith('family:').toArray();
    return rows.map((row) => (row as { familyId: string }).familyId);
  }
}

/**
 * A store name for an account seen at sign-in (a hash of its passkey user handle, and for a helper
 * of the member she helps), or a random neutral one.
 */
export async function storeNameForAccount(accountId: string | undefined, helpedMemberId?: string): Promise<string> {
  if (accountId) return storeNameFor(accountId, helpedMemberId);
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${databasePrefix}${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The neutral mark of the member a helper's copy is for. */
async function helpedMark(memberId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`onsplan-namens:${memberId}`));
  return [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Notes in a helper's copy for which member she made it. */
export async function markCopyFor(name: string, helpedMemberId: string): Promise<void> {
  const store = await openStore(name);
  try {
    await store.db.meta.put({ name: 'namens', member: await helpedMark(helpedMemberId) });
  } finally {
    store.db.close();
  }
}

/**
 * Is this copy the one for the member a helper helps now? A copy made for someone else (or before
 * copies were marked) is not: Samira's data never shows on the screens for another member (issue 11).
 */
export async function copyIsFor(name: string, helpedMemberId: string | undefined): Promise<boolean> {
  const store = await openStore(name);
  try {
    const row = await store.db.meta.get('namens');
    const mark = row && 'member' in row ? row.member : undefined;
    return helpedMemberId !== undefined && mark === (await helpedMark(helpedMemberId));
  } finally {
    store.db.close();
  }
}

/** The local copies on this device (normally one), most recently used first. */
export async function existingStores(): Promise<string[]> {
  const listed = await localStores();
  const all = (await globalThis.indexedDB?.databases?.().catch(() => [])) ?? [];
  const named = all.map((db) => db.name).filter(isStoreName);
  return [...new Set([...listed, ...named])];
}

/** Removes every local copy but `name`: a phone holds the copy of one account at a time. */
export async function keepOnly(name: string): Promise<void> {
  for (const other of await existingStores()) if (other !== name) await destroyStore(other);
}

export { wipeLocalData };
