import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { keepOnly, storeNameForAccount } from '../app/local-session.ts';
import { isStoreName } from './names.ts';
import { closeAllStores, openStore, recordKey, storeNameFor } from './store.ts';

afterEach(() => closeAllStores());

const ria = 'account-ria';
const samira = '6f1c2a7e-0000-4000-8000-000000000011';
const henk = '6f1c2a7e-0000-4000-8000-000000000016';
const family = '6f1c2a7e-0000-4000-8000-000000000001';

describe('one local copy per account, and for a helper per member she helps', () => {
  it('names a helper\'s copy for Samira apart from her copy for Henk and from her own account\'s, the same each time', async () => {
    const names = [await storeNameFor(ria), await storeNameFor(ria, samira), await storeNameFor(ria, henk)];
    expect(new Set(names).size).toBe(3);
    expect(await storeNameFor(ria, samira)).toBe(names[1]);
    expect(await storeNameForAccount(ria, henk)).toBe(names[2]);
    for (const name of names) {
      expect(isStoreName(name)).toBe(true);
      // Neutral: the name says nothing about who uses it or for whom.
      expect(name).not.toMatch(/ria|samira|henk|0000/i);
    }
  });

  it("leaves nothing of Samira's copy when the helper opens the copy for Henk, even in the same family", async () => {
    const forSamira = await openStore(await storeNameFor(ria, samira));
    await forSamira.db.records.put({ key: recordKey(family, 'plan', 'v1'), iv: new Uint8Array(12), ciphertext: new ArrayBuffer(8) });
    const henksName = await storeNameForAccount(ria, henk);
    await keepOnly(henksName);
    const forHenk = await openStore(henksName);
    expect(await forHenk.db.records.count()).toBe(0);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(forSamira.name);
  });
});
