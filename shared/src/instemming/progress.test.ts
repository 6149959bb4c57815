import { describe, expect, it } from 'vitest';
import { instemmingProgress } from './progress.ts';

describe('instemmingProgress', () => {
  it('counts only members whose instemming is asked, and of those the ones answered in full', () => {
    const members = [{ status: 'beantwoord' }, { status: 'open' }, { status: 'niet-nodig' }, { status: 'beantwoord' }] as const;
    expect(instemmingProgress(members)).toEqual({ answered: 2, total: 3 });
  });

  it('is 0 of 0 when nobody is asked', () => {
    expect(instemmingProgress([{ status: 'niet-nodig' }])).toEqual({ answered: 0, total: 0 });
  });
});
