import { getHeapStatistics } from 'node:v8';
import type { CacheStats } from './data/lru-cache.ts';

/**
 * The check of the whole access log at start (log-guard.ts), which runs beside the serving:
 * `bezig` while it runs, `klaar` once done, `niet-hier` in a process that does not check.
 */
export type LogCheckState = 'bezig' | 'klaar' | 'niet-hier';

/** One API process's memory and caches, in MB where memory: what `npm run cli -- status` shows. */
export interface ProcessStatus {
  pid: number;
  memoryMb: { rss: number; heapUsed: number; heapTotal: number; heapLimit: number };
  caches: { snapshots: CacheStats; principals: CacheStats };
  logCheck: LogCheckState;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function processStatus(caches: ProcessStatus['caches'], logCheck: LogCheckState): ProcessStatus {
  const memory = process.memoryUsage();
  return {
    pid: process.pid,
    memoryMb: { rss: mb(memory.rss), heapUsed: mb(memory.heapUsed), heapTotal: mb(memory.heapTotal), heapLimit: mb(getHeapStatistics().heap_size_limit) },
    caches,
    logCheck,
  };
}

const logCheckWords: Record<LogCheckState, string> = {
  bezig: 'De controle van het toegangslog na de start loopt nog.',
  klaar: 'De controle van het toegangslog na de start is klaar.',
  'niet-hier': 'Een ander proces controleert het toegangslog na de start.',
};

/** The status in a few Dutch lines for an administrator. */
export function describeStatus(status: ProcessStatus): string[] {
  const { rss, heapUsed, heapLimit } = status.memoryMb;
  const cache = (name: string, c: CacheStats, unit: (n: number) => string) => {
    const asked = c.hits + c.misses;
    const hitRate = asked ? ` (${Math.round((100 * c.hits) / asked)}% uit het geheugen)` : '';
    return `${name}: ${c.entries.toLocaleString('nl-NL')} bewaard, ${unit(c.cost)} van ${unit(c.maxCost)}; ${c.hits.toLocaleString('nl-NL')} keer gevonden, ${c.misses.toLocaleString('nl-NL')} keer opgehaald${hitRate}, ${c.evictions.toLocaleString('nl-NL')} weggegooid.`;
  };
  return [
    `Proces ${status.pid}: ${rss} MB geheugen in gebruik; JavaScript ${heapUsed} MB van hoogstens ${heapLimit} MB.`,
    cache('Gezinnen in het geheugen', status.caches.snapshots, (n) => `${mb(n)} MB`),
    cache('Accounts in het geheugen', status.caches.principals, (n) => n.toLocaleString('nl-NL')),
    logCheckWords[status.logCheck],
  ];
}
