import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadVapidKeys, vapidKeyPath } from './vapid.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onsplan-vapid-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('the VAPID keys', () => {
  it('are made at the first start in the data folder, readable by the server only, and the same at the next start', async () => {
    const dataDir = join(dir, 'pglite');
    const first = await loadVapidKeys({ env: {}, dataDir });
    expect(first.source).toBe('nieuw bestand');
    expect((await stat(vapidKeyPath(dataDir))).mode & 0o777).toBe(0o600);
    const second = await loadVapidKeys({ env: {}, dataDir });
    expect(second).toMatchObject({ source: 'bestand', keys: first.keys });
    expect(Buffer.from(first.keys.publicKey, 'base64url')).toHaveLength(65);
  });

  it('come from the environment when set (several servers share one pair), both or neither', async () => {
    const made = await loadVapidKeys({ env: {}, dataDir: join(dir, 'a', 'pglite') });
    const env = { VAPID_PUBLIC_KEY: made.keys.publicKey, VAPID_PRIVATE_KEY: made.keys.privateKey };
    expect(await loadVapidKeys({ env, dataDir: join(dir, 'b', 'pglite') })).toEqual({ keys: made.keys, source: 'VAPID_KEYS' });
    await expect(loadVapidKeys({ env: { VAPID_PUBLIC_KEY: made.keys.publicKey }, dataDir: dir })).rejects.toThrow(/allebei/);
  });

  it('say what is wrong with a damaged file or a file others can read, without showing a key', async () => {
    const dataDir = join(dir, 'pglite');
    const made = await loadVapidKeys({ env: {}, dataDir });
    await writeFile(vapidKeyPath(dataDir), JSON.stringify({ ...made.keys, privateKey: 'kort' }));
    const error = await loadVapidKeys({ env: {}, dataDir }).catch((e: Error) => e);
    expect(String(error)).toMatch(/niet geldig/);
    expect(String(error)).not.toContain(made.keys.publicKey);
    await writeFile(vapidKeyPath(dataDir), JSON.stringify(made.keys));
    await chmod(vapidKeyPath(dataDir), 0o644);
    expect((await loadVapidKeys({ env: {}, dataDir })).warning).toMatch(/chmod 600/);
    expect(await readFile(vapidKeyPath(dataDir), 'utf8')).toContain(made.keys.publicKey);
  });
});
