import { sessionEndMarker } from '../api/client.ts';
import { languageStorageKey } from '../languages.ts';
import { closeAllStores, directoryName, localStores, type IndexedDbSeam } from './store.ts';
import { isShellCache } from './shell-cache.ts';
import { lockAllVaults } from './vault.ts';

/**
 * Removes everything of the member from this device (F1, F3): sign-out, Snel weg, idle timeout and
 * a session the server ended. The key in memory goes first and the deletes start before the
 * first await, so a page that is leaving has already asked the browser to delete the data.
 */

export interface WipeSeam {
  idb?: IndexedDbSeam;
  caches?: CacheStorage;
  storages: Storage[];
}

export interface WipeReport {
  databases: string[];
  caches: string[];
  /** Databases the browser did not confirm deleting in time (another tab kept them open). */
  unconfirmed: string[];
}

export { isShellCache } from './shell-cache.ts';

export function browserWipeSeam(): WipeSeam {
  const storages: Storage[] = [];
  for (const get of [() => globalThis.localStorage, () => globalThis.sessionStorage]) {
    try {
      const storage = get();
      if (storage) storages.push(storage);
    } catch {
      // Storage can be blocked by the browser; then it holds nothing either.
    }
  }
  const idb = globalThis.indexedDB ? { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange } : undefined;
  const caches = globalThis.caches;
  return { storages, ...(idb ? { idb } : {}), ...(caches ? { caches } : {}) };
}

export async function wipeLocalData(seam: WipeSeam = browserWipeSeam(), options: { keepCache?: (name: string) => boolean; timeoutMs?: number } = {}): Promise<WipeReport> {
  const keepCache = options.keepCache ?? isShellCache;
  const timeoutMs = options.timeoutMs ?? 5_000;
  lockAllVaults();
  const openNames = closeAllStores();
  for (const storage of seam.storages) clearKeepingSessionEnd(storage);

  const deleting = new Map<string, Promise<boolean>>();
  const remove = (name: string) => {
    if (seam.idb && !deleting.has(name)) deleting.set(name, deleteDatabase(seam.idb.indexedDB, name, timeoutMs));
  };
  // Known at once: what this page has open. The directory is read (then deleted) next, with the browser's list.
  openNames.filter((name) => name !== directoryName).forEach(remove);
  const cacheNames = seam.caches ? seam.caches.keys() : Promise.resolve([]);

  if (seam.idb) {
    const listed = await localStores(seam.idb).catch(() => []);
    closeAllStores();
    listed.forEach(remove);
    remove(directoryName);
    // Everything of this origin is the app's; databases() is missing in some older browsers.
    const all = await seam.idb.indexedDB.databases?.().catch(() => []);
    for (const db of all ?? []) if (db.name) remove(db.name);
  }
  const doomedCaches = (await cacheNames).filter((name) => !keepCache(name));
  await Promise.all(doomedCaches.map((name) => seam.caches!.delete(name)));

  const names = [...deleting.keys()];
  const confirmed = await Promise.all(deleting.values());
  return { databases: names, caches: doomedCaches, unconfirmed: names.filter((_, i) => !confirmed[i]) };
}

/** Everything goes, except the note that the server still has to end the session: that must outlive the wipe. */
/**
 * What stays on the device: the note that the session still has to end on the server, and the
 * chosen language (no data of the member; someone who cannot read Dutch needs it before signing in).
 */
const keptThroughWipe = [sessionEndMarker, languageStorageKey];

function clearKeepingSessionEnd(storage: Storage): void {
  const kept = keptThroughWipe.map((key) => [key, storage.getItem(key)] as const);
  storage.clear();
  for (const [key, value] of kept) if (value !== null) storage.setItem(key, value);
}

/** Resolves true once deleted; false when another connection blocks it past the timeout (the delete still goes on). */
function deleteDatabase(factory: IDBFactory, name: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => {
      clearTimeout(timer);
      resolve(true);
    };
    request.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
  });
}
