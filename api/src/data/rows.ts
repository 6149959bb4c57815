import type { Envelope, Guarded, GuardedKind } from '@onsplan/shared';

/**
 * The visibility envelope columns every table with family data carries: what a professional sets
 * (PlanItemAudienceInput), and also the audiences only the server gives (organisatie).
 */
export type EnvelopeRow = Envelope;

/**
 * The select list for the envelope of table alias `t`. Tables without an author column name the
 * column that says who wrote it (or `null`).
 */
export function envelopeSelect(t: string, authorColumn = `${t}.author_member_id`): string {
  return `${t}.audience, ${t}.audience_members as "audienceMembers", ${t}.subjects, ${authorColumn} as "authorMemberId",
    ${t}.shielded_from as "shieldedFrom", ${t}.shared_across_contactverbod as "sharedAcrossContactverbod",
    ${t}.general_info as "generalInfo", ${t}.field_shields as "fieldShields"`;
}

/** A row with envelope columns as the evaluator's `Guarded`. */
export function guardedOfRow(kind: GuardedKind, id: string, familyId: string, row: EnvelopeRow, dependsOn?: readonly Guarded[]): Guarded {
  return {
    kind,
    id,
    familyId,
    audience: row.audience,
    audienceMembers: row.audienceMembers ?? [],
    subjects: row.subjects ?? [],
    authorMemberId: row.authorMemberId,
    shieldedFrom: row.shieldedFrom ?? [],
    sharedAcrossContactverbod: row.sharedAcrossContactverbod,
    generalInfo: row.generalInfo,
    fieldShields: row.fieldShields ?? {},
    ...(dependsOn ? { dependsOn } : {}),
  };
}

/** The envelope of a Guarded as insert parameters, in the order of `envelopeColumnList`. */
export function envelopeParams(g: Omit<Guarded, 'kind' | 'id' | 'familyId'>): unknown[] {
  return [g.audience, g.audienceMembers, g.subjects, g.authorMemberId, g.shieldedFrom, g.sharedAcrossContactverbod, g.generalInfo, JSON.stringify(g.fieldShields)];
}

export const envelopeColumnList =
  'audience, audience_members, subjects, author_member_id, shielded_from, shared_across_contactverbod, general_info, field_shields';

/** `$from, …, $from+7`: placeholders for the envelope parameters. */
export function envelopePlaceholders(from: number): string {
  return Array.from({ length: 8 }, (_, i) => `$${from + i}`).join(', ');
}

/**
 * Each query as a column holding its rows as a JSON list (named after the key, `[]` when none), in
 * the query's own order: a sorted subquery aggregates in that order. Several lists in one statement
 * are one round trip, and one statement sees one moment without a transaction.
 */
export function jsonListColumns(parts: Readonly<Record<string, string>>): string {
  return Object.entries(parts)
    .map(([part, sql]) => `(select coalesce(json_agg(q), '[]'::json) from (${sql}) q) as "${part}"`)
    .join(',\n    ');
}
