import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLogSeal, LogSeal, sealKeyPath } from './log-seal.ts';

let dir: string;
let dataDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onsplan-seal-'));
  dataDir = join(dir, 'pglite');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const keyHex = 'a1'.repeat(32);

describe('the seal key of the access log (REQUIREMENTS D2)', () => {
  it('is made at the first start in the data folder, beside the database, readable by its owner only, and kept', async () => {
    const first = await loadLogSeal({ env: {}, dataDir, create: true });
    expect(first).toMatchObject({ source: 'nieuw bestand', path: join(dir, 'log-seal.key') });
    expect(sealKeyPath(dataDir)).toBe(join(dir, 'log-seal.key'));
    expect((await stat(first!.path!)).mode & 0o777).toBe(0o600);
    const again = await loadLogSeal({ env: {}, dataDir, create: true });
    expect(again).toMatchObject({ source: 'bestand', seal: { keyId: first!.seal.keyId } });
    expect(again!.warning).toBeUndefined();
  });

  it('is never made by a check (the command line): without a key there is none', async () => {
    expect(await loadLogSeal({ env: {}, dataDir, create: false })).toBeUndefined();
  });

  it('comes from LOG_SEAL_KEY first, in hex or base64, and must be at least 32 bytes; the error never shows it', async () => {
    const hex = await loadLogSeal({ env: { LOG_SEAL_KEY: keyHex }, dataDir, create: true });
    const base64 = await loadLogSeal({ env: { LOG_SEAL_KEY: Buffer.from(keyHex, 'hex').toString('base64') }, dataDir, create: true });
    expect(hex!.source).toBe('LOG_SEAL_KEY');
    expect(base64!.seal.keyId).toBe(hex!.seal.keyId);
    const short = 'geheimpje-van-niks';
    const error = await loadLogSeal({ env: { LOG_SEAL_KEY: short }, dataDir, create: true }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/LOG_SEAL_KEY/);
    expect((error as Error).message).not.toContain(short);
  });

  it('warns when others on the machine can read the key file', async () => {
    const made = await loadLogSeal({ env: {}, dataDir, create: true });
    await chmod(made!.path!, 0o644);
    expect((await loadLogSeal({ env: {}, dataDir, create: false }))!.warning).toMatch(/chmod 600/);
  });

  it('never shows the key when printed, logged or serialised, only its id', async () => {
    const made = await loadLogSeal({ env: {}, dataDir, create: true });
    const inFile = (await readFile(made!.path!, 'utf8')).trim();
    const key = Buffer.from(inFile, 'base64');
    for (const shown of [inspect(made), JSON.stringify(made), String(made!.seal), inspect(made!.seal, { showHidden: true, depth: 9 })]) {
      expect(shown).not.toContain(inFile);
      expect(shown).not.toContain(key.toString('hex'));
    }
    expect(JSON.stringify(made!.seal)).toBe(JSON.stringify({ keyId: made!.seal.keyId }));
  });

  it('seals: the same content holds under the same key only', () => {
    const seal = new LogSeal(Buffer.from(keyHex, 'hex'));
    const other = new LogSeal(Buffer.alloc(32, 9));
    const sealed = seal.seal('inhoud');
    expect(seal.holds('inhoud', sealed)).toBe(true);
    expect(seal.holds('inhoud!', sealed)).toBe(false);
    expect(other.holds('inhoud', sealed)).toBe(false);
    expect(seal.holds('inhoud', 'zz')).toBe(false);
    expect(other.keyId).not.toBe(seal.keyId);
  });
});
