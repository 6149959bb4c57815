import type { SyncRecord, SyncRecordKind } from '@onsplan/shared';
import { accountKey, familyPrefix, fileKey, recordKey, type OfflineStore, type StoredRecord } from './store.ts';
import type { Vault } from './vault.ts';

/** Reading the local copy: what the screens show without a network. */

/** Seals a record of the member's view for storing; `position` is its place in the server's answer. */
export async function sealRecord(vault: Vault, familyId: string, record: SyncRecord, position?: number): Promise<StoredRecord> {
  const key = recordKey(familyId, record.kind, record.id);
  return { key, ...(position === undefined ? {} : { position }), ...(await vault.encrypt(record.data, key)) };
}

/** One object as the API returned it, or undefined when it is not on this device. */
export async function readRecord<T>(store: OfflineStore, vault: Vault, familyId: string, kind: SyncRecordKind, id: string): Promise<T | undefined> {
  const key = recordKey(familyId, kind, id);
  const stored = await store.db.records.get(key);
  return stored ? vault.decrypt<T>(stored, key) : undefined;
}

/** Every object of a family on this device, optionally of one kind, in the order the server sent them. */
export async function readRecords(store: OfflineStore, vault: Vault, familyId: string, kind?: SyncRecordKind): Promise<SyncRecord[]> {
  const prefix = kind ? recordKey(familyId, kind, '') : familyPrefix(familyId);
  const stored = await store.db.records.where('key').startsWith(prefix).toArray();
  stored.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  return Promise.all(
    stored.map(async (row) => {
      const [, recordKind, id] = row.key.split(':') as [string, SyncRecordKind, string];
      return { kind: recordKind, id, data: await vault.decrypt<unknown>(row, row.key) };
    }),
  );
}

/** Keeps a document's contents on this phone ("bewaar op deze telefoon"), sealed. */
export async function keepFile(store: OfflineStore, vault: Vault, familyId: string, documentId: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const key = fileKey(familyId, documentId);
  await store.db.files.put({ key, ...(await vault.encryptBytes(bytes, key)) });
}

export async function readFile(store: OfflineStore, vault: Vault, familyId: string, documentId: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const key = fileKey(familyId, documentId);
  const stored = await store.db.files.get(key);
  return stored ? vault.decryptBytes(stored, key) : undefined;
}

export async function forgetFile(store: OfflineStore, familyId: string, documentId: string): Promise<void> {
  await store.db.files.delete(fileKey(familyId, documentId));
}

/** The signed-in account ("wie ben ik"), kept for opening the app without a network. */
export async function keepAccount(store: OfflineStore, vault: Vault, me: unknown): Promise<void> {
  await store.db.records.put({ key: accountKey, ...(await vault.encrypt(me, accountKey)) });
}

export async function readAccount<T>(store: OfflineStore, vault: Vault): Promise<T | undefined> {
  const stored = await store.db.records.get(accountKey);
  return stored ? vault.decrypt<T>(stored, accountKey) : undefined;
}
