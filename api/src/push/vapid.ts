import webpush from 'web-push';
import { join } from 'node:path';
import { createKeyFile, readKeyFile } from '../files/key-file.ts';

/** The server's VAPID key pair: push services accept a notice only when it is signed with it. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export interface LoadedVapid {
  keys: VapidKeys;
  source: 'VAPID_KEYS' | 'bestand' | 'nieuw bestand';
  path?: string;
  warning?: string;
}

/** Beside the embedded database's own folder, not inside it (as the log seal key). */
export function vapidKeyPath(dataDir: string): string {
  return join(dataDir, '..', 'vapid.json');
}

/**
 * VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when set (several servers must share one pair: a browser's
 * subscription is bound to the public key), else the key file, made at the first start with a new
 * pair, readable by this user only.
 */
export async function loadVapidKeys(options: { env: NodeJS.ProcessEnv; dataDir: string }): Promise<LoadedVapid> {
  const publicKey = options.env.VAPID_PUBLIC_KEY?.trim();
  const privateKey = options.env.VAPID_PRIVATE_KEY?.trim();
  if (publicKey || privateKey) {
    if (!publicKey || !privateKey) throw new Error('Zet VAPID_PUBLIC_KEY en VAPID_PRIVATE_KEY allebei, of geen van beide.');
    return { keys: checked({ publicKey, privateKey }, 'VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY'), source: 'VAPID_KEYS' };
  }
  const path = vapidKeyPath(options.dataDir);
  const existing = await keysOfFile(path);
  if (existing) return { ...existing, path };
  const made = await createKeyFile(path, `${JSON.stringify(webpush.generateVAPIDKeys())}\n`);
  const read = await keysOfFile(path);
  if (!read) throw new Error(`Het sleutelbestand ${path} kon niet worden gelezen.`);
  return { ...read, source: made ? 'nieuw bestand' : 'bestand', path };
}

async function keysOfFile(path: string): Promise<Omit<LoadedVapid, 'path'> | undefined> {
  const file = await readKeyFile(path);
  if (!file) return undefined;
  let parsed: Partial<VapidKeys>;
  try {
    parsed = JSON.parse(file.text) as Partial<VapidKeys>;
  } catch {
    throw new Error(`${path} is geen geldig sleutelbestand. Verwijder het; de server maakt dan een nieuw paar (telefoons moeten meldingen dan opnieuw aanzetten).`);
  }
  const keys = checked({ publicKey: String(parsed.publicKey ?? ''), privateKey: String(parsed.privateKey ?? '') }, path);
  return { keys, source: 'bestand', ...(file.warning ? { warning: file.warning } : {}) };
}

/** A P-256 public key is 65 bytes, the private key 32 (RFC 8292); the message never shows a key. */
function checked(keys: VapidKeys, from: string): VapidKeys {
  const bytes = (value: string) => (/^[A-Za-z0-9_-]+$/.test(value) ? Buffer.from(value, 'base64url').length : -1);
  if (bytes(keys.publicKey) !== 65 || bytes(keys.privateKey) !== 32) throw new Error(`De VAPID-sleutels in ${from} zijn niet geldig (base64url, 65 en 32 bytes).`);
  return keys;
}
