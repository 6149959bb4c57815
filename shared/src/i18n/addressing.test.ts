import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ageOn } from '../dates/calendar.ts';
import { addressingOn } from './addressing.ts';

describe('addressing', () => {
  it('says "je" at 17 and "u" from the 18th birthday on', () => {
    expect(addressingOn('2008-06-15', '2026-06-14')).toBe('je');
    expect(addressingOn('2008-06-15', '2026-06-15')).toBe('u');
    expect(addressingOn('2008-06-15', '2026-06-16')).toBe('u');
  });

  it('says "u" when the birth date is unknown', () => {
    expect(addressingOn(null, '2026-11-30')).toBe('u');
  });

  it('turns 18 on 1 March for someone born on 29 February, in a year without one', () => {
    expect(addressingOn('2008-02-29', '2026-02-28')).toBe('je');
    expect(addressingOn('2008-02-29', '2026-03-01')).toBe('u');
  });

  it('once "u", never "je" again; and "je" on every day before the 18th year is full', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1950-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 3_000 }), (birthDate, after, later) => {
        const on = addDays(birthDate, after);
        if (addressingOn(birthDate, on) === 'u') expect(addressingOn(birthDate, addDays(on, later))).toBe('u');
        if (ageOn(birthDate, on) < 18) expect(addressingOn(birthDate, on)).toBe('je');
      }),
    );
  });
});
