import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type Day } from '../dates/calendar.ts';
import { addMonths, byUrgency, checkExtension, daysBetween, deadlineOn, destroyBy, effectiveDueOn, extendedDueOn, firstDueOn, type DeadlineFacts } from './deadlines.ts';

const runs = { numRuns: 1000 };

/** Any calendar day from 1990 to 2100, month ends and leap days included. */
const dayArb = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const received = (receivedOn: Day): DeadlineFacts => ({ receivedOn, dueOn: firstDueOn(receivedOn), extendedDueOn: null });

describe('first due date (A1: one month from the day after receipt)', () => {
  it.each([
    ['2026-01-15', '2026-02-15'],
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2028-01-30', '2028-02-29'],
    ['2028-02-29', '2028-03-29'],
    ['2026-03-31', '2026-04-30'],
    ['2026-05-31', '2026-06-30'],
    ['2026-08-31', '2026-09-30'],
    ['2026-10-31', '2026-11-30'],
    ['2026-12-31', '2027-01-31'],
    ['2026-12-15', '2027-01-15'],
    ['2026-11-24', '2026-12-24'],
  ])('received %s → due %s', (receivedOn, due) => {
    expect(firstDueOn(receivedOn)).toBe(due);
  });

  it('is always after receipt, 28 to 31 days later, and never in the same month', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const due = firstDueOn(day);
        expect(due > day).toBe(true);
        expect(daysBetween(day, due)).toBeGreaterThanOrEqual(28);
        expect(daysBetween(day, due)).toBeLessThanOrEqual(31);
        expect(due.slice(0, 7)).not.toBe(day.slice(0, 7));
      }),
      runs,
    );
  });

  it('keeps the date when the next month has it, else takes that month’s last day', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const due = firstDueOn(day);
        if (due.slice(8) !== day.slice(8)) {
          expect(Number(due.slice(8))).toBeLessThan(Number(day.slice(8)));
          expect(addDays(due, 1).slice(8)).toBe('01');
        }
      }),
      runs,
    );
  });
});

describe('the one extension (A1: two further months, announced within the first month)', () => {
  it.each([
    // received, today, expected
    ['2026-01-31', '2026-02-10', { ok: true, extendedDueOn: '2026-04-28' }],
    ['2026-01-31', '2026-02-28', { ok: true, extendedDueOn: '2026-04-28' }],
    ['2026-01-31', '2026-03-01', { ok: false, why: 'te-laat' }],
    ['2026-11-24', '2026-11-24', { ok: true, extendedDueOn: '2027-02-24' }],
    ['2026-12-31', '2027-01-31', { ok: true, extendedDueOn: '2027-03-31' }],
    ['2026-12-31', '2027-02-01', { ok: false, why: 'te-laat' }],
  ] as const)('received %s, asked on %s', (receivedOn, today, expected) => {
    expect(checkExtension(received(receivedOn), today)).toEqual(expected);
  });

  it('a second extension is refused, also while the first month still runs', () => {
    const once = { ...received('2026-01-31'), extendedDueOn: '2026-04-28' };
    expect(checkExtension(once, '2026-02-01')).toEqual({ ok: false, why: 'al-verlengd' });
    expect(effectiveDueOn(once)).toBe('2026-04-28');
  });

  it('ends before the day removed data must be destroyed (A4: three months from the request)', () => {
    expect(destroyBy('2026-12-31')).toBe('2027-03-31');
    expect(extendedDueOn(received('2026-11-30'))).toBe('2027-02-28');
    expect(extendedDueOn(received('2027-11-30'))).toBe('2028-02-29');
    expect(destroyBy('2027-11-30')).toBe('2028-02-29');
  });

  it('is possible exactly once and exactly up to and including the first due date; it moves the deadline 59–62 days on', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 120 }), (receivedOn, after) => {
        const facts = received(receivedOn);
        const today = addDays(receivedOn, after);
        const check = checkExtension(facts, today);
        expect(check.ok).toBe(today <= facts.dueOn);
        if (!check.ok) return;
        expect(check.extendedDueOn > facts.dueOn).toBe(true);
        expect(daysBetween(facts.dueOn, check.extendedDueOn)).toBeGreaterThanOrEqual(59);
        expect(daysBetween(facts.dueOn, check.extendedDueOn)).toBeLessThanOrEqual(62);
        expect(check.extendedDueOn <= destroyBy(receivedOn)).toBe(true);
        const extended = { ...facts, extendedDueOn: check.extendedDueOn };
        expect(checkExtension(extended, today)).toEqual({ ok: false, why: 'al-verlengd' });
      }),
      runs,
    );
  });
});

describe('warning and urgency', () => {
  const facts = received('2026-01-31'); // due 2026-02-28
  it.each([
    ['2026-02-20', { dueOn: '2026-02-28', daysLeft: 8, warning: false, overdue: false }],
    ['2026-02-21', { dueOn: '2026-02-28', daysLeft: 7, warning: true, overdue: false }],
    ['2026-02-28', { dueOn: '2026-02-28', daysLeft: 0, warning: true, overdue: false }],
    ['2026-03-01', { dueOn: '2026-02-28', daysLeft: -1, warning: true, overdue: true }],
  ])('on %s', (today, expected) => {
    expect(deadlineOn(facts, today)).toEqual(expected);
  });

  it('warns from a week before the effective due date, after an extension too', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 200 }), fc.boolean(), (receivedOn, after, extended) => {
        const base = received(receivedOn);
        const f = extended ? { ...base, extendedDueOn: extendedDueOn(base) } : base;
        const today = addDays(receivedOn, after);
        const state = deadlineOn(f, today);
        expect(state.warning).toBe(today >= addDays(effectiveDueOn(f), -7));
        expect(state.overdue).toBe(today > effectiveDueOn(f));
      }),
      runs,
    );
  });

  it('sorts the earliest effective due date first, then the oldest request', () => {
    const a = { id: 'a', ...received('2026-01-10') };
    const b = { id: 'b', ...received('2026-01-05'), extendedDueOn: '2026-04-05' };
    const c = { id: 'c', ...received('2026-01-20') };
    const d = { id: 'd', receivedOn: '2026-01-09', dueOn: '2026-02-10', extendedDueOn: null };
    expect([a, b, c, d].sort(byUrgency).map((r) => r.id)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('urgency is a total order consistent with the effective due date', () => {
    const requestArb = fc.record({ id: fc.uuid(), receivedOn: dayArb, extended: fc.boolean() }).map(({ id, receivedOn, extended }) => {
      const base = received(receivedOn);
      return { id, ...base, extendedDueOn: extended ? extendedDueOn(base) : null };
    });
    fc.assert(
      fc.property(fc.array(requestArb, { maxLength: 20 }), (requests) => {
        const sorted = [...requests].sort(byUrgency);
        for (let i = 1; i < sorted.length; i++) expect(effectiveDueOn(sorted[i - 1]!) <= effectiveDueOn(sorted[i]!)).toBe(true);
        expect([...requests].reverse().sort(byUrgency)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});

describe('addMonths', () => {
  it('goes back and forth across years', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2026-01-01', -13)).toBe('2024-12-01');
  });
});
