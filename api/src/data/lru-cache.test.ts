import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache.ts';

describe('LruCache', () => {
  it('drops the least recently used entry first; a read makes an entry recent again', () => {
    const cache = new LruCache<string, number>(3);
    cache.set('a', 1, 1);
    cache.set('b', 2, 1);
    cache.set('c', 3, 1);
    expect(cache.get('a')).toBe(1);
    cache.set('d', 4, 1);
    expect(cache.peek('b')).toBeUndefined();
    expect([cache.peek('a'), cache.peek('c'), cache.peek('d')]).toEqual([1, 3, 4]);
    expect(cache.stats()).toMatchObject({ entries: 3, cost: 3, hits: 1, misses: 0, evictions: 1 });
  });

  it('counts by cost: one big entry pushes out several small ones; one bigger than the room is not kept', () => {
    const cache = new LruCache<string, string>(100);
    for (const key of ['a', 'b', 'c']) cache.set(key, key, 30);
    cache.set('big', 'big', 60);
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('c')).toBe('c');
    cache.set('huge', 'huge', 101);
    expect(cache.peek('huge')).toBeUndefined();
    expect(cache.stats().cost).toBe(90);
  });

  it('a resized entry keeps its place and makes room by dropping others, not itself', () => {
    const cache = new LruCache<string, string>(100);
    cache.set('old', 'old', 10);
    cache.set('new', 'new', 10);
    cache.resize('new', 95);
    expect(cache.peek('old')).toBeUndefined();
    expect(cache.peek('new')).toBe('new');
    cache.resize('new', 200);
    expect(cache.size).toBe(0);
    expect(cache.stats().cost).toBe(0);
  });

  it('never holds more than its room, and its cost is always the sum of what it holds, whatever is done', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), key: fc.integer({ min: 0, max: 20 }), cost: fc.integer({ min: 1, max: 120 }) }),
      fc.record({ kind: fc.constant('resize' as const), key: fc.integer({ min: 0, max: 20 }), cost: fc.integer({ min: 1, max: 120 }) }),
      fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ kind: fc.constant('delete' as const), key: fc.integer({ min: 0, max: 20 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const cache = new LruCache<number, number>(100);
        const costs = new Map<number, number>();
        for (const o of ops) {
          if (o.kind === 'set') cache.set(o.key, o.key, o.cost);
          else if (o.kind === 'resize') cache.resize(o.key, o.cost);
          else if (o.kind === 'get') cache.get(o.key);
          else cache.delete(o.key);
          if (o.kind === 'set' || o.kind === 'resize') costs.set(o.key, o.cost);
          let held = 0;
          for (let key = 0; key <= 20; key += 1) if (cache.peek(key) !== undefined) held += costs.get(key)!;
          expect(cache.stats().cost).toBe(held);
          expect(held).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });
});
