import type { CorrectieDeadlineView, CorrectieStatus } from '@onsplan/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import werk from '../../../../locales/werk.nl.json';
import { byDeadline, deadlineText } from './words.ts';

// The real Dutch words of the workspace, filled in as i18next does, so the test reads her sentence.
const t = ((key: string, values: Record<string, string> = {}) => {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], werk) as string;
  return text.replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');
}) as never;

const deadline = (over: Partial<CorrectieDeadlineView>): CorrectieDeadlineView => ({
  receivedOn: '2027-11-16',
  firstDueOn: '2027-12-14',
  extendedDueOn: null,
  dueOn: '2027-12-14',
  daysLeft: 10,
  warning: false,
  overdue: false,
  ...over,
});

describe('the deadline of a request, as the professional reads it', () => {
  it('names the day she must decide by and that it is the statutory term', () => {
    expect(deadlineText(deadline({}), true, 'nl', t)).toBe('Beslis uiterlijk 14 december 2027 (wettelijke termijn)');
  });

  it('says when the term was extended, and when it passed', () => {
    expect(deadlineText(deadline({ extendedDueOn: '2028-02-14', dueOn: '2028-02-14' }), true, 'nl', t)).toBe('Beslis uiterlijk 14 februari 2028 (verlengde termijn)');
    expect(deadlineText(deadline({ overdue: true, daysLeft: -2 }), true, 'nl', t)).toBe('Termijn verstreken op 14 december 2027');
    expect(deadlineText(deadline({}), false, 'nl', t)).toBe('Termijn was 14 december 2027');
  });

  it('never speaks to the member: no "u krijgt", no "antwoord"', () => {
    for (const open of [true, false])
      for (const overdue of [true, false]) expect(deadlineText(deadline({ overdue }), open, 'nl', t)).not.toMatch(/\bu\b|antwoord/i);
  });
});

describe('requests by deadline', () => {
  const statuses: CorrectieStatus[] = ['ontvangen', 'in-behandeling', 'extra-tijd', 'toegekend', 'deels-toegekend', 'afgewezen'];
  const request = fc.record({
    status: fc.constantFrom(...statuses),
    deadline: fc.integer({ min: 1, max: 28 }).map((d) => deadline({ dueOn: `2027-12-${String(d).padStart(2, '0')}` })),
  });

  it('puts every open request before every decided one, and open ones soonest first', () => {
    fc.assert(
      fc.property(fc.array(request), (requests) => {
        const sorted = byDeadline(requests);
        const open = (s: CorrectieStatus) => ['ontvangen', 'in-behandeling', 'extra-tijd'].includes(s);
        const firstDecided = sorted.findIndex((r) => !open(r.status));
        if (firstDecided >= 0) expect(sorted.slice(firstDecided).every((r) => !open(r.status))).toBe(true);
        const openDays = sorted.filter((r) => open(r.status)).map((r) => r.deadline.dueOn);
        expect(openDays).toEqual([...openDays].sort());
        expect(sorted).toHaveLength(requests.length);
      }),
    );
  });
});
