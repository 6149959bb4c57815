import { loadConfig, wholeNumberOf } from './config.ts';

/** The API process's JavaScript heap (old generation) in MB unless API_HEAP_MB says otherwise. */
export const defaultHeapMb = 320;
const smallestHeapMb = 160;

/**
 * The Node.js options an API process starts with. Without a ceiling V8 sizes the heap from the
 * machine's memory (about 4 GB on 24 GB) and collects late: after reading 10,000 families one
 * process held 716 MB, most of it garbage not yet collected; with a ceiling the same live data
 * took 336 MB (issue 12). At 100,000 families, 320 MB with a 128 MB snapshot cache and 20,000
 * accounts held 535 MB; 256 MB with 96 MB of snapshots spent 61% of its CPU collecting garbage
 * once the accounts filled up (about 5 KB each). So: 320 MB, 96 MB of snapshots, 5,000 accounts.
 * The snapshot cache (SNAPSHOT_CACHE_MB) must fit well inside it.
 */
export function apiNodeOptions(env: NodeJS.ProcessEnv = process.env): string[] {
  const heapMb = wholeNumberOf(env.API_HEAP_MB, 'API_HEAP_MB', defaultHeapMb);
  if (heapMb < smallestHeapMb) throw new Error(`API_HEAP_MB moet minstens ${smallestHeapMb} zijn, niet ${heapMb}.`);
  const cacheMb = loadConfig(env).snapshotCacheBytes / 1024 / 1024;
  if (cacheMb > heapMb / 2) throw new Error(`SNAPSHOT_CACHE_MB (${cacheMb}) mag hoogstens de helft van API_HEAP_MB (${heapMb}) zijn: het proces heeft ook ruimte nodig voor het werk zelf.`);
  return [`--max-old-space-size=${heapMb}`];
}

/**
 * The environment an API process starts with, on top of its parent's. glibc gives each thread that
 * allocates at once its own malloc arena (up to 8 per core), and the zlib and brotli work for
 * compressed answers runs on libuv's threads: at 100,000 families the process grew about 1 MB per
 * 2,000 families outside the JS heap, to 518 MB. Two arenas keep that memory in one place to reuse.
 * Read at the process's start, so it must be set before Node runs; a value already set is kept.
 */
export function apiEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return { MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}

// scripts/start.sh asks for the options (or with --env the environment, as NAME=value lines), so
// the shell and the bench start the API the same way.
if (import.meta.main) {
  try {
    if (process.argv.includes('--env')) {
      for (const [name, value] of Object.entries(apiEnvironment())) console.log(`${name}=${value}`);
    } else console.log(apiNodeOptions().join(' '));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
