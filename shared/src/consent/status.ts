import type { Day } from '../dates/calendar.ts';

/** One decision of one person about one toestemming. */
export type ToestemmingDecision = 'gegeven' | 'geweigerd' | 'ingetrokken';

/**
 * The state of a toestemming: compleet only when every person who must decide gave it and it still
 * holds; one refusal or revocation is enough to stop it.
 */
export type ToestemmingStatus = 'compleet' | 'onvolledig' | 'geweigerd' | 'ingetrokken' | 'verlopen';

export interface DecisionFact {
  readonly deciderId: string;
  readonly decision: ToestemmingDecision;
  /** Last day it holds (inclusive), for a decision `gegeven`. */
  readonly validUntil: Day | null;
}

/**
 * The status from each required person's latest decision. Decisions of people who no longer decide
 * (parents after a youth turns 16) do not count, so rights change on the birthday by themselves (B5).
 */
export function toestemmingStatus(required: readonly string[], latest: readonly DecisionFact[], day: Day): ToestemmingStatus {
  const byDecider = new Map(latest.map((d) => [d.deciderId, d]));
  const counted = required.map((id) => byDecider.get(id)).filter((d) => d !== undefined);
  if (counted.some((d) => d.decision === 'geweigerd')) return 'geweigerd';
  if (counted.some((d) => d.decision === 'ingetrokken')) return 'ingetrokken';
  if (counted.some((d) => d.validUntil !== null && d.validUntil < day)) return 'verlopen';
  return required.length > 0 && counted.length === required.length ? 'compleet' : 'onvolledig';
}
