import { instemmingDeciders, type InstemmingReminderView, type InstemmingRemindersSent } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import { AppError } from '../http/problems.ts';
import { mayReadDecision } from './decisions.ts';
import type { FamilyScope } from './family-scope.ts';
import type { EnvelopeRow } from './rows.ts';
import { planGuarded } from './written-objects.ts';
import { familyPart } from './family-parts.ts';

/**
 * Reminders to answer the instemming on a plan version (issue 10, point 8c). A reminder goes to the
 * member who decides (for a child under 12 a parent with gezag) and is that member's alone: nobody
 * else in the family reads it, so Mark never learns that Samira was reminded. At most one per
 * member, version and day; the database's unique key holds that also when two presses cross.
 */
export interface ReminderRow {
  id: string;
  versionId: string;
  memberId: string;
  createdAt: Date;
  byName: string;
  byJobTitle: string | null;
}

const remindersPart = familyPart<ReminderRow>(
  'herinneringen',
  `select r.id, r.plan_version_id as "versionId", r.member_id as "memberId", r.created_at as "createdAt", u.display_name as "byName", u.job_title as "byJobTitle"
     from instemming_reminders r join users u on u.id = r.reminded_by_user_id
    where r.family_id = $1 order by r.created_at, r.id`,
  { createdAt: true },
);

/** Who still has to answer `versionId`: every decider who gave no answer for a member they decide for. */
export type AnsweredBy = (memberId: string, deciderId: string) => boolean;

/** Sends a reminder to each decider without an answer on the version, except those reminded today. */
export async function sendReminders(scope: FamilyScope, version: { id: string }, answered: AnsweredBy): Promise<InstemmingRemindersSent> {
  const actor = scope.authorize('herinneren', planGuarded(scope));
  const facts = scope.snapshot.factsOn(scope.at.day);
  const open = new Set<string>();
  for (const m of scope.snapshot.members) {
    for (const decider of instemmingDeciders(facts, m.id, scope.at.day)) if (!answered(m.id, decider)) open.add(decider);
  }
  const { sent, already } = await scope.write(async (tx) => {
    const sent: string[] = [];
    const ids: string[] = [];
    for (const memberId of open) {
      const [row] = await tx.query<{ id: string }>(
        `insert into instemming_reminders (id, family_id, plan_version_id, member_id, reminded_by_user_id, reminded_on, created_at)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict (plan_version_id, member_id, reminded_on, family_id) do nothing returning id`,
        [randomUUID(), scope.familyId, version.id, memberId, actor.userId, scope.at.day, scope.now.toISOString()],
      );
      if (row) {
        sent.push(memberId);
        ids.push(row.id);
      }
    }
    return { sent: { memberIds: sent, ids }, already: [...open].filter((id) => !sent.includes(id)) };
  });
  if (sent.ids.length) await scope.record('aanmaken', 'herinnering', sent.ids, sent.memberIds);
  scope.tellMembers(sent.memberIds, () => planGuarded(scope));
  if (sent.memberIds.length === 0 && already.length > 0) throw new AppError('al-herinnerd');
  const named = (ids: readonly string[]) => ids.map((memberId) => ({ memberId, firstName: scope.memberName(memberId)! }));
  return { versionId: version.id, reminded: named(sent.memberIds), alreadyToday: named(already) };
}

/** The reminders on a version that this viewer may read: all for a professional, her own for a member. */
export async function remindersOn(scope: FamilyScope, versionId: string): Promise<ReminderRow[]> {
  const rows = await scope.familyRows(remindersPart);
  return rows.filter((r) => r.versionId === versionId && mayReadDecision(scope, 'instemming', r.id, reminderEnvelope(r.memberId)));
}

/** The latest reminder to `memberId`, as the member sees it. */
export function reminderView(rows: readonly ReminderRow[], memberId: string): InstemmingReminderView | undefined {
  const last = rows.filter((r) => r.memberId === memberId).at(-1);
  if (!last) return undefined;
  return { byName: last.byName.split(' ')[0]!, ...(last.byJobTitle ? { byJobTitle: last.byJobTitle } : {}), at: last.createdAt.toISOString() };
}

/** Named to the reminded member only; about her, so a contactverbod partner never reads it either. */
function reminderEnvelope(memberId: string): EnvelopeRow {
  return {
    audience: 'leden',
    audienceMembers: [memberId],
    subjects: [memberId],
    authorMemberId: null,
    shieldedFrom: [],
    sharedAcrossContactverbod: false,
    generalInfo: false,
    fieldShields: {},
  };
}
