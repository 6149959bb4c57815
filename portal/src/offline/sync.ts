import type { SyncResponse } from '@onsplan/shared';
import { sealRecord } from './local-copy.ts';
import { familyPrefix, fileKey, recordKey, type FamilySyncMeta, type OfflineStore } from './store.ts';
import type { Vault } from './vault.ts';

/**
 * Brings the local copy of one family in line with the member's view on the server. The server
 * sends the whole filtered view whenever anything changed, so the device replaces everything it
 * has of that family: what the member may no longer see (a narrowed audience, an ended
 * delegation) is gone after the next sync.
 */

/** The network seam: GET the sync answer for a family since a cursor (undefined: never synced) and the day of that cursor. */
export type FetchSync = (familyId: string, since: number | undefined, day?: string) => Promise<SyncResponse>;

export interface SyncState {
  cursor: number;
  day: string;
  lastSyncedAt: string;
}

export interface SyncOutcome {
  unchanged: boolean;
  /** Records stored now. */
  stored: number;
  /** Records and kept files that were on the device and are not any more. */
  removed: number;
  cursor: number;
}

const metaName = (familyId: string): FamilySyncMeta['name'] => `family:${familyId}`;

export async function syncState(store: OfflineStore, familyId: string): Promise<SyncState | undefined> {
  const meta = (await store.db.meta.get(metaName(familyId))) as FamilySyncMeta | undefined;
  return meta ? { cursor: meta.cursor, day: meta.day, lastSyncedAt: meta.lastSyncedAt } : undefined;
}

/** The most recent sync of any family on this device (for "laatst bijgewerkt"). */
export async function lastSyncedAt(store: OfflineStore): Promise<string | undefined> {
  const rows = await store.db.meta.where('name').startsWith('family:').toArray();
  return rows.map((row) => (row as FamilySyncMeta).lastSyncedAt).sort().at(-1);
}

/** Stores one sync answer. Everything of the family changes in one transaction: a crash leaves the old copy or the new one. */
export async function applySync(store: OfflineStore, vault: Vault, response: SyncResponse, now: Date = new Date()): Promise<SyncOutcome> {
  const { db } = store;
  const { familyId } = response;
  const meta: FamilySyncMeta = { name: metaName(familyId), familyId, cursor: response.cursor, day: response.day, lastSyncedAt: now.toISOString() };
  if (response.unchanged) {
    await db.meta.put(meta);
    return { unchanged: true, stored: 0, removed: 0, cursor: response.cursor };
  }
  // Seal first: awaiting WebCrypto inside an IndexedDB transaction would let it commit early.
  const sealed = await Promise.all(response.records.map((record, position) => sealRecord(vault, familyId, record, position)));
  const inView = new Set(sealed.map((row) => row.key));
  const documentsInView = new Set(response.records.filter((r) => r.kind === 'document').map((r) => fileKey(familyId, r.id)));
  const tombstoned = response.tombstones.filter((t) => t.kind !== 'onbekend').map((t) => recordKey(familyId, t.kind, t.id));
  const tombstonedIds = new Set(response.tombstones.filter((t) => t.kind === 'onbekend').map((t) => t.id));

  const removed = await db.transaction('rw', db.records, db.files, db.meta, async () => {
    const prefix = familyPrefix(familyId);
    const before = (await db.records.where('key').startsWith(prefix).primaryKeys()) as string[];
    const files = (await db.files.where('key').startsWith(prefix).primaryKeys()) as string[];
    const doomedFiles = files.filter((key) => !documentsInView.has(key));
    await db.records.bulkDelete(before);
    await db.files.bulkDelete(doomedFiles);
    await db.records.bulkPut(sealed);
    // The view wins over a tombstone that names the same object.
    const unknownKind = before.filter((key) => tombstonedIds.has(key.slice(key.lastIndexOf(':') + 1)));
    await db.records.bulkDelete([...tombstoned, ...unknownKind].filter((key) => !inView.has(key)));
    await db.meta.put(meta);
    return before.filter((key) => !inView.has(key)).length + doomedFiles.length;
  });
  return { unchanged: false, stored: sealed.length, removed, cursor: response.cursor };
}

/** Asks the server what changed since the saved cursor and stores it. A family the member can no longer open is removed. */
export async function syncFamily(store: OfflineStore, vault: Vault, familyId: string, fetchSync: FetchSync, now: Date = new Date()): Promise<SyncOutcome> {
  let response: SyncResponse;
  try {
    const state = await syncState(store, familyId);
    response = await fetchSync(familyId, state?.cursor, state?.day);
  } catch (error) {
    // Unknown and hidden answer the same: either way nothing of this family may stay.
    if (problemCode(error) === 'niet-gevonden') return { unchanged: false, stored: 0, removed: await forgetFamily(store, familyId), cursor: 0 };
    throw error;
  }
  if (response.familyId !== familyId) throw new Error(`sync answered for another family: ${response.familyId}`);
  return applySync(store, vault, response, now);
}

/** Deletes everything of one family from the device; returns how many records and files went. */
export async function forgetFamily(store: OfflineStore, familyId: string): Promise<number> {
  const { db } = store;
  const prefix = familyPrefix(familyId);
  return db.transaction('rw', db.records, db.files, db.meta, async () => {
    const records = await db.records.where('key').startsWith(prefix).delete();
    const files = await db.files.where('key').startsWith(prefix).delete();
    await db.meta.delete(metaName(familyId));
    return records + files;
  });
}

function problemCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;
}
