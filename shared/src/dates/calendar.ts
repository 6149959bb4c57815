/** A calendar day as `YYYY-MM-DD`; ages and deadlines count in days, not instants. */
export type Day = string;

/** The number written by the ASCII digits of `text` from `from` up to `to`; -1 when one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Splits a `YYYY-MM-DD` day into numbers; throws on anything else so bad data fails early. By
 * character, not by regular expression: the visibility rules ask ages for every object of a sync,
 * and this was the API's busiest function in a profile of one.
 */
export function parseDay(day: Day): { year: number; month: number; date: number } {
  if (typeof day === 'string' && day.length === 10 && day[4] === '-' && day[7] === '-') {
    const year = digitsAt(day, 0, 4);
    const month = digitsAt(day, 5, 7);
    const date = digitsAt(day, 8, 10);
    if (year >= 0 && month >= 0 && date >= 0) return { year, month, date };
  }
  throw new RangeError(`Not a calendar day: ${day}`);
}

/**
 * Age in whole years on `day`.
 * Someone born on 29 February turns a year older on 1 March in other years: until then the
 * full year has not passed, and for rights that start at 12 or 16 the later day is the safe one.
 */
export function ageOn(birthDate: Day, day: Day): number {
  const born = parseDay(birthDate);
  const on = parseDay(day);
  const hadBirthday = on.month > born.month || (on.month === born.month && on.date >= born.date);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

// Made once: building a formatter costs far more than using it, and every request asks the day.
const dutchDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

let lastInstant = Number.NaN;
let lastDay: Day = '';

/**
 * The calendar day in the Netherlands at `instant`, because the law counts Dutch days. The last
 * answer is kept: a request asks it for its one moment many times (each screen of a sync).
 */
export function dutchDay(instant: Date): Day {
  const ms = instant.getTime();
  if (ms !== lastInstant) {
    lastDay = dutchDayFormat.format(instant);
    lastInstant = ms;
  }
  return lastDay;
}

/** Adds whole days to a calendar day. */
export function addDays(day: Day, days: number): Day {
  const { year, month, date } = parseDay(day);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The first instant of a Dutch calendar day (midnight in Europe/Amsterdam, summer or winter time). */
export function startOfDutchDay(day: Day): Date {
  const { year, month, date } = parseDay(day);
  const utcMidnight = Date.UTC(year, month - 1, date);
  // Amsterdam is one or two hours ahead of UTC: the day starts at 22:00 or 23:00 UTC the day before.
  for (const hours of [2, 1, 0]) {
    const start = new Date(utcMidnight - hours * 3_600_000);
    if (dutchDay(start) === day && dutchDay(new Date(start.getTime() - 1)) !== day) return start;
  }
  return new Date(utcMidnight);
}
