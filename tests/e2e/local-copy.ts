import { sessionEndMarker } from '../../portal/src/api/client.ts';
import type { Page } from 'playwright-core';

/**
 * Looks at the phone's local copy from the outside, in the page, with the raw IndexedDB and
 * WebCrypto APIs only: no code of the app. `readLocalCopy` decrypts with the app code the way
 * anyone who knows it could; `raw` is every stored byte as text, what someone without the code sees.
 */
export interface LocalCopyDump {
  databases: string[];
  /** Every record, decrypted. */
  records: { key: string; data: unknown }[];
  /** Writes waiting in the outbox, decrypted. */
  outbox: unknown[];
  /** All stored values as text (strings, and bytes read as UTF-8 and Latin-1). */
  raw: string;
}

export function readLocalCopy(page: Page, appCode: string): Promise<LocalCopyDump> {
  return page.evaluate(async (code) => {
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((done, fail) => ((r.onsuccess = () => done(r.result)), (r.onerror = () => fail(r.error))));
    const text: string[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === 'string') text.push(value);
      else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        text.push(new TextDecoder().decode(bytes), new TextDecoder('latin1').decode(bytes));
      } else if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) (text.push(k), visit(v));
    };
    const databases = (await indexedDB.databases()).map((d) => d.name!).filter(Boolean);
    const records: { key: string; data: unknown }[] = [];
    const outbox: unknown[] = [];
    const utf8 = new TextEncoder();
    for (const name of databases) {
      const db = await request(indexedDB.open(name));
      const stores = [...db.objectStoreNames];
      const all = async (store: string) => (stores.includes(store) ? request(db.transaction(store).objectStore(store).getAll()) : []);
      const contents = Object.fromEntries(await Promise.all(stores.map(async (store) => [store, await all(store)] as const)));
      db.close();
      visit(contents);
      const vault = (contents.meta as { name: string; salt: Uint8Array; iterations: number; wrappedKey: ArrayBuffer }[] | undefined)?.find((m) => m.name === 'vault');
      if (!vault) continue;
      const material = await crypto.subtle.importKey('raw', utf8.encode(code), 'PBKDF2', false, ['deriveKey']);
      const kek = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: vault.salt as Uint8Array<ArrayBuffer>, iterations: vault.iterations }, material, { name: 'AES-KW', length: 256 }, false, ['unwrapKey']);
      const key = await crypto.subtle.unwrapKey('raw', vault.wrappedKey, kek, 'AES-KW', 'AES-GCM', false, ['decrypt']);
      const open = async (row: { iv: Uint8Array; ciphertext: ArrayBuffer }, context: string) =>
        JSON.parse(new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: row.iv as Uint8Array<ArrayBuffer>, additionalData: utf8.encode(context) }, key, row.ciphertext))) as unknown;
      for (const row of contents.records as { key: string; iv: Uint8Array; ciphertext: ArrayBuffer }[]) records.push({ key: row.key, data: await open(row, row.key) });
      for (const row of contents.outbox as { clientId: string; iv: Uint8Array; ciphertext: ArrayBuffer }[]) outbox.push(await open(row, `outbox:${row.clientId}`));
    }
    return { databases, records, outbox, raw: text.join('\n') };
  }, appCode);
}

/** What this origin keeps: IndexedDB names and every cached URL per cache. */
export async function storedOnPhone(page: Page): Promise<{ databases: string[]; caches: { name: string; urls: string[] }[]; storage: string[] }> {
  return page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((d) => d.name!).filter(Boolean);
    const caches = await Promise.all(
      (await globalThis.caches.keys()).map(async (name) => ({ name, urls: (await (await globalThis.caches.open(name)).keys()).map((r) => new URL(r.url).pathname) })),
    );
    const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
    return { databases, caches, storage: [...keys(localStorage), ...keys(sessionStorage)] };
  });
}

/**
 * F1 after a wipe: no database, no cache with anything but the app shell (the service worker's
 * precache of built files, never an API answer), and no stored key but the note that the server
 * still has to end the session (set while offline).
 */
export function holdsNoMemberData(stored: Awaited<ReturnType<typeof storedOnPhone>>): boolean {
  const shellOnly = stored.caches.every((c) => c.name.startsWith('workbox-precache') && c.urls.every((url) => !url.startsWith('/api/v1')));
  return stored.databases.length === 0 && shellOnly && stored.storage.every((key) => key === sessionEndMarker);
}
