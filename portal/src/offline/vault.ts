import { destroyStore, type OfflineStore, type Sealed, type VaultMeta } from './store.ts';

/**
 * Encryption at rest. A random AES-GCM data key encrypts everything stored; it is wrapped (AES-KW)
 * under a key derived from the member's app code with PBKDF2-SHA-256. Unwrapped, it is
 * non-extractable and lives only in this object's memory. Five wrong codes in a row delete the
 * local copy; the counter is saved before each try, so reloading the page does not reset it.
 */

/** OWASP's floor for PBKDF2-SHA-256 (2023). Stored per device, so a later, higher target re-wraps on unlock. */
export const defaultIterations = 600_000;
export const maxAttempts = 5;
export const minimumCodeLength = 5;

export type CodeProblem = 'te-kort' | 'alleen-cijfers' | 'te-makkelijk';

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'verkeerde-code'; attemptsLeft: number }
  /** The fifth wrong code: the local copy is gone. */
  | { ok: false; reason: 'gewist' }
  /** There is no app code on this device (yet, or any more). */
  | { ok: false; reason: 'geen-code' };

export class VaultLockedError extends Error {
  constructor() {
    super('vault locked');
    this.name = 'VaultLockedError';
  }
}

/** Why an app code cannot be used, or undefined when it is fine. */
export function codeProblem(code: string): CodeProblem | undefined {
  if (!/^\d*$/.test(code)) return 'alleen-cijfers';
  if (code.length < minimumCodeLength) return 'te-kort';
  const digits = [...code].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - digits[i]!));
  // 11111, 12345, 98765: the first codes anyone tries.
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0]!)) return 'te-makkelijk';
  return undefined;
}

const live = new Set<Vault>();

/** Forgets every unwrapped key in this page (part of a wipe). */
export function lockAllVaults(): void {
  for (const vault of live) vault.lock();
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export class Vault {
  readonly store: OfflineStore;
  readonly #targetIterations: number;
  #key: CryptoKey | undefined;

  /** `iterations`: the PBKDF2 count for new wraps; tests lower it, production keeps the default. */
  constructor(store: OfflineStore, options: { iterations?: number } = {}) {
    this.store = store;
    this.#targetIterations = options.iterations ?? defaultIterations;
  }

  get isUnlocked(): boolean {
    return this.#key !== undefined;
  }

  async isSetUp(): Promise<boolean> {
    return (await this.#meta()) !== undefined;
  }

  /** Wrong codes in a row so far. */
  async failedAttempts(): Promise<number> {
    return (await this.#meta())?.failedAttempts ?? 0;
  }

  /** First use on this device: makes the data key and wraps it under the code. Leaves the vault unlocked. */
  async setUp(code: string): Promise<void> {
    assertUsable(code);
    if (await this.isSetUp()) throw new Error('vault already set up: use changeCode');
    const dataKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    this.#use(await this.#wrapAndKeep(dataKey, code, 0));
  }

  async unlock(code: string): Promise<UnlockResult> {
    const attempt = await this.#countAttempt();
    if (attempt.result) return attempt.result;
    const meta = attempt.meta!;
    const upgrade = meta.iterations < this.#targetIterations;
    const key = await unwrap(meta, code, upgrade);
    if (!key) return this.#wrongCode(meta.failedAttempts);
    // A raised target: wrap again now that the code is known, then keep only a non-extractable key.
    this.#use(upgrade ? await this.#wrapAndKeep(key, code, 0) : key);
    await this.store.db.meta.update('vault', (row) => void ((row as VaultMeta).failedAttempts = 0));
    return { ok: true };
  }

  /** Another app code; the old one must be right (a wrong one counts as a failed attempt). */
  async changeCode(oldCode: string, newCode: string): Promise<UnlockResult> {
    assertUsable(newCode);
    const attempt = await this.#countAttempt();
    if (attempt.result) return attempt.result;
    const key = await unwrap(attempt.meta!, oldCode, true);
    if (!key) return this.#wrongCode(attempt.meta!.failedAttempts);
    this.#use(await this.#wrapAndKeep(key, newCode, 0));
    return { ok: true };
  }

  /** Forgets the key; the data stays, sealed, until the code is entered again. */
  lock(): void {
    this.#key = undefined;
    live.delete(this);
  }

  /** Seals a JSON value. `context` (the record's key) is bound as additional data, so records cannot be swapped. */
  async encrypt(value: unknown, context: string): Promise<Sealed> {
    return this.encryptBytes(utf8.encode(JSON.stringify(value)), context);
  }

  async decrypt<T>(sealed: Sealed, context: string): Promise<T> {
    return JSON.parse(fromUtf8.decode(await this.decryptBytes(sealed, context))) as T;
  }

  async encryptBytes(bytes: Uint8Array<ArrayBuffer>, context: string): Promise<Sealed> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ciphertext = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(context) }, this.#unlocked(), bytes);
    return { iv, ciphertext };
  }

  async decryptBytes(sealed: Sealed, context: string): Promise<Uint8Array<ArrayBuffer>> {
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: utf8.encode(context) }, this.#unlocked(), sealed.ciphertext);
    return new Uint8Array(plain);
  }

  #unlocked(): CryptoKey {
    if (!this.#key) throw new VaultLockedError();
    return this.#key;
  }

  #use(key: CryptoKey): void {
    this.#key = key;
    live.add(this);
  }

  async #meta(): Promise<VaultMeta | undefined> {
    return (await this.store.db.meta.get('vault')) as VaultMeta | undefined;
  }

  /** Counts the attempt before trying it: a page closed halfway still counts. */
  async #countAttempt(): Promise<{ meta?: VaultMeta; result?: UnlockResult }> {
    const { db } = this.store;
    const meta = await db.transaction('rw', db.meta, async () => {
      const current = (await db.meta.get('vault')) as VaultMeta | undefined;
      if (!current) return undefined;
      const counted = { ...current, failedAttempts: current.failedAttempts + 1 };
      await db.meta.put(counted);
      return counted;
    });
    if (!meta) return { result: { ok: false, reason: 'geen-code' } };
    // Left at the limit by an earlier page that closed before it could wipe.
    if (meta.failedAttempts > maxAttempts) return { result: await this.#wipe() };
    return { meta };
  }

  async #wrongCode(failed: number): Promise<UnlockResult> {
    if (failed >= maxAttempts) return this.#wipe();
    return { ok: false, reason: 'verkeerde-code', attemptsLeft: maxAttempts - failed };
  }

  async #wipe(): Promise<UnlockResult> {
    this.lock();
    await destroyStore(this.store.name, this.store.seam);
    return { ok: false, reason: 'gewist' };
  }

  /** Wraps `key` under `code` with a new salt, saves it, and returns a non-extractable copy. */
  async #wrapAndKeep(key: CryptoKey, code: string, failedAttempts: number): Promise<CryptoKey> {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iterations = this.#targetIterations;
    const kek = await deriveWrappingKey(code, salt, iterations);
    const wrappedKey = await subtle().wrapKey('raw', key, kek, 'AES-KW');
    const meta: VaultMeta = { name: 'vault', salt, iterations, wrappedKey, failedAttempts };
    await this.store.db.meta.put(meta);
    return subtle().unwrapKey('raw', wrappedKey, kek, 'AES-KW', 'AES-GCM', false, ['encrypt', 'decrypt']);
  }
}

function assertUsable(code: string): void {
  const problem = codeProblem(code);
  if (problem) throw new Error(`app code not usable: ${problem}`);
}

async function deriveWrappingKey(code: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', utf8.encode(code), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-KW', length: 256 }, false, ['wrapKey', 'unwrapKey']);
}

/** The data key, or undefined for a wrong code (AES-KW's integrity check fails). */
async function unwrap(meta: VaultMeta, code: string, extractable: boolean): Promise<CryptoKey | undefined> {
  const kek = await deriveWrappingKey(code, meta.salt, meta.iterations);
  try {
    return await subtle().unwrapKey('raw', meta.wrappedKey, kek, 'AES-KW', 'AES-GCM', extractable, ['encrypt', 'decrypt']);
  } catch {
    return undefined;
  }
}
