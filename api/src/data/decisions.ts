import { decide, memberProfileGuarded } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import type { FamilyScope } from './family-scope.ts';
import type { EnvelopeRow } from './rows.ts';
import { helperNameFor, onBehalfOfNameFor } from './namens-names.ts';

/**
 * What instemming and toestemming have in common: a decision by one member, about one member,
 * that only the people named (and the professionals) may read.
 */

/** The envelope of a decision: named people only, about `subjects`, written by `authorMemberId`. */
export function decisionEnvelope(named: readonly string[], subjects: readonly string[], authorMemberId: string): EnvelopeRow {
  return {
    audience: 'leden',
    audienceMembers: [...new Set(named)],
    subjects: [...new Set(subjects)],
    authorMemberId,
    shieldedFrom: [],
    sharedAcrossContactverbod: false,
    generalInfo: false,
    fieldShields: {},
  };
}

/**
 * A professional of the family reads every decision. A member reads one only when named in it,
 * and only when the engine agrees: parents reach a youth's items through gezag, but a youth's own
 * decisions stay theirs, and a contactverbod or afscherming still blocks.
 */
export function mayReadDecision(scope: FamilyScope, kind: 'instemming' | 'toestemming', id: string, envelope: EnvelopeRow): boolean {
  if (!scope.sees(kind, id, envelope).visible) return false;
  return scope.isProfessional || (scope.selfMemberId !== null && envelope.audienceMembers.includes(scope.selfMemberId));
}

/** True when this viewer may see that member exists (name, role). */
export function seesMember(scope: FamilyScope, memberId: string): boolean {
  return scope.snapshot.members.some((m) => m.id === memberId) && decide(scope.lens, memberProfileGuarded(scope.familyId, memberId)).visible;
}

/** First name of a member this viewer may see; unknown and hidden answer the same "niet gevonden". */
export function visibleMemberName(scope: FamilyScope, memberId: string): string {
  const name = seesMember(scope, memberId) ? scope.memberName(memberId) : undefined;
  if (!name) throw new AppError('niet-gevonden');
  return name;
}

/** Who made a decision, as the viewer may know it: "Ria namens Samira", or the member's first name. */
export function decidedByView(
  scope: FamilyScope,
  row: { decidedByKind: string; decidedByName: string; decidedByMemberId: string | null },
): { kind: 'member' | 'helper'; name?: string; onBehalfOf?: string; isMe: boolean } {
  const member = row.decidedByMemberId ? scope.memberName(row.decidedByMemberId) : undefined;
  const isMe = row.decidedByMemberId !== null && row.decidedByMemberId === scope.selfMemberId;
  if (row.decidedByKind === 'helper') {
    const forMember = onBehalfOfNameFor(scope, row.decidedByMemberId);
    return { kind: 'helper', name: helperNameFor(scope, row.decidedByName), ...(forMember ? { onBehalfOf: forMember } : {}), isMe };
  }
  return { kind: 'member', ...(member ? { name: member } : {}), isMe };
}

/**
 * The row an earlier request with this client id stored, so a retried write answers the same even
 * when the world moved on meanwhile (a new plan version, a consent already revoked by that write).
 */
export async function replayedId(scope: FamilyScope, table: 'instemmingen' | 'toestemmingen', clientId: string, userId: string): Promise<string | undefined> {
  const [row] = await scope.db.query<{ id: string; userId: string; familyId: string }>(
    `select id, decided_by_user_id as "userId", family_id as "familyId" from ${table} where client_id = $1`,
    [clientId],
  );
  if (!row) return undefined;
  // Someone else's id, or one used in another family: never reveal or touch that row.
  if (row.userId !== userId || row.familyId !== scope.familyId) throw new AppError('ongeldige-invoer', { fields: ['clientId'] });
  return row.id;
}

/** Trimmed text, or undefined when blank. */
export function cleanText(text: string | undefined | null): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * SQL for the `created_at` of a new decision: `now`, or just after the family's latest one. The
 * latest decision counts (also for the visibility engine, which reads consents newest first), so two
 * decisions within one millisecond must still have an order.
 */
export function laterThanAll(table: 'instemmingen' | 'toestemmingen', nowParam: string, familyParam: string): string {
  return `greatest(${nowParam}::timestamptz, (select max(created_at) + interval '1 millisecond' from ${table} where family_id = ${familyParam}))`;
}
