import { parseDay, type Day } from '../dates/calendar.ts';

/** How many days before the due date a professional is warned. */
export const warningDays = 7;

/**
 * The same date `months` calendar months later. A date the target month lacks becomes its last
 * day, so 31 January + 1 month is 28 or 29 February (REQUIREMENTS A1).
 */
export function addMonths(day: Day, months: number): Day {
  const { year, month, date } = parseDay(day);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return dayOf(toYear, toMonth, Math.min(date, daysInMonth(toYear, toMonth)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((utcOf(to) - utcOf(from)) / 86_400_000);
}

/**
 * The first due date (AVG art. 12(3)): one month, counted from the day after receipt, ends on the
 * receipt's date in the next month. We never move it past a weekend: answering earlier is always
 * allowed, and the citizen is better off with the earlier day.
 */
export function firstDueOn(receivedOn: Day): Day {
  return addMonths(receivedOn, 1);
}

/**
 * The last day to destroy data after a removal request (Jeugdwet 7.3.9, REQUIREMENTS A4): three
 * months from the request.
 */
export function destroyBy(receivedOn: Day): Day {
  return addMonths(receivedOn, 3);
}

/** The deadline facts of a request as stored. */
export interface DeadlineFacts {
  readonly receivedOn: Day;
  readonly dueOn: Day;
  readonly extendedDueOn: Day | null;
}

/**
 * The due date after the one extension: two further months after the first due date. It never
 * passes the day by which removed data must be destroyed (A4), so a removal request fits too.
 */
export function extendedDueOn(facts: Pick<DeadlineFacts, 'dueOn'>): Day {
  return addMonths(facts.dueOn, 2);
}

/** The due date that counts now: the extended one once there is one. */
export function effectiveDueOn(facts: DeadlineFacts): Day {
  return facts.extendedDueOn ?? facts.dueOn;
}

export type ExtensionCheck = { ok: true; extendedDueOn: Day } | { ok: false; why: 'al-verlengd' | 'te-laat' };

/**
 * May the answer be postponed today? Once only, and only while the first month runs: the due date
 * itself still belongs to that month.
 */
export function checkExtension(facts: DeadlineFacts, today: Day): ExtensionCheck {
  if (facts.extendedDueOn !== null) return { ok: false, why: 'al-verlengd' };
  if (today > facts.dueOn) return { ok: false, why: 'te-laat' };
  return { ok: true, extendedDueOn: extendedDueOn(facts) };
}

/** Where a request stands against its deadline on `today`. */
export interface DeadlineState {
  dueOn: Day;
  daysLeft: number;
  /** From a week before the due date on, also when it has passed. */
  warning: boolean;
  overdue: boolean;
}

export function deadlineOn(facts: DeadlineFacts, today: Day): DeadlineState {
  const dueOn = effectiveDueOn(facts);
  const daysLeft = daysBetween(today, dueOn);
  return { dueOn, daysLeft, warning: daysLeft <= warningDays, overdue: daysLeft < 0 };
}

/** Most urgent first: the earliest effective due date, then the oldest request, then by id for a stable order. */
export function byUrgency(a: DeadlineFacts & { readonly id: string }, b: DeadlineFacts & { readonly id: string }): number {
  const due = effectiveDueOn(a).localeCompare(effectiveDueOn(b));
  if (due !== 0) return due;
  const received = a.receivedOn.localeCompare(b.receivedOn);
  return received !== 0 ? received : a.id.localeCompare(b.id);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function utcOf(day: Day): number {
  const { year, month, date } = parseDay(day);
  return Date.UTC(year, month - 1, date);
}

function dayOf(year: number, month: number, date: number): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}
