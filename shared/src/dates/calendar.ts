/** A calendar day as `YYYY-MM-DD`; ages and deadlines count in days, not instants. */
export type Day = string;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a `YYYY-MM-DD` day into numbers; throws on anything else so bad data fails early. */
export function parseDay(day: Day): { year: number; month: number; date: number } {
  const match = dayPattern.exec(day);
  if (!match) throw new RangeError(`Not a calendar day: ${day}`);
  return { year: Number(match[1]), month: Number(match[2]), date: Number(match[3]) };
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

/** The calendar day in the Netherlands at `instant`, because the law counts Dutch days. */
export function dutchDay(instant: Date): Day {
  return dutchDayFormat.format(instant);
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
