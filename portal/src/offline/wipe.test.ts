import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionEndMarker } from '../api/client.ts';
import { languageStorageKey } from '../languages.ts';
import { applySync } from './sync.ts';
import { closeAllStores, directoryName, localStores } from './store.ts';
import { MemoryStorage, unlockedStore } from './testing.ts';
import { VaultLockedError } from './vault.ts';
import { wipeLocalData, type WipeSeam } from './wipe.ts';

/** Only the part of CacheStorage a wipe uses. */
function memoryCaches(names: string[]): CacheStorage {
  const open = new Set(names);
  return {
    keys: async () => [...open],
    delete: async (name: string) => open.delete(name),
  } as CacheStorage;
}

const seam = (caches: CacheStorage, ...storages: Storage[]): WipeSeam => ({ idb: { indexedDB, IDBKeyRange }, caches, storages });
const databaseNames = async () => (await indexedDB.databases()).map((db) => db.name);

afterEach(() => closeAllStores());

describe('wipe', () => {
  it('deletes every database, the data caches, the app keys and the key in memory', async () => {
    const first = await unlockedStore();
    const second = await unlockedStore();
    await applySync(first.store, first.vault, { familyId: 'f', cursor: 1, day: '2031-03-04', unchanged: false, records: [{ kind: 'plan', id: 'p', data: 'tekst' }], tombstones: [] });
    // Someone else's database on the same origin (a library's), and one not open in this page.
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('workbox-expiration');
      request.onsuccess = () => (request.result.close(), resolve());
    });
    closeAllStores();
    const third = await unlockedStore();
    const local = new MemoryStorage();
    local.setItem('i18nextLng', 'nl');
    const session = new MemoryStorage();
    session.setItem('op-last-family', 'f');
    const caches = memoryCaches(['workbox-precache-v2-https://app/', 'api-responses', 'documents']);
    expect(await databaseNames()).toEqual(expect.arrayContaining([first.store.name, second.store.name, third.store.name, directoryName]));

    const report = await wipeLocalData(seam(caches, local, session));

    expect(await databaseNames()).toEqual([]);
    expect(report.unconfirmed).toEqual([]);
    expect(report.caches.sort()).toEqual(['api-responses', 'documents']);
    expect(await caches.keys()).toEqual(['workbox-precache-v2-https://app/']);
    expect([local.length, session.length]).toEqual([0, 0]);
    for (const { vault } of [first, second, third]) await expect(vault.encrypt('x', 'k')).rejects.toBeInstanceOf(VaultLockedError);
    expect(await localStores()).toEqual([]);
  });

  it('keeps only the note that the server still has to end the session', async () => {
    const local = new MemoryStorage();
    local.setItem('i18nextLng', 'nl');
    local.setItem(sessionEndMarker, '1');
    await wipeLocalData(seam(memoryCaches([]), local));
    expect([local.length, local.getItem(sessionEndMarker)]).toEqual([1, '1']);
  });

  it('keeps the chosen language: someone who cannot read Dutch needs it before signing in again', async () => {
    const local = new MemoryStorage();
    local.setItem('i18nextLng', 'nl');
    local.setItem(languageStorageKey, 'ar');
    await wipeLocalData(seam(memoryCaches([]), local));
    expect([local.length, local.getItem(languageStorageKey)]).toEqual([1, 'ar']);
  });

  it('finds the local copies through its own list when the browser has no indexedDB.databases()', async () => {
    const { store } = await unlockedStore();
    closeAllStores();
    const factory = Object.create(indexedDB) as IDBFactory;
    Object.defineProperty(factory, 'databases', { value: undefined });
    factory.deleteDatabase = (name) => indexedDB.deleteDatabase(name);
    factory.open = (name, version) => indexedDB.open(name, version);
    const report = await wipeLocalData({ idb: { indexedDB: factory, IDBKeyRange }, storages: [] });
    expect(report.databases).toEqual(expect.arrayContaining([store.name, directoryName]));
    expect(await databaseNames()).toEqual([]);
  });
});
