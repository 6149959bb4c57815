import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateSatisfaction, minimumAnswers, satisfactionPeriod, type Helps, type SatisfactionAnswer } from './aggregate.ts';

const answer = (helps: Helps, better: string | null = null, period = '2026-11'): SatisfactionAnswer => ({ period, helps, better });

describe('satisfaction totals', () => {
  it('4 answers in a period show nothing', () => {
    expect(aggregateSatisfaction([answer(5), answer(4), answer(1, 'Meer bellen'), answer(3)])).toEqual([]);
  });

  it('5 answers show totals only; one free text stays hidden', () => {
    expect(aggregateSatisfaction([answer(5), answer(4), answer(1, 'Meer bellen'), answer(3), answer(4)])).toEqual([
      { period: '2026-11', answers: 5, helps: [1, 0, 1, 2, 1], average: 3.4, better: [] },
    ]);
  });

  it('free texts show only when there are 5, in alphabetical order, not in the order they came', () => {
    const texts = ['Vaker bellen', 'Afspraken op tijd', 'Minder papier', 'Kortere gesprekken', 'Eerder antwoord'];
    const [period] = aggregateSatisfaction(texts.map((t) => answer(3, t)));
    expect(period!.better).toEqual(['Afspraken op tijd', 'Eerder antwoord', 'Kortere gesprekken', 'Minder papier', 'Vaker bellen']);
  });

  it('each period stands on its own: a full month does not reveal a thin one', () => {
    const full = Array.from({ length: 5 }, () => answer(4, null, '2026-10'));
    expect(aggregateSatisfaction([...full, answer(1, null, '2026-11')]).map((p) => p.period)).toEqual(['2026-10']);
  });

  it('never shows a period with fewer answers than the minimum, and counts every answer of one it shows', () => {
    const answers = fc.array(
      fc.record({ period: fc.constantFrom('2026-09', '2026-10', '2026-11'), helps: fc.constantFrom<Helps>(1, 2, 3, 4, 5), better: fc.option(fc.string({ minLength: 1, maxLength: 5 }), { nil: null }) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(answers, (list) => {
        for (const p of aggregateSatisfaction(list)) {
          const inPeriod = list.filter((a) => a.period === p.period);
          expect(p.answers).toBe(inPeriod.length);
          expect(p.answers).toBeGreaterThanOrEqual(minimumAnswers);
          expect(p.helps.reduce((a, b) => a + b, 0)).toBe(p.answers);
          expect(p.better.length === 0 || p.better.length >= minimumAnswers).toBe(true);
        }
      }),
    );
  });

  it('an answer counts in its Dutch calendar month', () => {
    expect(satisfactionPeriod('2026-11-30')).toBe('2026-11');
  });
});
