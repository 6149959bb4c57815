import { Type, type Static } from 'typebox';

/** Wire shapes of "Wat vindt u ervan?" (issue 13, point 4): one schema each, the types derived from it. */

/**
 * What the member's screen needs: may she answer now, and where complaints go (this is not that
 * route). `answeredThisMonth`: she may again next month. `discussedVersion`: set when the questions
 * are offered because a plan version was discussed with her and she has not answered about it yet.
 * `complaintsUrl`: the organisation's complaint procedure; absent when none is set (the screen then
 * says to ask the professional).
 */
export const SatisfactionStatusSchema = Type.Object(
  {
    mayAnswer: Type.Boolean(),
    answeredThisMonth: Type.Boolean(),
    discussedVersion: Type.Optional(Type.Integer({ minimum: 1 })),
    complaintsUrl: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type SatisfactionStatus = Static<typeof SatisfactionStatusSchema>;

// The schema says 1 to 5; the type names the five answers, which the totals count per answer.
export const SatisfactionInputSchema = Type.Object(
  { helps: Type.Unsafe<1 | 2 | 3 | 4 | 5>(Type.Integer({ minimum: 1, maximum: 5 })), better: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
export type SatisfactionInput = Static<typeof SatisfactionInputSchema>;

/**
 * One month's totals. `helps`: how many answered 1, 2, 3, 4 and 5, in that order (a fixed-length
 * array, not a JSON Schema tuple, which OpenAPI 3.1 writes differently); `average`: the mean of
 * "Helpt dit plan u?", rounded to one decimal; `better`: "Wat kan beter?", only when at least the
 * minimum number of texts exist in the period.
 */
export const SatisfactionPeriodSchema = Type.Object(
  {
    period: Type.String(),
    answers: Type.Integer(),
    helps: Type.Unsafe<[number, number, number, number, number]>(Type.Array(Type.Integer(), { minItems: 5, maxItems: 5 })),
    average: Type.Number(),
    better: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type SatisfactionPeriod = Static<typeof SatisfactionPeriodSchema>;

/** What the organisation sees: per month with at least 5 answers, totals only. */
export const SatisfactionOverviewSchema = Type.Object(
  { organisation: Type.String(), minimumAnswers: Type.Integer(), periods: Type.Array(SatisfactionPeriodSchema) },
  { additionalProperties: false },
);
export type SatisfactionOverview = Static<typeof SatisfactionOverviewSchema>;
