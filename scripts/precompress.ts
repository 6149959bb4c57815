import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files worth compressing; images in these formats are compressed already. */
const textFile = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;

/**
 * Writes `name.br` and `name.gz` beside every text file of the build that is over 1 kB and gets
 * smaller, once and at the highest levels, so the server sends a phone the smallest file it accepts
 * without compressing anything per request (@fastify/static `preCompressed`). Returns what it wrote.
 */
export function precompressDir(dir: string): { files: number; bytes: number; brotliBytes: number } {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 };
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const inner = precompressDir(path);
      totals.files += inner.files;
      totals.bytes += inner.bytes;
      totals.brotliBytes += inner.brotliBytes;
      continue;
    }
    // The server fills in index.html per request (portal-page.ts) and compresses that answer itself.
    if (!textFile.test(name) || name === 'index.html') continue;
    const raw = readFileSync(path);
    if (raw.length < 1024) continue;
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    const gz = gzipSync(raw, { level: 9 });
    if (br.length < raw.length) writeFileSync(`${path}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${path}.gz`, gz);
    totals.files += 1;
    totals.bytes += raw.length;
    totals.brotliBytes += Math.min(br.length, raw.length);
  }
  return totals;
}

/** The Vite step: after every other plugin (the service worker is written last), compress the output. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'onsplan-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        precompressDir(outDir);
      },
    },
  };
}
