import type { Clock } from '../config.ts';

/** The day the demo is seeded in tests: Noor is 16, Daan 13, Mila 8. */
export const testStart = new Date('2026-11-24T10:00:00.000Z');

/** A clock that only moves when a test says so. */
export interface TestClock extends Clock {
  advance(ms: number): void;
  set(to: Date): void;
}

export function testClock(start: Date = testStart): TestClock {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
    set: (to) => {
      now = to.getTime();
    },
  };
}
