import type { Envelope } from './written.ts';
import type { Guarded } from './types.ts';

/** Whom a member lets read her score: the professionals only (the default), or them and named members. */
export type ScoreReaders = { readonly kind: 'professionals' } | { readonly kind: 'leden'; readonly memberIds: readonly string[] };

/**
 * The envelope of a member's score on a doel ("Hoe gaat het nu?"). The professionals of the family
 * always read it; members only when the writer named them. It is about its writer and addressed to
 * others only, so it has no owner for the age rules: a youth's score never reaches a parent through
 * gezag or toestemming, only by her own choice. Her banned contacts and herself never become readers,
 * and it is never shared across a contactverbod.
 */
export function scoreEnvelope(writer: string, readers: ScoreReaders, writerBanned: ReadonlySet<string>): Envelope {
  const named = readers.kind === 'leden' ? [...new Set(readers.memberIds)].filter((id) => id !== writer && !writerBanned.has(id)) : [];
  return {
    audience: named.length > 0 ? 'leden' : 'professionals',
    audienceMembers: named,
    subjects: [writer],
    authorMemberId: writer,
    shieldedFrom: [],
    sharedAcrossContactverbod: false,
    generalInfo: false,
    fieldShields: {},
  };
}

/** A score as the evaluator decides it: its own envelope, hanging on its doel (and the plan), so nobody reads a score of a doel hidden from them. */
export function scoreGuarded(id: string, familyId: string, envelope: Envelope, doel: readonly Guarded[]): Guarded {
  return { kind: 'score', id, familyId, ...envelope, dependsOn: doel };
}
