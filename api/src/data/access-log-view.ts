import { accessLogActionOf, accessLogActions, type AccessLogActorView, type DelegationScope, type AccessLogEntryView, type AccessLogGroupView, type AccessLogPage, type AccessLogPersonView, firstName } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import type { DelegationBasis } from './access-log.ts';
import { lastDayOf } from './delegations.ts';
import type { FamilyScope } from './family-scope.ts';
import type { EnterFamily } from './scoped-repository.ts';

/** The filters of the page; both off by default (REQUIREMENTS D3: others first). `own`: also what the member did themself (their own views and their phone's background loads); `person`: only this person (an `AccessLogPersonView.id`). */
export interface AccessLogQuery {
  own?: boolean;
  person?: string;
}

/** Lines (groups) per page of the screen. */
export const accessLogPageSize = { default: 50, max: 100 } as const;

/**
 * "Older than this line": the newest log id the first page saw, then the day and the newest entry
 * of the last line shown. Every page of one list is grouped over the same entries (id ≤ upTo), so
 * a line never grows, moves or shows twice while someone pages, even as new entries arrive.
 */
export const accessLogCursor = /^([1-9][0-9]{0,17})\.(\d{4}-\d{2}-\d{2})\.([1-9][0-9]{0,17})$/;

interface Cursor {
  upTo: string;
  day: string;
  lastId: string;
}

// Days are Dutch calendar days, as the member lives them, whatever the server's time zone.
const zone = 'Europe/Amsterdam';
const dayOf = (instant: string) => `(${instant} at time zone '${zone}')::date`;
const startOfDay = (day: string) => `(${day}::timestamp at time zone '${zone}')`;

/** Numbered SQL parameters, so one condition can be used in several places of one statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface Filter {
  /** Also the member's own entries. */
  own: boolean;
  person?: string | undefined;
  upTo?: string | undefined;
  beforeId?: string | undefined;
}

interface ActorColumns {
  actorUserId: string | null;
  actorKind: string;
  actorName: string;
  actorOrganisation: string | null;
  actorJobTitle: string | null;
  onBehalfOfMemberId: string | null;
}

interface EntryRow extends ActorColumns {
  id: string;
  at: Date;
  action: string;
  objectKind: string;
  objectIds: string[];
}

interface GroupRow extends ActorColumns {
  day: string;
  action: string;
  objectKind: string;
  count: number;
  firstAt: Date;
  lastAt: Date;
  lastId: string;
  delegation: DelegationBasis | null;
  helperName: string | null;
  helperUserId: string | null;
}

/** The kinds of entry about help: a code for a helper, and the help itself. */
const helpKinds = ['machtiging', 'machtiging-uitnodiging'];

/**
 * "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3): the access-log entries about one member's
 * own data, for that member or a helper acting for them. Only who (role and organisation), when,
 * what and for whom: never the client IP, never the other members an entry was also about, never
 * an object or a person the reader may not see.
 *
 * The screen gets lines: one per person, day, action and kind of thing, with a count, others
 * first. A member's own views (and their phone's background loads) come only on request: after
 * twelve minutes of use they were 300 of 381 entries and pushed what others did out of reach.
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

  /** One page of lines, newest day first; `before` is the `nextCursor` of the page before. */
  async page(familyId: string, options: AccessLogQuery & { before?: string; limit?: number } = {}): Promise<AccessLogPage> {
    const scope = await this.#enter(familyId);
    const memberId = ownMember(scope);
    const limit = Math.min(options.limit ?? accessLogPageSize.default, accessLogPageSize.max);
    const cursor = options.before ? parseCursor(options.before) : undefined;
    const upTo = cursor?.upTo ?? (await newestId(scope));
    const [rows, people] = await Promise.all([
      groupRows(scope, memberId, { own: options.own ?? false, person: options.person, upTo }, cursor, limit),
      // The people to choose from are the same on every page; the first page brings them.
      cursor ? [] : peopleIn(scope, memberId),
    ]);
    const page = rows.slice(0, limit);
    // The query already left out everyone hidden from this reader; checking again costs nothing and
    // keeps a mistake in the SQL from reaching a member (the line is then missing, not leaked).
    const groups = page.filter((row) => !actorHidden(scope, row)).map((row) => groupView(scope, row));
    await scope.record('lezen', 'toegangslog', [], [memberId]);
    const last = page[page.length - 1];
    return {
      member: { id: memberId, firstName: scope.memberName(memberId)! },
      groups,
      people,
      nextCursor: rows.length > limit && last ? `${upTo}.${last.day}.${last.lastId}` : null,
    };
  }

  /**
   * Every entry one by one, newest first, the member's own too: for "Mijn gegevens downloaden"
   * (A7), which is logged as that export, so reading the pages here writes no entry of its own.
   */
  async entriesForExport(familyId: string, options: { before?: string; limit: number }): Promise<{ entries: AccessLogEntryView[]; nextCursor: string | null }> {
    const scope = await this.#enter(familyId);
    const memberId = ownMember(scope);
    const params = new Params();
    const where = matching(params, scope, memberId, { own: true, beforeId: options.before });
    const rows = await scope.db.query<EntryRow>(
      `select l.id::text as id, l.at, ${actorColumns}, l.action, l.object_kind as "objectKind", l.object_ids as "objectIds"
         from access_log l left join users u on u.id = l.actor_user_id
        where ${where}
        order by l.id desc limit ${params.add(options.limit + 1)}`,
      params.values,
    );
    const page = rows.slice(0, options.limit);
    const seen = visibleObjects(scope);
    return {
      entries: page.filter((row) => !actorHidden(scope, row)).map((row) => entryView(scope, row, seen)),
      nextCursor: rows.length > options.limit ? page[page.length - 1]!.id : null,
    };
  }
}

/** The member whose log this is: the member, or the one a helper acts for; professionals get 403. */
function ownMember(scope: FamilyScope): string {
  if (!scope.selfMemberId) throw new AppError('niet-toegestaan');
  return scope.selfMemberId;
}

function parseCursor(value: string): Cursor {
  const match = accessLogCursor.exec(value);
  // The pattern lets 2026-13-45 through; the database would fail on it, so it is checked here.
  const day = new Date(`${match?.[2]}T12:00:00Z`);
  if (!match || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== match[2]) throw new AppError('ongeldige-invoer');
  return { upTo: match[1]!, day: match[2]!, lastId: match[3]! };
}

async function newestId(scope: FamilyScope): Promise<string> {
  // A family's rows are appended under its own chain's lock (access-log.ts), so its ids grow in the
  // order they are stored: up to its own newest id, every row of the family is there. Another
  // family's newer id would not say that.
  const [row] = await scope.db.query<{ id: string }>('select coalesce(max(id), 0)::text as id from access_log where family_id = $1', [scope.familyId]);
  return row!.id;
}

const actorColumns = `l.actor_user_id as "actorUserId", l.actor_kind as "actorKind", l.actor_name as "actorName",
  l.actor_organisation as "actorOrganisation", u.job_title as "actorJobTitle", l.on_behalf_of_member_id as "onBehalfOfMemberId"`;

/**
 * The entries this reader may see in this member's log, as an SQL condition on `access_log l`.
 * About the member's own data only; never by a person the reader may not see: an entry by them (a
 * contactverbod) would tell when and how often that person uses Ons Plan, so safety goes first and
 * such entries are left out entirely, as is any kind of actor this code does not know.
 */
function matching(params: Params, scope: FamilyScope, memberId: string, filter: Filter): string {
  const shown = scope.snapshot.members.filter((m) => scope.memberName(m.id) !== undefined);
  const conditions = [
    `l.family_id = ${params.add(scope.familyId)}::uuid`,
    `l.subject_member_ids @> array[${params.add(memberId)}::uuid]`,
    `(l.actor_user_id = ${params.add(scope.viewUserId)}::uuid
      or (l.actor_kind = 'member' and l.actor_user_id = any(${params.add(shown.flatMap((m) => (m.userId ? [m.userId] : [])))}::uuid[]))
      or (l.actor_kind = 'helper' and (l.on_behalf_of_member_id is null or l.on_behalf_of_member_id = any(${params.add(shown.map((m) => m.id))}::uuid[])))
      or l.actor_kind in ('professional', 'beheerder', 'systeem'))`,
  ];
  // Own: what the member did themself. A helper acting for them is someone else ("Ria namens u").
  const ownUser = scope.snapshot.members.find((m) => m.id === memberId)?.userId;
  // Her own decisions about help are always shown: whom she let help her, what and until when, is what she checks here.
  if (!filter.own && ownUser) {
    conditions.push(`not (l.actor_kind = 'member' and l.actor_user_id = ${params.add(ownUser)}::uuid and not (l.object_kind = any(${params.add(helpKinds)}::text[]) and l.action <> 'lezen'))`);
  }
  if (filter.person) conditions.push(`l.actor_user_id = ${params.add(filter.person)}::uuid`);
  if (filter.upTo) conditions.push(`l.id <= ${params.add(filter.upTo)}::bigint`);
  if (filter.beforeId) conditions.push(`l.id < ${params.add(filter.beforeId)}::bigint`);
  return conditions.join(' and ');
}

/**
 * The lines of one page, grouped in SQL. Bounded by days, not by the whole history: a page of
 * `limit` lines needs at most `limit + 2` days with entries (the cursor's day, partly shown, then
 * at least one line per day, plus one line to know that more exist), and the days are found by
 * stepping back one day at a time on the (family_id, at) index. Only entries of those days are read.
 */
async function groupRows(scope: FamilyScope, memberId: string, filter: Filter, cursor: Cursor | undefined, limit: number): Promise<GroupRow[]> {
  const params = new Params();
  const where = matching(params, scope, memberId, filter);
  const end = cursor ? startOfDay(`(${params.add(cursor.day)}::date + 1)`) : `'infinity'::timestamptz`;
  const action = `case when l.outcome = 'geweigerd' then 'geweigerd' when l.action = any(${params.add([...accessLogActions])}::text[]) then l.action else 'anders' end`;
  const after = cursor ? `where g.day < ${params.add(cursor.day)} or g."lastId"::bigint < ${params.add(cursor.lastId)}::bigint` : '';
  return scope.db.query<GroupRow>(
    `with recursive days(day, n) as (
       select (select ${dayOf('max(l.at)')} from access_log l where ${where} and l.at < ${end}), 1
       union all
       select (select ${dayOf('max(l.at)')} from access_log l where ${where} and l.at < ${startOfDay('d.day')}), d.n + 1
         from days d where d.day is not null and d.n < ${params.add(limit + 2)}
     ),
     lines as (
       select to_char(${dayOf('l.at')}, 'YYYY-MM-DD') as day, l.actor_kind, l.actor_user_id, l.on_behalf_of_member_id,
              ${action} as action, l.object_kind, count(*)::int as count, min(l.at) as "firstAt", max(l.at) as "lastAt",
              max(l.id) as "lastId", (array_agg(l.actor_name order by l.id desc))[1] as actor_name,
              (array_agg(l.actor_organisation order by l.id desc))[1] as actor_organisation,
              (array_agg(l.delegation order by l.id desc))[1] as delegation
         from access_log l
        where ${where} and l.at < ${end} and l.at >= (select ${startOfDay('min(d.day)')} from days d)
        group by 1, 2, 3, 4, 5, 6
     )
     select g.day, g.actor_kind as "actorKind", g.actor_user_id as "actorUserId", g.actor_name as "actorName",
            g.actor_organisation as "actorOrganisation", u.job_title as "actorJobTitle", g.on_behalf_of_member_id as "onBehalfOfMemberId",
            g.action, g.object_kind as "objectKind", g.count, g."firstAt", g."lastAt", g."lastId"::text as "lastId", g.delegation,
            helper.name as "helperName", helper.user_id as "helperUserId"
       from lines g left join users u on u.id = g.actor_user_id
       -- The helper a line about help is about: the delegation's, or the invitation's (named by the member, no account yet).
       left join lateral (
         select hu.display_name as name, d.helper_user_id as user_id from delegations d join users hu on hu.id = d.helper_user_id where d.id = (g.delegation->>'id')::uuid
         union all
         select coalesce(hu.display_name, i.helper_name), i.helper_user_id from delegation_invitations i left join users hu on hu.id = i.helper_user_id where i.id = (g.delegation->>'id')::uuid
         limit 1
       ) helper on g.object_kind = any(${params.add(helpKinds)}::text[])
       ${after}
      order by g.day desc, g."lastId" desc
      limit ${params.add(limit + 1)}`,
    params.values,
  );
}

/**
 * Everyone other than the member who appears in the member's log, whoever did the most recent
 * thing first. The family's actors are found by stepping through the (family_id, actor_user_id)
 * index (a family has a few dozen, however long its log), then each one's newest entry about this
 * member, under the same rules as the lines.
 */
async function peopleIn(scope: FamilyScope, memberId: string): Promise<AccessLogPersonView[]> {
  const params = new Params();
  const where = matching(params, scope, memberId, { own: false });
  const family = params.add(scope.familyId);
  // The member themself and the members hidden from this reader are never listed: skip them before
  // looking for their newest entry, which would read all they ever did (every background load).
  const members = scope.snapshot.members;
  const skip = members.filter((m) => m.userId && (m.id === memberId || scope.memberName(m.id) === undefined)).map((m) => m.userId!);
  const rows = await scope.db.query<ActorColumns & { lastId: string }>(
    `with recursive actors(id) as (
       (select l.actor_user_id from access_log l where l.family_id = ${family}::uuid and l.actor_user_id is not null order by l.actor_user_id limit 1)
       union all
       select (select l.actor_user_id from access_log l where l.family_id = ${family}::uuid and l.actor_user_id > a.id order by l.actor_user_id limit 1)
         from actors a where a.id is not null
     )
     select a.id as "actorUserId", last.actor_kind as "actorKind", last.actor_name as "actorName", last.actor_organisation as "actorOrganisation",
            u.job_title as "actorJobTitle", last.on_behalf_of_member_id as "onBehalfOfMemberId", last.id::text as "lastId"
       from (select id from actors where id <> all(${params.add(skip)}::uuid[])) a
       cross join lateral (
         select l.id, l.actor_kind, l.actor_name, l.actor_organisation, l.on_behalf_of_member_id
           from access_log l where ${where} and l.actor_user_id = a.id order by l.id desc limit 1
       ) last
       left join users u on u.id = a.id
      order by last.id desc`,
    params.values,
  );
  return rows
    .filter((row) => !actorHidden(scope, row))
    .map((row) => ({ id: row.actorUserId!, actor: actorView(scope, row), ...onBehalfOfView(scope, row) }));
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

function entryView(scope: FamilyScope, row: EntryRow, seen: Set<string>): AccessLogEntryView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: accessLogActionOf(row.action),
    objectKind: row.objectKind,
    objectIds: row.objectIds.filter((id) => seen.has(id)),
    actor: actorView(scope, row),
    ...onBehalfOfView(scope, row),
  };
}

function groupView(scope: FamilyScope, row: GroupRow): AccessLogGroupView {
  const actor = actorView(scope, row);
  return {
    id: `${row.day}.${row.lastId}`,
    day: row.day,
    action: accessLogActionOf(row.action),
    // A refused request is logged by its route ("POST /api/…"): the member reads only that something was tried.
    objectKind: row.objectKind.includes(' /api/') ? 'handeling' : row.objectKind,
    count: row.count,
    firstAt: row.firstAt.toISOString(),
    lastAt: row.lastAt.toISOString(),
    // Only a person the line names can be chosen; a nameless one stays nameless.
    ...(row.actorUserId && actor.kind !== 'systeem' && actor.name ? { person: row.actorUserId } : {}),
    actor,
    ...onBehalfOfView(scope, row),
    ...helpAgreementView(scope, row),
  };
}

/**
 * What help was given, changed or ended: the member reads in her log who helps her, what the helper
 * may do and until when. A helper reading the log learns no other helper's name: only the member
 * sees all her helpers.
 */
function helpAgreementView(scope: FamilyScope, row: GroupRow): Pick<AccessLogGroupView, 'helpAgreement'> {
  const aboutHelp = ['aanmaken', 'wijzigen', 'verwijderen'].includes(row.action) && helpKinds.includes(row.objectKind);
  if (!aboutHelp || !row.delegation) return {};
  const named = row.helperName && (scope.isMembersOwnView || row.helperUserId === scope.viewUserId);
  return {
    helpAgreement: {
      scopes: row.delegation.scopes as DelegationScope[],
      lastDay: lastDayOf(new Date(row.delegation.validUntil)),
      ...(named ? { helper: firstName(row.helperName!) } : {}),
    },
  };
}


function onBehalfOfView(scope: FamilyScope, row: ActorColumns): { onBehalfOf?: { memberId: string; name: string } } {
  const name = scope.memberName(row.onBehalfOfMemberId);
  return row.onBehalfOfMemberId && name && row.actorKind === 'helper' ? { onBehalfOf: { memberId: row.onBehalfOfMemberId, name } } : {};
}

function actorHidden(scope: FamilyScope, row: ActorColumns): boolean {
  if (row.actorUserId === scope.viewUserId) return false;
  switch (row.actorKind) {
    case 'helper':
      return row.onBehalfOfMemberId !== null && !scope.memberName(row.onBehalfOfMemberId);
    case 'member': {
      const member = scope.snapshot.members.find((m) => m.userId !== null && m.userId === row.actorUserId);
      return !member || !scope.memberName(member.id);
    }
    case 'professional':
    case 'beheerder':
    case 'systeem':
      return false;
    default:
      return true;
  }
}

const someMember = (isMe: boolean): AccessLogActorView => ({ kind: 'gezinslid', isMe });

function actorView(scope: FamilyScope, row: ActorColumns): AccessLogActorView {
  const isMe = row.actorUserId !== null && row.actorUserId === scope.viewUserId;
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
