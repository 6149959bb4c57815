/** The steps of a correctieverzoek, as the member follows them. */
export type CorrectieStatus = 'ontvangen' | 'in-behandeling' | 'extra-tijd' | 'toegekend' | 'deels-toegekend' | 'afgewezen';

export type CorrectieKind = 'wijzigen' | 'aanvullen' | 'verwijderen';

/** What a correctieverzoek is about: a plan item (by key), a professional's comment, a personal field or a member record. */
/** `score`: a member's own 0–10 score, which she can only ask to remove. */
export type CorrectieTargetKind = 'plan-item' | 'comment' | 'member-field' | 'member' | 'score';

/** The professional's decision as sent, and the status it leads to. */
export type CorrectieOutcome = 'toekennen' | 'deels' | 'afwijzen';

/** Why data is kept after a removal request (Jeugdwet 7.3.9): another person's substantial interest, or a law. */
export type RemovalGround = 'belang-ander' | 'wettelijke-plicht';

const decidedBy: Record<CorrectieOutcome, CorrectieStatus> = { toekennen: 'toegekend', deels: 'deels-toegekend', afwijzen: 'afgewezen' };

/** The status a decision leads to. */
export function statusAfter(outcome: CorrectieOutcome): CorrectieStatus {
  return decidedBy[outcome];
}

/** Still waiting for a decision. */
export function isOpen(status: CorrectieStatus): boolean {
  return status === 'ontvangen' || status === 'in-behandeling' || status === 'extra-tijd';
}

/**
 * Refused in whole or in part. Then the member may add an eigen verklaring (Jeugdwet 7.3.8), and the
 * answer must name the right to complain to the Autoriteit Persoonsgegevens and to go to court (A2).
 */
export function isRefused(status: CorrectieStatus): boolean {
  return status === 'afgewezen' || status === 'deels-toegekend';
}

/**
 * What a decision needs besides the outcome. Any refusal needs reasons (A2); a partial grant also
 * the part that changes; keeping data after a removal request also the legal ground (A4).
 */
export function decisionNeeds(kind: CorrectieKind, outcome: CorrectieOutcome): { reasons: boolean; change: boolean; removalGround: boolean } {
  const refusesSomething = outcome !== 'toekennen';
  return { reasons: refusesSomething, change: outcome === 'deels', removalGround: refusesSomething && kind === 'verwijderen' };
}
