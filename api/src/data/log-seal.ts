import { createHash, createHmac, createSecretKey, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { createKeyFile, readKeyFile } from '../files/key-file.ts';
import { inspect } from 'node:util';

const minKeyBytes = 32;

/**
 * Seals checkpoints of the access log with an HMAC key that the database never holds, so someone
 * who can rewrite the log table (and re-hash the chain) cannot make a matching checkpoint. The key
 * never leaves this object: printing, logging or serialising it shows only the key id.
 */
export class LogSeal {
  /** A short fingerprint of the key, stored with each checkpoint so a changed key is named as such. */
  readonly keyId: string;
  readonly #key: KeyObject;

  constructor(key: Buffer) {
    if (key.length < minKeyBytes) throw new Error(`De zegelsleutel van het toegangslog moet minstens ${minKeyBytes} bytes zijn.`);
    this.#key = createSecretKey(key);
    this.keyId = createHash('sha256').update('ons-plan log seal key id\n').update(key).digest('hex').slice(0, 16);
  }

  seal(content: string): string {
    return createHmac('sha256', this.#key).update(content).digest('hex');
  }

  /** Whether `seal` is this key's seal of `content` (compared in constant time). */
  holds(content: string, seal: string): boolean {
    const expected = Buffer.from(this.seal(content), 'hex');
    const given = Buffer.from(seal, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  toJSON(): { keyId: string } {
    return { keyId: this.keyId };
  }

  [inspect.custom](): string {
    return `LogSeal { keyId: '${this.keyId}' }`;
  }
}

/** The key file: in the data folder, beside the embedded database's own folder, not inside it. */
export function sealKeyPath(dataDir: string): string {
  return join(dataDir, '..', 'log-seal.key');
}

export interface LoadedSeal {
  seal: LogSeal;
  /** Where the key came from, for the start-up message (never the key itself). */
  source: 'LOG_SEAL_KEY' | 'bestand' | 'nieuw bestand';
  path?: string;
  /** Something an operator should fix, e.g. a key file others can read. */
  warning?: string;
}

/**
 * The seal key: `LOG_SEAL_KEY` (64 hex characters, or base64 of at least 32 bytes), else the key
 * file. With `create`, a missing key file is made with 32 random bytes, readable by this user only
 * (0600); the server does that at its first start, the command line never does.
 */
export async function loadLogSeal(options: { env: NodeJS.ProcessEnv; dataDir: string; create: boolean }): Promise<LoadedSeal | undefined> {
  const fromEnv = options.env.LOG_SEAL_KEY?.trim();
  if (fromEnv) return { seal: new LogSeal(decodeKey(fromEnv, 'LOG_SEAL_KEY')), source: 'LOG_SEAL_KEY' };
  const path = sealKeyPath(options.dataDir);
  const existing = await sealOfFile(path);
  if (existing) return { ...existing, path };
  if (!options.create) return undefined;
  const made = await createKeyFile(path, `${randomBytes(minKeyBytes).toString('base64')}\n`);
  const read = await sealOfFile(path);
  if (!read) throw new Error(`Het sleutelbestand ${path} kon niet worden gelezen.`);
  return made ? { seal: read.seal, source: 'nieuw bestand', path } : { ...read, path };
}

async function sealOfFile(path: string): Promise<Omit<LoadedSeal, 'path'> | undefined> {
  const file = await readKeyFile(path);
  if (!file) return undefined;
  return { seal: new LogSeal(decodeKey(file.text.trim(), path)), source: 'bestand', ...(file.warning ? { warning: file.warning } : {}) };
}

/** Hex or base64; the message names where the key came from, never its value. */
function decodeKey(text: string, from: string): Buffer {
  const key = /^[0-9a-fA-F]+$/.test(text) && text.length % 2 === 0 ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length < minKeyBytes) throw new Error(`${from}: de zegelsleutel moet minstens ${minKeyBytes} bytes zijn (64 hex-tekens, of base64).`);
  return key;
}
