import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A key file of the server: its text, and a warning when others on the machine can read it; undefined when missing. */
export async function readKeyFile(path: string): Promise<{ text: string; warning?: string } | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const { mode } = await stat(path);
  const warning = mode & 0o077 ? `${path} is ook leesbaar voor andere gebruikers van deze computer. Maak het alleen leesbaar voor de server (chmod 600).` : undefined;
  return { text, ...(warning ? { warning } : {}) };
}

/**
 * Makes a key file readable by this user only (0600). 'wx': a file another process made a moment
 * ago is never overwritten; false then, and the caller reads that one.
 */
export async function createKeyFile(path: string, content: string): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, content, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}
