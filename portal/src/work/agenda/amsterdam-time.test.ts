import { describe, expect, it } from 'vitest';
import { amsterdamInstant } from './amsterdam-time.ts';

describe('amsterdamInstant', () => {
  it('reads a typed time as Dutch time, winter and summer', () => {
    expect(amsterdamInstant('2026-12-01', '10:00')).toBe('2026-12-01T09:00:00.000Z');
    expect(amsterdamInstant('2026-07-01', '10:00')).toBe('2026-07-01T08:00:00.000Z');
  });

  it('is right on the day summer time starts and ends', () => {
    expect(amsterdamInstant('2026-03-29', '12:00')).toBe('2026-03-29T10:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', '12:00')).toBe('2026-10-25T11:00:00.000Z');
  });

  it('gives nothing for a missing or malformed day or time', () => {
    expect(amsterdamInstant('', '10:00')).toBeUndefined();
    expect(amsterdamInstant('2026-12-01', '')).toBeUndefined();
    expect(amsterdamInstant('1-12-2026', '10:00')).toBeUndefined();
  });
});
