import { describe, expect, it } from 'vitest';
import { describeStatus, processStatus } from './process-status.ts';

const cache = (hits: number, misses: number) => ({ entries: 3, cost: 3 * 1024 * 1024, maxCost: 128 * 1024 * 1024, hits, misses, evictions: 1 });

describe('process status', () => {
  it('reads this process', () => {
    const status = processStatus({ snapshots: cache(0, 0), principals: cache(0, 0) }, 'bezig');
    expect(status.logCheck).toBe('bezig');
    expect(status.pid).toBe(process.pid);
    expect(status.memoryMb.rss).toBeGreaterThanOrEqual(status.memoryMb.heapUsed);
  });

  it('says in Dutch how often a cache had what was asked', () => {
    const lines = describeStatus({ pid: 7, memoryMb: { rss: 300, heapUsed: 150, heapTotal: 200, heapLimit: 352 }, caches: { snapshots: cache(3, 1), principals: { ...cache(0, 0), cost: 3, maxCost: 20_000 } }, logCheck: 'klaar' });
    expect(lines).toEqual([
      'Proces 7: 300 MB geheugen in gebruik; JavaScript 150 MB van hoogstens 352 MB.',
      'Gezinnen in het geheugen: 3 bewaard, 3 MB van 128 MB; 3 keer gevonden, 1 keer opgehaald (75% uit het geheugen), 1 weggegooid.',
      'Accounts in het geheugen: 3 bewaard, 3 van 20.000; 0 keer gevonden, 0 keer opgehaald, 1 weggegooid.',
      'De controle van het toegangslog na de start is klaar.',
    ]);
  });
});
