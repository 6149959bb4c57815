import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';
import { AppError } from '../http/problems.ts';

const storageKeyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Where uploaded files live: one folder outside any web root, each file under a random name the server
 * made (REQUIREMENTS C5). A user's file name never reaches a path.
 */
export class DocumentFiles {
  readonly dir: string;
  readonly maxBytes: number;
  readonly familyQuotaBytes: number;
  readonly memberQuotaBytes: number;

  constructor(config: Pick<Config, 'documentsDir' | 'documentMaxBytes' | 'documentFamilyQuotaBytes' | 'documentMemberQuotaBytes'>) {
    this.dir = resolve(config.documentsDir);
    this.maxBytes = config.documentMaxBytes;
    this.familyQuotaBytes = config.documentFamilyQuotaBytes;
    this.memberQuotaBytes = config.documentMemberQuotaBytes;
  }

  /**
   * Reads an upload into memory, stopping as soon as it passes the limit, so an oversize file is never
   * written anywhere. The limit is small enough (a phone photo or a letter) to hold in memory.
   */
  async receive(body: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += chunk.length;
      if (size > this.maxBytes) throw this.tooLarge();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks, size);
  }

  tooLarge(): AppError {
    const mb = this.maxBytes / (1024 * 1024);
    const limit = mb >= 1 ? `${Math.floor(mb)} MB` : `${Math.floor(this.maxBytes / 1024)} kB`;
    return new AppError('te-groot', { detail: `Een bestand mag niet groter zijn dan ${limit}.` });
  }

  /**
   * A member's share is full for this file (B1, with the numbers): how much room is left and how to
   * make room. `forName` is the member a helper acts for.
   */
  shareFull(leftBytes: number, fileBytes: number, forName?: string): AppError {
    const left = forName ? `Voor bestanden van ${forName} is nog ${sizeText(leftBytes)} ruimte.` : `U heeft nog ${sizeText(leftBytes)} ruimte voor bestanden.`;
    const how = 'Haal eerst een oud bestand weg. Dat doet u bij Foto\'s en bestanden, met de knop Verwijderen.';
    return new AppError('eigen-opslag-vol', { detail: `${left} Dit bestand is ${sizeText(fileBytes)}. ${how}` });
  }

  /** Stores the bytes under a new random key; the file appears whole or not at all. */
  async save(bytes: Uint8Array): Promise<string> {
    const key = randomUUID();
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const part = `${this.#path(key)}.part`;
    try {
      await writeFile(part, bytes, { mode: 0o600, flag: 'wx' });
      await rename(part, this.#path(key));
    } catch (error) {
      await rm(part, { force: true });
      throw error;
    }
    return key;
  }

  open(key: string): ReadStream {
    return createReadStream(this.#path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }

  #path(key: string): string {
    // Keys come from our own database, but a path is built only from a key that looks like ours.
    if (!storageKeyPattern.test(key)) throw new Error('not a storage key');
    return join(this.dir, key);
  }
}

/** A size as people read it: "1,2 MB", "340 kB", "0 kB". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
  return `${Math.round(Math.max(0, bytes) / 1024).toLocaleString('nl-NL')} kB`;
}
