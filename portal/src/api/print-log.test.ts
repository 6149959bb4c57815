import { describe, expect, it } from 'vitest';
import { watchPrints } from './print-log.ts';

describe('watchPrints', () => {
  it('tells the server once per print, from the browser print command too, until unwatched', () => {
    const page = new EventTarget();
    let told = 0;
    const unwatch = watchPrints(page, async () => told++);
    page.dispatchEvent(new Event('beforeprint'));
    page.dispatchEvent(new Event('afterprint'));
    page.dispatchEvent(new Event('beforeprint'));
    expect(told).toBe(2);
    unwatch();
    page.dispatchEvent(new Event('beforeprint'));
    expect(told).toBe(2);
  });

  it('never lets a failed call (offline) stop the print or surface as an error', async () => {
    const page = new EventTarget();
    let failed: Promise<unknown> | undefined;
    watchPrints(page, () => (failed = Promise.reject(new Error('offline'))));
    expect(() => page.dispatchEvent(new Event('beforeprint'))).not.toThrow();
    await expect(failed).rejects.toThrow('offline');
  });
});
