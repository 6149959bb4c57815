import type { SatisfactionPeriod } from '../api/satisfaction.ts';
/**
 * "Wat vindt u ervan?" (issue 13, point 4): how the organisation sees the answers. Never one
 * family: a period shows only with at least `minimumAnswers` answers, and then only totals; the
 * free texts only when there are at least that many of them too, in alphabetical order, so their
 * order says nothing about when they came in.
 */

/** Fewer answers than this in a period show nothing at all. */
export const minimumAnswers = 5;

/** "Helpt dit plan u?": 1 (helpt niet) to 5 (helpt heel goed). */
export const helpsScale = [1, 2, 3, 4, 5] as const;
export type Helps = (typeof helpsScale)[number];

/** One stored answer, as aggregation needs it: no member, no family, no moment. */
export interface SatisfactionAnswer {
  readonly period: string;
  readonly helps: Helps;
  readonly better: string | null;
}

/** The totals of one period with enough answers. */
export type { SatisfactionPeriod };

/** The periods with at least `minimumAnswers` answers, newest first, each as totals only. */
export function aggregateSatisfaction(answers: readonly SatisfactionAnswer[]): SatisfactionPeriod[] {
  const byPeriod = new Map<string, SatisfactionAnswer[]>();
  for (const a of answers) byPeriod.set(a.period, [...(byPeriod.get(a.period) ?? []), a]);
  const periods: SatisfactionPeriod[] = [];
  for (const [period, list] of byPeriod) {
    if (list.length < minimumAnswers) continue;
    const helps: SatisfactionPeriod['helps'] = [0, 0, 0, 0, 0];
    for (const a of list) helps[a.helps - 1]! += 1;
    const texts = list.map((a) => a.better?.trim() ?? '').filter((text) => text.length > 0);
    periods.push({
      period,
      answers: list.length,
      helps,
      average: Math.round((list.reduce((sum, a) => sum + a.helps, 0) / list.length) * 10) / 10,
      better: texts.length >= minimumAnswers ? texts.sort((a, b) => a.localeCompare(b, 'nl')) : [],
    });
  }
  return periods.sort((a, b) => b.period.localeCompare(a.period));
}

/** The period an answer counts in: its Dutch calendar month, `YYYY-MM`. */
export function satisfactionPeriod(day: string): string {
  return day.slice(0, 7);
}
