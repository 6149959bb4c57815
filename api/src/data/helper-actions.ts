import { helperActionKindOf, helperActionsLimit, type HelperActionsPage, type HelperActionVerb } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import type { FamilyScope } from './family-scope.ts';
import type { AccessAction } from './access-log.ts';

/** The log's actions that are a helper's choice for the member: she made, changed or removed something. */
export const helperChoiceActions: readonly HelperActionVerb[] = ['aanmaken', 'wijzigen', 'verwijderen'];

/** True for a log entry that is a choice a helper made for a member (a write, not a read). */
export function isHelperChoice(entry: { actorKind: string; action: AccessAction; onBehalfOfMemberId: string | null }): boolean {
  return entry.actorKind === 'helper' && entry.onBehalfOfMemberId !== null && (helperChoiceActions as readonly string[]).includes(entry.action);
}

interface Row {
  id: string;
  at: Date;
  action: HelperActionVerb;
  objectKind: string;
  actorName: string;
  actorOrganisation: string | null;
}

/**
 * "Wat Ria voor u deed": the access log's writes by helpers on behalf of this member, newest first.
 * The log is the one record of every write (REQUIREMENTS D1), so nothing a helper did is missing
 * here, whatever table it went into. Only the member's own page: the member, or her helper reading
 * it for her; a professional gets 403, as for the access log itself.
 */
export async function helperActions(scope: FamilyScope): Promise<HelperActionsPage> {
  const memberId = scope.selfMemberId;
  if (!memberId) throw new AppError('niet-toegestaan');
  const rows = await scope.db.query<Row>(
    `select id::text as id, at, action, object_kind as "objectKind", actor_name as "actorName", actor_organisation as "actorOrganisation"
       from access_log
      where family_id = $1 and on_behalf_of_member_id = $2 and actor_kind = 'helper' and action = any($3::text[])
      order by id desc limit $4`,
    [scope.familyId, memberId, helperChoiceActions, helperActionsLimit],
  );
  // Reading it is reading the access log, and logged as that.
  await scope.record('lezen', 'toegangslog', [], [memberId]);
  return {
    member: { id: memberId, firstName: scope.memberName(memberId)! },
    actions: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      verb: r.action,
      what: helperActionKindOf(r.objectKind),
      // First name only, as a helper appears everywhere in the family ("Ria namens Samira").
      helper: { name: r.actorName.split(' ')[0]!, ...(r.actorOrganisation ? { organisation: r.actorOrganisation } : {}) },
    })),
  };
}
