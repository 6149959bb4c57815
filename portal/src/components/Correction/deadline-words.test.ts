import type { CorrectieDeadlineView } from '@onsplan/shared';
import { describe, expect, it } from 'vitest';
import { deadlineWords } from './Correction.tsx';

// The key and its values, so the test reads which sentence was chosen.
const t = ((key: string, values?: Record<string, unknown>) => `${key} ${JSON.stringify(values ?? {})}`) as never;

const deadline = (over: Partial<CorrectieDeadlineView>): CorrectieDeadlineView => ({
  receivedOn: '2027-01-31',
  firstDueOn: '2027-02-28',
  extendedDueOn: null,
  dueOn: '2027-02-28',
  daysLeft: 10,
  warning: false,
  overdue: false,
  ...over,
});

describe('the deadline of a request in words', () => {
  it('names the day and how many days are left', () => {
    expect(deadlineWords(deadline({ daysLeft: 10 }), true, 'nl', t)).toBe('correction.deadline.left {"date":"28 februari 2027","count":10}');
  });

  it('says today on the day itself, and late after it', () => {
    expect(deadlineWords(deadline({ daysLeft: 0 }), true, 'nl', t)).toMatch(/^correction\.deadline\.today /);
    expect(deadlineWords(deadline({ daysLeft: -2, overdue: true }), true, 'nl', t)).toMatch(/^correction\.deadline\.overdue /);
  });

  it('uses the extended date once there is one', () => {
    expect(deadlineWords(deadline({ extendedDueOn: '2027-04-28', dueOn: '2027-04-28', daysLeft: 60 }), true, 'nl', t)).toContain('28 april 2027');
  });
});
