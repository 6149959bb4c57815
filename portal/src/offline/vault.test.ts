import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAllStores, localStores, openStore, type VaultMeta } from './store.ts';
import { freshStoreName, rawText, rawValues, testCode, testIterations } from './testing.ts';
import { codeProblem, defaultIterations, lockAllVaults, maxAttempts, Vault, VaultLockedError } from './vault.ts';

const secret = 'Samira gaat elke dinsdag naar de huisarts';

async function setUpVault(name = freshStoreName(), iterations = testIterations) {
  const store = await openStore(name);
  const vault = new Vault(store, { iterations });
  await vault.setUp(testCode);
  return { name, store, vault };
}

/** A new page: close everything and open the same database again, with nothing in memory. */
async function reopen(name: string, iterations = testIterations) {
  closeAllStores();
  const store = await openStore(name);
  return { store, vault: new Vault(store, { iterations }) };
}

const databaseExists = async (name: string) => (await indexedDB.databases()).some((db) => db.name === name);

afterEach(() => {
  vi.restoreAllMocks();
  closeAllStores();
});

describe('vault', () => {
  it('unlocks with the right code after a reload and reads what was sealed before', async () => {
    const { name, vault } = await setUpVault();
    const sealed = await vault.encrypt({ text: secret }, 'k1');
    const again = await reopen(name);
    expect(again.vault.isUnlocked).toBe(false);
    await expect(again.vault.decrypt(sealed, 'k1')).rejects.toBeInstanceOf(VaultLockedError);
    expect(await again.vault.unlock(testCode)).toEqual({ ok: true });
    expect(await again.vault.decrypt(sealed, 'k1')).toEqual({ text: secret });
  });

  it('refuses a wrong code, counts down, and a right code resets the count', async () => {
    const { name } = await setUpVault();
    const { vault } = await reopen(name);
    expect(await vault.unlock('55123')).toEqual({ ok: false, reason: 'verkeerde-code', attemptsLeft: 4 });
    expect(await vault.unlock('55124')).toEqual({ ok: false, reason: 'verkeerde-code', attemptsLeft: 3 });
    expect(vault.isUnlocked).toBe(false);
    expect(await vault.unlock(testCode)).toEqual({ ok: true });
    expect(await vault.failedAttempts()).toBe(0);
  });

  it('wipes the local copy at the fifth wrong code in a row', async () => {
    const { name, store, vault } = await setUpVault();
    await store.db.records.put({ key: 'f:plan:1', ...(await vault.encrypt(secret, 'f:plan:1')) });
    vault.lock();
    for (let i = 1; i < maxAttempts; i++) expect((await vault.unlock('90210')).ok).toBe(false);
    expect(await databaseExists(name)).toBe(true);
    expect(await vault.unlock('90210')).toEqual({ ok: false, reason: 'gewist' });
    expect(await databaseExists(name)).toBe(false);
    expect(await localStores()).not.toContain(name);
  });

  it('keeps counting across reloads, so reloading does not give new tries', async () => {
    const { name } = await setUpVault();
    let { vault } = await reopen(name);
    for (let i = 0; i < 3; i++) await vault.unlock('13579');
    ({ vault } = await reopen(name));
    expect(await vault.failedAttempts()).toBe(3);
    expect(await vault.unlock('13579')).toEqual({ ok: false, reason: 'verkeerde-code', attemptsLeft: 1 });
    ({ vault } = await reopen(name));
    expect(await vault.unlock('13579')).toEqual({ ok: false, reason: 'gewist' });
    expect(await databaseExists(name)).toBe(false);
  });

  it('counts a try before checking it: a page closed during the check still used it up', async () => {
    const { name, store } = await setUpVault();
    await store.db.meta.update('vault', (row) => void ((row as VaultMeta).failedAttempts = maxAttempts));
    const { vault } = await reopen(name);
    // Even the right code: the limit was reached on a page that closed before it could wipe.
    expect(await vault.unlock(testCode)).toEqual({ ok: false, reason: 'gewist' });
    expect(await databaseExists(name)).toBe(false);
  });

  it('stores no readable text: the ciphertext does not contain the plain text, and each sealing differs', async () => {
    const { name, store, vault } = await setUpVault();
    const one = await vault.encrypt({ text: secret }, 'f:plan:1');
    const two = await vault.encrypt({ text: secret }, 'f:plan:1');
    expect(one.iv).toHaveLength(12);
    expect(Buffer.from(one.iv).equals(Buffer.from(two.iv))).toBe(false);
    expect(Buffer.from(one.ciphertext).equals(Buffer.from(two.ciphertext))).toBe(false);
    await store.db.records.bulkPut([{ key: 'f:plan:1', ...one }]);
    const dump = rawText(await rawValues(name));
    expect(dump).toContain('f:plan:1');
    expect(dump).not.toContain('dinsdag');
    expect(dump).not.toContain(testCode);
  });

  it('binds a sealed value to its key: moved to another key it does not open', async () => {
    const { vault } = await setUpVault();
    const sealed = await vault.encrypt(secret, 'f:plan:1');
    await expect(vault.decrypt(sealed, 'f:plan:2')).rejects.toThrow();
  });

  it('keeps only a non-extractable key in memory', async () => {
    const unwrap = vi.spyOn(crypto.subtle, 'unwrapKey');
    const { name } = await setUpVault();
    const { vault } = await reopen(name);
    await vault.unlock(testCode);
    const keys = await Promise.all(unwrap.mock.results.map((r) => r.value as Promise<CryptoKey>));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => !key.extractable)).toBe(true);
  });

  it('stores the iteration count and wraps again with a higher one at the next unlock', async () => {
    expect(defaultIterations).toBeGreaterThanOrEqual(600_000);
    const { name, store, vault } = await setUpVault();
    const sealed = await vault.encrypt(secret, 'k');
    const before = (await store.db.meta.get('vault')) as VaultMeta;
    expect(before.iterations).toBe(testIterations);
    expect(before.salt).toHaveLength(16);
    const raised = await reopen(name, testIterations * 2);
    expect(await raised.vault.unlock(testCode)).toEqual({ ok: true });
    const after = (await raised.store.db.meta.get('vault')) as VaultMeta;
    expect(after.iterations).toBe(testIterations * 2);
    expect(Buffer.from(after.salt).equals(Buffer.from(before.salt))).toBe(false);
    const later = await reopen(name, testIterations * 2);
    expect(await later.vault.unlock(testCode)).toEqual({ ok: true });
    expect(await later.vault.decrypt(sealed, 'k')).toBe(secret);
  });

  it('uses the OWASP count by default', async () => {
    const store = await openStore(freshStoreName());
    await new Vault(store).setUp(testCode);
    expect(((await store.db.meta.get('vault')) as VaultMeta).iterations).toBe(defaultIterations);
  });

  it('changes the code only with the right old one', async () => {
    const { name, vault } = await setUpVault();
    const sealed = await vault.encrypt(secret, 'k');
    expect(await vault.changeCode('11223', '80642')).toEqual({ ok: false, reason: 'verkeerde-code', attemptsLeft: 4 });
    expect(await vault.changeCode(testCode, '80642')).toEqual({ ok: true });
    const { vault: next } = await reopen(name);
    expect((await next.unlock(testCode)).ok).toBe(false);
    expect(await next.unlock('80642')).toEqual({ ok: true });
    expect(await next.decrypt(sealed, 'k')).toBe(secret);
  });

  it('answers geen-code on a device without an app code, and refuses to set one up twice', async () => {
    const store = await openStore(freshStoreName());
    const vault = new Vault(store, { iterations: testIterations });
    expect(await vault.unlock(testCode)).toEqual({ ok: false, reason: 'geen-code' });
    await vault.setUp(testCode);
    await expect(vault.setUp('80642')).rejects.toThrow();
  });

  it('forgets every key in the page on lockAllVaults', async () => {
    const { vault } = await setUpVault();
    lockAllVaults();
    await expect(vault.encrypt(secret, 'k')).rejects.toBeInstanceOf(VaultLockedError);
  });
});

describe('app code rules', () => {
  it('refuses short, non-digit and obvious codes', () => {
    expect(codeProblem('1234')).toBe('te-kort');
    expect(codeProblem('12a45')).toBe('alleen-cijfers');
    expect(codeProblem('11111')).toBe('te-makkelijk');
    expect(codeProblem('12345')).toBe('te-makkelijk');
    expect(codeProblem('987654')).toBe('te-makkelijk');
    expect(codeProblem('40719')).toBeUndefined();
  });

  it('accepts any code of five or more digits that is not one repeated digit or a straight run', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 5, maxLength: 12 }), (digits) => {
        const steps = new Set(digits.slice(1).map((d, i) => d - digits[i]!));
        const obvious = steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
        expect(codeProblem(digits.join(''))).toBe(obvious ? 'te-makkelijk' : undefined);
      }),
    );
    fc.assert(fc.property(fc.stringMatching(/^\d{0,4}$/), (code) => {
      expect(codeProblem(code)).toBe('te-kort');
    }));;
    fc.assert(fc.property(fc.string({ minLength: 1 }).filter((s) => /\D/.test(s)), (code) => {
      expect(codeProblem(code)).toBe('alleen-cijfers');
    }));;
  });
});
