import type { SatisfactionPeriod } from '../satisfaction/aggregate.ts';

/** Wire types of "Wat vindt u ervan?" (issue 13, point 4). */

/** What the member's screen needs: may she answer now, and where complaints go (this is not that route). */
export interface SatisfactionStatus {
  mayAnswer: boolean;
  /** She answered already this month; she may again next month. */
  answeredThisMonth: boolean;
  /**
   * Set when the questions are offered because a plan version was discussed with her (she said
   * whether she agrees with it) and she has not answered about that version yet: its number.
   */
  discussedVersion?: number;
  /** The organisation's complaint procedure; absent when none is set (the screen then says to ask the professional). */
  complaintsUrl?: string;
}

export interface SatisfactionInput {
  helps: 1 | 2 | 3 | 4 | 5;
  better?: string;
}

/** What the organisation sees: per month with at least 5 answers, totals only. */
export interface SatisfactionOverview {
  organisation: string;
  minimumAnswers: number;
  periods: SatisfactionPeriod[];
}
