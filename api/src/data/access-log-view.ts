import type { AccessLogActorView, AccessLogEntryView, AccessLogPage } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import type { AccessAction } from './access-log.ts';
import type { FamilyScope } from './family-scope.ts';
import type { EnterFamily } from './scoped-repository.ts';

export const accessLogPageSize = { default: 50, max: 100 } as const;

interface LogRow {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorKind: string;
  actorName: string;
  actorOrganisation: string | null;
  actorJobTitle: string | null;
  onBehalfOfMemberId: string | null;
  action: AccessAction;
  objectKind: string;
  objectIds: string[];
}

/**
 * "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3): the access-log entries about one member's
 * own data, for that member or a helper acting for them. Only who (role and organisation), when,
 * what and for whom: never the client IP, never the other members an entry was also about, never
 * an object or a person the reader may not see.
 *
 * Professionals get 403: D3 is the member's right to see who looked at them. Checking how
 * colleagues used the dossier is an audit of the organisation (NEN 7513 "controle"), not a task of
 * a professional in the family, and a professional's view of it would need its own rules.
 */
export class AccessLogViewRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  async page(familyId: string, options: { before?: string; limit?: number } = {}): Promise<AccessLogPage> {
    const scope = await this.#enter(familyId);
    const memberId = scope.selfMemberId;
    if (!memberId) throw new AppError('niet-toegestaan');
    const limit = Math.min(options.limit ?? accessLogPageSize.default, accessLogPageSize.max);
    // One more than asked, to know whether an older page exists.
    const rows = await scope.db.query<LogRow>(
      `select l.id::text as id, l.at, l.actor_user_id as "actorUserId", l.actor_kind as "actorKind", l.actor_name as "actorName",
              l.actor_organisation as "actorOrganisation", u.job_title as "actorJobTitle", l.on_behalf_of_member_id as "onBehalfOfMemberId",
              l.action, l.object_kind as "objectKind", l.object_ids as "objectIds"
         from access_log l left join users u on u.id = l.actor_user_id
        where l.family_id = $1 and l.subject_member_ids @> array[$2::uuid] and ($3::bigint is null or l.id < $3::bigint)
        order by l.id desc limit $4`,
      [scope.familyId, memberId, options.before ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const seen = visibleObjects(scope);
    // An entry by someone this member may not see (a contactverbod) would tell when and how often
    // that person uses Ons Plan; safety goes first, so such entries are left out entirely.
    const entries = page.filter((row) => !actorHidden(scope, row)).map((row) => entryView(scope, row, seen));
    await scope.record('lezen', 'toegangslog', [], [memberId]);
    return {
      member: { id: memberId, firstName: scope.memberName(memberId)! },
      entries,
      nextCursor: rows.length > limit ? page[page.length - 1]!.id : null,
    };
  }
}

/** The ids of everything in the family this reader may see now; any other id is left out. */
function visibleObjects(scope: FamilyScope): Set<string> {
  const { snapshot } = scope;
  const ids = new Set<string>();
  for (const m of snapshot.members) if (scope.memberName(m.id)) ids.add(m.id);
  if (snapshot.plan) {
    if (scope.sees('plan', snapshot.plan.version.id, snapshot.plan.version).visible) ids.add(snapshot.plan.version.id);
    for (const item of scope.visible('plan-item', snapshot.plan.items)) ids.add(item.id);
  }
  for (const field of scope.visible('member-field', snapshot.fields)) ids.add(field.id);
  for (const comment of scope.visible('comment', snapshot.comments)) ids.add(comment.id);
  return ids;
}

function entryView(scope: FamilyScope, row: LogRow, seen: Set<string>): AccessLogEntryView {
  const view: AccessLogEntryView = {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    objectKind: row.objectKind,
    objectIds: row.objectIds.filter((id) => seen.has(id)),
    actor: actorView(scope, row),
  };
  const forName = scope.memberName(row.onBehalfOfMemberId);
  if (row.onBehalfOfMemberId && forName && view.actor.kind === 'helper') view.onBehalfOf = { memberId: row.onBehalfOfMemberId, name: forName };
  return view;
}

function actorHidden(scope: FamilyScope, row: LogRow): boolean {
  if (row.actorUserId === scope.principal.userId) return false;
  if (row.actorKind === 'helper') return row.onBehalfOfMemberId !== null && !scope.memberName(row.onBehalfOfMemberId);
  if (row.actorKind !== 'member') return false;
  const member = scope.snapshot.members.find((m) => m.userId !== null && m.userId === row.actorUserId);
  return !member || !scope.memberName(member.id);
}

const someMember = (isMe: boolean): AccessLogActorView => ({ kind: 'gezinslid', isMe });

function actorView(scope: FamilyScope, row: LogRow): AccessLogActorView {
  const isMe = row.actorUserId !== null && row.actorUserId === scope.principal.userId;
  const organisation = row.actorOrganisation ? { organisation: row.actorOrganisation } : {};
  const jobTitle = row.actorJobTitle ? { jobTitle: row.actorJobTitle } : {};
  switch (row.actorKind) {
    case 'professional':
      return { kind: 'professional', isMe, name: row.actorName, ...jobTitle, ...organisation };
    case 'helper':
      // A helper of a member the reader may not see would point to that member.
      if (row.onBehalfOfMemberId && !scope.memberName(row.onBehalfOfMemberId)) return someMember(isMe);
      return { kind: 'helper', isMe, name: row.actorName.split(' ')[0]!, ...jobTitle, ...organisation };
    case 'member': {
      const member = scope.snapshot.members.find((m) => m.userId !== null && m.userId === row.actorUserId);
      const name = scope.memberName(member?.id ?? null);
      if (!member || !name) return someMember(isMe);
      return { kind: 'gezinslid', isMe, memberId: member.id, name, memberRole: member.role };
    }
    case 'beheerder':
      return { kind: 'beheerder', isMe, ...organisation };
    default:
      return { kind: 'systeem', isMe: false };
  }
}
