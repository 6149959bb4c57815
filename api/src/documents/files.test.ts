import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentFiles } from './files.ts';

let dir: string;
let files: DocumentFiles;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onsplan-files-'));
  files = new DocumentFiles({ documentsDir: dir, documentMaxBytes: 1024, documentFamilyQuotaBytes: 4096 });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const hourAgo = () => new Date(Date.now() - 60 * 60_000);

async function fileAged(name: string, ageMs: number): Promise<void> {
  const path = join(dir, name);
  await writeFile(path, 'x');
  const at = new Date(Date.now() - ageMs);
  await utimes(path, at, at);
}

describe('removing files that no document names', () => {
  it('removes old files without a row and old half-written parts; keeps named files, new files and anything not ours', async () => {
    const [named, orphan, fresh, part] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await fileAged(named, 3 * 60 * 60_000);
    await fileAged(orphan, 3 * 60 * 60_000);
    await fileAged(fresh, 60_000);
    await fileAged(`${part}.part`, 3 * 60 * 60_000);
    await fileAged('notitie.txt', 3 * 60 * 60_000);

    const removed = await files.removeUnreferenced(new Set([named]), hourAgo());

    expect(removed.sort()).toEqual([orphan, `${part}.part`].sort());
    expect((await readdir(dir)).sort()).toEqual([named, fresh, 'notitie.txt'].sort());
  });

  it('a saved file with its row stays; without a folder there is nothing to do', async () => {
    const key = await files.save(new Uint8Array([1, 2, 3]));
    expect(await files.removeUnreferenced(new Set([key]), new Date(Date.now() + 60_000))).toEqual([]);
    await rm(dir, { recursive: true });
    expect(await files.removeUnreferenced(new Set(), new Date())).toEqual([]);
  });
});
