import { describe, expect, it } from 'vitest';
import { dutchDayOf, formatDate, formatDateTime, formatTime } from './format.ts';

describe('dates in Dutch time', () => {
  it('writes a calendar day as it is, in either language', () => {
    expect(formatDate('2026-03-12', 'nl')).toBe('12 maart 2026');
    expect(formatDate('2026-03-12', 'en')).toBe('12 March 2026');
  });

  it('reads an instant in the Netherlands: late evening UTC can be the next day', () => {
    expect(formatDate('2026-03-12T23:30:00.000Z', 'nl')).toBe('13 maart 2026');
    expect(formatDateTime('2026-07-01T08:05:00.000Z', 'nl')).toContain('10:05');
    expect(formatTime('2026-01-15T08:05:00.000Z', 'nl')).toBe('09:05');
    expect(dutchDayOf(new Date('2026-06-30T22:30:00.000Z'))).toBe('2026-07-01');
    expect(dutchDayOf(new Date('2026-12-31T22:30:00.000Z'))).toBe('2026-12-31');
  });
});
