import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar.ts';
import { latestRequestUntil, requestUntilProblem } from './request.ts';

describe('until when a requested toestemming may hold', () => {
  it.each([
    ['2026-11-24', '2026-11-24', 'voorbij'],
    ['2026-11-24', '2026-11-23', 'voorbij'],
    ['2026-11-24', '2026-11-25', undefined],
    ['2026-11-24', '2027-11-24', undefined],
    ['2026-11-24', '2027-11-25', 'te-ver'],
    ['2028-02-29', '2029-02-28', undefined],
    ['2028-02-29', '2029-03-01', 'te-ver'],
  ])('asked on %s, until %s: %s', (today, until, problem) => {
    expect(requestUntilProblem(until, today)).toBe(problem);
  });

  it('accepts exactly the days after today up to a year later', () => {
    const days = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(days, fc.integer({ min: -400, max: 800 }), (today, offset) => {
        const until = addDays(today, offset);
        const ok = until > today && until <= latestRequestUntil(today);
        expect(requestUntilProblem(until, today) === undefined).toBe(ok);
        // A year is 365 or 366 days, never less, never more.
        const span = (Date.parse(latestRequestUntil(today)) - Date.parse(today)) / 86_400_000;
        expect([365, 366]).toContain(span);
      }),
    );
  });
});
