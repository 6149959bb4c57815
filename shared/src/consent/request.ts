import { parseDay, type Day } from '../dates/calendar.ts';

/** Kinds of data a professional may ask to share; anything else goes in free text. */
export const requestDataKinds = ['gezinsplan', 'contactgegevens', 'gespreksverslagen', 'schoolgegevens', 'medische-gegevens'] as const;
export type RequestDataKind = (typeof requestDataKinds)[number];

/** The last day a requested toestemming may hold: a year from `today`, so a member is asked again at least yearly. */
export function latestRequestUntil(today: Day): Day {
  const { year, month, date } = parseDay(today);
  // 29 February has no twin next year: the day before 1 March is the last.
  const next = new Date(Date.UTC(year + 1, month - 1, date));
  if (next.getUTCMonth() !== month - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

/** Why `until` cannot end a requested toestemming asked on `today`, or undefined when it can. */
export function requestUntilProblem(until: Day, today: Day): 'voorbij' | 'te-ver' | undefined {
  if (until <= today) return 'voorbij';
  return until > latestRequestUntil(today) ? 'te-ver' : undefined;
}
