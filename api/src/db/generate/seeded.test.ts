import { describe, expect, it } from 'vitest';
import { Seeded } from './seeded.ts';

describe('Seeded', () => {
  it('gives the same stream for the same seed and key, and another for another key', () => {
    const draw = (key: string) => Array.from({ length: 5 }, ((r) => () => r.uuid())(new Seeded('s', key)));
    expect(draw('family:1')).toEqual(draw('family:1'));
    expect(draw('family:1')).not.toEqual(draw('family:2'));
  });

  it('gives 20,000 families streams that do not overlap (ids among their first draws never repeat)', () => {
    const seen = new Set<string>();
    for (let family = 0; family < 20_000; family++) {
      const r = new Seeded('ons-plan', `family:${family}`);
      // Two draws make a 64-bit key: by chance alone a repeat among a million is one in ten million.
      for (let n = 0; n < 50; n++) seen.add(`${r.next()},${r.next()}`);
    }
    expect(seen.size).toBe(1_000_000);
  }, 30_000);

  it('makes version 4 shaped uuids and numbers in [0, 1)', () => {
    const r = new Seeded('s', 'k');
    for (let n = 0; n < 1000; n++) {
      expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
