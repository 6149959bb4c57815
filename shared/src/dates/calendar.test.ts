import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, ageOn, dutchDay, parseDay } from './calendar.ts';

describe('ageOn', () => {
  it.each([
    ['2010-05-10', '2022-05-09', 11],
    ['2010-05-10', '2022-05-10', 12],
    ['2010-05-10', '2026-05-09', 15],
    ['2010-05-10', '2026-05-10', 16],
    ['2008-02-29', '2020-02-28', 11],
    ['2008-02-29', '2020-02-29', 12],
    ['2008-02-29', '2021-02-28', 12],
    ['2012-02-29', '2024-02-28', 11],
    ['2012-02-29', '2024-02-29', 12],
    ['2013-02-28', '2025-02-28', 12],
    ['2012-02-29', '2028-02-28', 15],
    ['2012-02-29', '2027-02-28', 14],
    ['2011-02-28', '2027-03-01', 16],
  ])('born %s, on %s is %i', (born, day, age) => {
    expect(ageOn(born, day)).toBe(age);
  });

  it('born on 29 February turns older on 1 March in a common year', () => {
    expect(ageOn('2012-02-29', '2027-02-28')).toBe(14);
    expect(ageOn('2012-02-29', '2027-03-01')).toBe(15);
  });

  it('grows by exactly one on each birthday and never otherwise', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1930-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 40000 }), (born, offset) => {
        const birth = born.toISOString().slice(0, 10);
        const day = addDays(birth, offset);
        const next = addDays(day, 1);
        const step = ageOn(birth, next) - ageOn(birth, day);
        const nextParts = parseDay(next);
        const birthParts = parseDay(birth);
        const isBirthday =
          (nextParts.month === birthParts.month && nextParts.date === birthParts.date) ||
          (birthParts.month === 2 && birthParts.date === 29 && nextParts.month === 3 && nextParts.date === 1 && !isLeap(nextParts.year));
        expect(step).toBe(isBirthday ? 1 : 0);
      }),
      { numRuns: 1000 },
    );
  });
});

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

describe('dutchDay', () => {
  it('uses the Dutch date, not UTC, around midnight', () => {
    expect(dutchDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(dutchDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(dutchDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});

describe('parseDay', () => {
  it('rejects anything that is not YYYY-MM-DD', () => {
    for (const bad of ['24-11-2026', '2026-1-24', '2026-01-2x', '2026/01/24', ' 2026-01-24', '2026-01-24 ', '２０２６-01-24', '', '2026-01-240']) {
      expect(() => parseDay(bad), bad).toThrow(RangeError);
    }
  });

  it('reads every well-formed day as the numbers it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (year, month, date) => {
        const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
        expect(parseDay(day)).toEqual({ year, month, date });
      }),
    );
  });
});

describe('dutchDay kept for the last moment', () => {
  it('answers each new moment anew, also after asking the same one twice', () => {
    const evening = new Date('2026-12-31T22:59:00Z');
    expect(dutchDay(evening)).toBe('2026-12-31');
    expect(dutchDay(evening)).toBe('2026-12-31');
    expect(dutchDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(dutchDay(evening)).toBe('2026-12-31');
  });
});
