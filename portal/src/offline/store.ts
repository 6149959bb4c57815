import Dexie, { type Table } from 'dexie';
import { databasePrefix, directoryName } from './names.ts';

export { databasePrefix, directoryName };

/**
 * The device's local copy, one IndexedDB database per signed-in account. Names are neutral (a
 * hash, never a person's name) and every stored value with content is sealed by the vault; only
 * keys, statuses and counters are in clear.
 */

/** AES-GCM output: a fresh 12-byte IV and the ciphertext (with its tag). */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: ArrayBuffer;
}

/** One object of the member's view; `key` is `${familyId}:${kind}:${id}`. */
export interface StoredRecord extends Sealed {
  key: string;
  /** Where the server put it in its answer: lists read back in the order the screens expect. */
  position?: number;
}

/** The contents of a document the member chose to keep on this phone; `key` is `${familyId}:${documentId}`. */
export interface StoredFile extends Sealed {
  key: string;
}

export type OutboxStatus = 'wacht-op-verbinding' | 'verzonden' | 'fout';

/** A write waiting for the server; the request (url, body, headers) is sealed, raw bytes separately. */
export interface StoredWrite extends Sealed {
  /** Order of sending; given by IndexedDB. */
  seq?: number;
  clientId: string;
  status: OutboxStatus;
  /** The problem code when the server refused the write (status `fout`). */
  problem?: string;
  createdAt: string;
  attempts: number;
  bytes?: Sealed;
}

export interface VaultMeta {
  name: 'vault';
  salt: Uint8Array<ArrayBuffer>;
  /** PBKDF2-SHA-256 iterations the wrapping key was derived with; raised on the next unlock when the target rises. */
  iterations: number;
  /** The data key, wrapped with AES-KW. */
  wrappedKey: ArrayBuffer;
  /** Wrong codes in a row; saved before each try so a reload cannot reset it. */
  failedAttempts: number;
}

export interface FamilySyncMeta {
  name: `family:${string}`;
  familyId: string;
  cursor: number;
  day: string;
  lastSyncedAt: string;
}

/** A helper's copy: for which member she made it (a hash of the member's id, so the name stays neutral). */
export interface HelpedMeta {
  name: 'namens';
  member: string;
}

export type MetaRow = VaultMeta | FamilySyncMeta | HelpedMeta;

export interface OfflineTables {
  records: Table<StoredRecord, string>;
  files: Table<StoredFile, string>;
  meta: Table<MetaRow, string>;
  outbox: Table<StoredWrite, number>;
}

export type OfflineDb = Dexie & OfflineTables;

export interface OfflineStore {
  /** The IndexedDB database name. */
  readonly name: string;
  readonly db: OfflineDb;
  readonly seam?: IndexedDbSeam;
}

interface DirectoryEntry {
  name: string;
  lastUsedAt: string;
}
type DirectoryDb = Dexie & { stores: Table<DirectoryEntry, string> };

/** Injected IndexedDB (tests, or a browser other than the page's globals). */
export interface IndexedDbSeam {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

const open = new Set<Dexie>();
const directories = new Map<IndexedDbSeam | undefined, DirectoryDb>();

function dexie<T extends Dexie>(name: string, seam: IndexedDbSeam | undefined): T {
  const db = new Dexie(name, seam ? { indexedDB: seam.indexedDB, IDBKeyRange: seam.IDBKeyRange } : {}) as T;
  open.add(db);
  return db;
}

function directory(seam?: IndexedDbSeam): DirectoryDb {
  let db = directories.get(seam);
  if (!db || !open.has(db)) {
    db = dexie<DirectoryDb>(directoryName, seam);
    db.version(1).stores({ stores: 'name, lastUsedAt' });
    directories.set(seam, db);
  }
  return db;
}

/**
 * The neutral database name for an account: a hash, so the name says nothing about who uses it. A
 * helper has one copy per member she helps (issue 11): her copy for Samira is never the one she
 * opens for someone else, and opening the other one removes it (one copy on a phone at a time).
 */
export async function storeNameFor(accountId: string, helpedMemberId?: string): Promise<string> {
  const owner = helpedMemberId ? `${accountId}:namens:${helpedMemberId}` : accountId;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`onsplan-store:${owner}`));
  const hex = [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${databasePrefix}${hex}`;
}

/** Opens (or creates) a local copy and notes it in the directory. */
export async function openStore(name: string, seam?: IndexedDbSeam): Promise<OfflineStore> {
  if (!name.startsWith(databasePrefix) || name === directoryName) throw new Error(`not a store name: ${name}`);
  const db = dexie<OfflineDb>(name, seam);
  db.version(1).stores({
    records: 'key',
    files: 'key',
    meta: 'name',
    outbox: '++seq, &clientId',
  });
  await db.open();
  const dir = directory(seam);
  await dir.stores.put({ name, lastUsedAt: new Date().toISOString() });
  return seam ? { name, db, seam } : { name, db };
}

/** The local copies on this device, most recently used first (for opening the app offline). */
export async function localStores(seam?: IndexedDbSeam): Promise<string[]> {
  const dir = directory(seam);
  const entries = await dir.stores.orderBy('lastUsedAt').reverse().toArray();
  return entries.map((entry) => entry.name);
}

/** Deletes one local copy and forgets it in the directory. */
export async function destroyStore(name: string, seam?: IndexedDbSeam): Promise<void> {
  for (const db of open) {
    if (db.name !== name) continue;
    db.close();
    open.delete(db);
  }
  const doomed = dexie(name, seam);
  await doomed.delete();
  open.delete(doomed);
  await directory(seam).stores.delete(name).catch(() => {});
}

/** Closes every open connection, so deleting the databases is not blocked; returns their names. */
export function closeAllStores(): string[] {
  const names = [...new Set([...open].map((db) => db.name))];
  for (const db of open) db.close();
  open.clear();
  directories.clear();
  return names;
}

export const familyPrefix = (familyId: string): string => `${familyId}:`;
/** The record of the signed-in account; no family id starts with it. */
export const accountKey = 'account';
export const recordKey = (familyId: string, kind: string, id: string): string => `${familyId}:${kind}:${id}`;
export const fileKey = (familyId: string, documentId: string): string => `${familyId}:${documentId}`;
