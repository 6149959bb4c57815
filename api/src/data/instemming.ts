import { randomUUID } from 'node:crypto';
import {
  memberProfileGuarded,
  instemmingDeciders,
  instemmingenGivenBy,
  type InstemmingAnswerView,
  type InstemmingDecision,
  type InstemmingOverview,
  type InstemmingRemindersSent,
  type NewInstemmingReminders,
  type MemberInstemmingView,
  type MyInstemmingView,
  type NewInstemming,
  type PlanChangesView,
} from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { cleanText, decidedByView, decisionEnvelope, laterThanAll, mayReadDecision, replayedId, seesMember, visibleMemberName } from './decisions.ts';
import type { FamilyScope } from './family-scope.ts';
import { insertOnce } from './idempotent.ts';
import { reminderView, remindersOn, sendReminders, type ReminderRow } from './instemming-reminders.ts';
import { diffItems, type ItemContent } from './plan-versions.ts';
import { envelopeSelect, type EnvelopeRow } from './rows.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { familyPart } from './family-parts.ts';

interface InstemmingRow {
  id: string;
  versionId: string;
  versionNumber: number;
  memberId: string;
  decision: InstemmingDecision;
  remark: string | null;
  decidedByUserId: string;
  decidedByKind: string;
  decidedByName: string;
  decidedByMemberId: string | null;
  createdAt: Date;
}

interface VersionRef extends EnvelopeRow {
  id: string;
  number: number;
  publishedAt: Date;
}

type VersionItem = ItemContent & EnvelopeRow & { id: string; itemKey: string };

/**
 * Instemming: a member's agreement with one exact plan version (REQUIREMENTS B1, B3, B4). A member
 * answers for themself from 12, a parent with gezag also for a child under 12; a helper who may help
 * answers for the member they help. Every answer is a new row, so the history stays and the latest
 * answer on a version counts. A new version asks again and shows what changed for that reader.
 */
export class InstemmingRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  /** The instemming state of a version (default the current one): mine, and for professionals every member's. */
  async overview(familyId: string, versionId?: string): Promise<InstemmingOverview> {
    const scope = await this.#enter(familyId);
    const current = currentVersion(scope);
    const version = versionId && versionId !== current.id ? await publishedVersion(scope, versionId) : current;
    // Asked at the same moment, so both go in one statement with the other parts of a sync.
    const [all, reminders] = await Promise.all([instemmingRows(scope), remindersOn(scope, version.id)]);
    const rows = all.filter((r) => mayReadDecision(scope, 'instemming', r.id, envelopeOf(r)));
    const facts = scope.snapshot.factsOn(scope.at.day);
    const mine: MyInstemmingView[] = [];
    const self = scope.selfMemberId;
    if (self) {
      for (const memberId of instemmingenGivenBy(facts, self, scope.at.day)) {
        if (!seesMember(scope, memberId)) continue;
        mine.push(await this.#mine(scope, rows, version, memberId, self));
      }
    }
    const members = scope.isProfessional ? membersView(scope, rows, version, reminders) : undefined;
    const reminder = self && version.id === current.id && mine.some((m) => !m.answer) ? reminderView(reminders, self) : undefined;
    const shown = [...mine.flatMap((m) => [m.answer, m.previous]), ...(members ?? []).flatMap((m) => m.deciders.map((d) => d.answer))].filter((a) => a !== null);
    await scope.record('lezen', 'instemmingen', [version.id, ...new Set(shown.map((a) => a.id))], [
      ...mine.map((m) => m.memberId),
      ...(members ?? []).map((m) => m.memberId),
    ]);
    return {
      version: { id: version.id, number: version.number, publishedAt: version.publishedAt.toISOString(), isCurrent: version.id === current.id },
      mine,
      ...(members ? { members } : {}),
      ...(reminder ? { reminder } : {}),
    };
  }

  /** "Herinnering sturen": to everyone who decides and did not answer the current version yet. */
  async remind(familyId: string, input: NewInstemmingReminders): Promise<InstemmingRemindersSent> {
    const scope = await this.#enter(familyId);
    const current = currentVersion(scope);
    if (input.versionId !== current.id) {
      await publishedVersion(scope, input.versionId);
      throw new AppError('plan-veranderd');
    }
    const rows = await instemmingRows(scope);
    const answered = (memberId: string, decider: string) => rows.some((r) => r.versionId === current.id && r.memberId === memberId && deciderOf(r) === decider);
    return sendReminders(scope, current, answered);
  }

  /** Stores an answer on the current version; an older version answers 409 plan-veranderd. */
  async answer(familyId: string, input: NewInstemming): Promise<{ answer: InstemmingAnswerView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.memberActor('instemmen');
    const replayed = await replayedId(scope, 'instemmingen', input.clientId, actor.userId);
    if (replayed) return { answer: await this.#answerView(familyId, replayed), created: false };

    const memberId = input.memberId ?? actor.memberId;
    visibleMemberName(scope, memberId);
    // For a child the choice is about the child: a helper needs the scope for that (issue 11).
    if (memberId !== actor.memberId) scope.authorize('instemmen', memberProfileGuarded(scope.familyId, memberId));
    if (!instemmingDeciders(scope.snapshot.factsOn(scope.at.day), memberId, scope.at.day).includes(actor.memberId)) {
      throw new AppError('niet-toegestaan', { detail: 'U kunt hier niet instemmen voor dit gezinslid.' });
    }
    const current = currentVersion(scope);
    if (input.versionId !== current.id) {
      await publishedVersion(scope, input.versionId);
      throw new AppError('plan-veranderd');
    }
    const remark = cleanText(input.remark);
    if (input.decision === 'eens' && remark) throw new AppError('ongeldige-invoer', { fields: ['remark'], detail: 'Kies "eens met opmerking" als u iets wilt zeggen.' });
    if (input.decision !== 'eens' && !remark) throw new AppError('uitleg-nodig', { fields: ['remark'] });

    const { id, created } = await scope.write((tx) =>
      insertOnce(
        tx,
        { table: 'instemmingen', familyId: scope.familyId },
        input.clientId,
        actor.userId,
        `insert into instemmingen (id, family_id, plan_version_id, member_id, decision, remark, decided_by_user_id, decided_by_member_id, client_id, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${laterThanAll('instemmingen', '$10', '$2')}) on conflict (client_id, family_id) do nothing returning id`,
        [randomUUID(), familyId, current.id, memberId, input.decision, remark ?? null, actor.userId, actor.memberId, input.clientId, scope.now.toISOString()],
      ),
    );
    if (created) await scope.record('aanmaken', 'instemming', [id], [memberId]);
    return { answer: await this.#answerView(familyId, id), created };
  }

  async #answerView(familyId: string, id: string): Promise<InstemmingAnswerView> {
    const scope = await this.#enter(familyId);
    const row = (await instemmingRows(scope, id))[0];
    if (!row || !mayReadDecision(scope, 'instemming', row.id, envelopeOf(row))) throw new AppError('niet-gevonden');
    return answerView(scope, row);
  }

  async #mine(scope: FamilyScope, rows: InstemmingRow[], version: VersionRef, memberId: string, self: string): Promise<MyInstemmingView> {
    const own = rows.filter((r) => r.memberId === memberId && deciderOf(r) === self);
    const answer = latest(own.filter((r) => r.versionId === version.id));
    const previous = answer ? undefined : latest(own.filter((r) => r.versionNumber < version.number));
    const view: MyInstemmingView = {
      memberId,
      firstName: scope.memberName(memberId)!,
      forSelf: memberId === self,
      answer: answer ? answerView(scope, answer) : null,
      previous: previous ? answerView(scope, previous) : null,
    };
    if (previous) view.changesSince = await changesSince(scope, { id: previous.versionId, number: previous.versionNumber }, version.id);
    return view;
  }
}

/** Every member, who answers for them today, and what each one answered on `version`. */
function membersView(scope: FamilyScope, rows: InstemmingRow[], version: VersionRef, reminders: readonly ReminderRow[]): MemberInstemmingView[] {
  const facts = scope.snapshot.factsOn(scope.at.day);
  return scope.snapshot.members.map((m) => {
    const deciders = instemmingDeciders(facts, m.id, scope.at.day).map((deciderId) => {
      const answer = latest(rows.filter((r) => r.memberId === m.id && deciderOf(r) === deciderId && r.versionId === version.id));
      const reminded = reminders.filter((r) => r.memberId === deciderId).at(-1);
      return {
        memberId: deciderId,
        firstName: scope.memberName(deciderId)!,
        answer: answer ? answerView(scope, answer) : null,
        ...(reminded ? { remindedAt: reminded.createdAt.toISOString() } : {}),
      };
    });
    const status = deciders.length === 0 ? 'niet-nodig' : deciders.every((d) => d.answer) ? 'beantwoord' : 'open';
    return { memberId: m.id, firstName: m.firstName, status, deciders };
  });
}

/**
 * What changed between two versions for this reader: both sides pass the lens first and lose their
 * hidden fields, so an item (or a field) they may not see is never named, not even as "changed".
 */
async function changesSince(scope: FamilyScope, from: { id: string; number: number }, toVersionId: string): Promise<PlanChangesView> {
  const seen = async (versionId: string) =>
    (await versionItems(scope, versionId)).flatMap((item) => {
      const decision = scope.sees('plan-item', item.id, item);
      if (!decision.visible) return [];
      const stripped: Record<string, unknown> = { ...item };
      for (const field of decision.hiddenFields) stripped[field] = null;
      return [stripped as unknown as VersionItem];
    });
  const [before, after, allAfter] = await Promise.all([seen(from.id), seen(toVersionId), versionItems(scope, toVersionId)]);
  const diff = diffItems(before, after);
  // An item still in the plan but narrowed away from this reader is not "removed": naming it (and
  // its old text) would keep alive what a professional just hid from them.
  const stillThere = new Set(allAfter.map((i) => i.itemKey));
  diff.removed = diff.removed.filter((key) => !stillThere.has(key));
  const ref = (items: VersionItem[]) => (key: string) => {
    const item = items.find((i) => i.itemKey === key)!;
    return { key, what: item.what ?? '' };
  };
  return { fromVersion: from.number, added: diff.added.map(ref(after)), changed: diff.changed.map(ref(after)), removed: diff.removed.map(ref(before)) };
}

function currentVersion(scope: FamilyScope): VersionRef {
  const plan = scope.snapshot.plan;
  if (!plan || !scope.sees('plan', plan.version.id, plan.version).visible) throw new AppError('niet-gevonden');
  return plan.version;
}

/** A published version of this family's plan that the viewer may see. */
async function publishedVersion(scope: FamilyScope, versionId: string): Promise<VersionRef> {
  const [row] = await scope.db.query<VersionRef>(
    `select v.id, v.number, v.published_at as "publishedAt", ${envelopeSelect('v')}
       from plan_versions v where v.id = $1 and v.family_id = $2 and v.published_at is not null`,
    [versionId, scope.familyId],
  );
  if (!row || !scope.sees('plan', row.id, row).visible) throw new AppError('niet-gevonden');
  return row;
}

async function versionItems(scope: FamilyScope, versionId: string): Promise<VersionItem[]> {
  return scope.db.query<VersionItem>(
    `select i.id, i.item_key as "itemKey", i.section, i.kind, i.what, i.who, i.when_text as "when", i.where_text as "where",
            i.what_if as "whatIf", i.scale, ${envelopeSelect('i')}
       from plan_items i where i.version_id = $1 and i.family_id = $2 order by i.position`,
    [versionId, scope.familyId],
  );
}

const instemmingSelect = `select i.id, i.plan_version_id as "versionId", v.number as "versionNumber", i.member_id as "memberId", i.decision, i.remark,
          i.decided_by_user_id as "decidedByUserId", u.kind as "decidedByKind", u.display_name as "decidedByName",
          i.decided_by_member_id as "decidedByMemberId", i.created_at as "createdAt"
     from instemmingen i join plan_versions v on v.id = i.plan_version_id join users u on u.id = i.decided_by_user_id
    where i.family_id = $1`;
const instemmingenPart = familyPart<InstemmingRow>('instemmingen', `${instemmingSelect} order by i.created_at, i.id`, { createdAt: true });

async function instemmingRows(scope: FamilyScope, id?: string): Promise<readonly InstemmingRow[]> {
  if (id) return scope.db.query<InstemmingRow>(`${instemmingSelect} and i.id = $2`, [scope.familyId, id]);
  return scope.familyRows(instemmingenPart);
}

/** The member who decided; rows from before that column existed were given by the member themself. */
function deciderOf(row: InstemmingRow): string {
  return row.decidedByMemberId ?? row.memberId;
}

/** Named: the member it is for and the one who decided; nobody else in the family reads it. */
function envelopeOf(row: InstemmingRow): EnvelopeRow {
  return decisionEnvelope([row.memberId, deciderOf(row)], [row.memberId], deciderOf(row));
}

function latest<T extends { createdAt: Date }>(rows: T[]): T | undefined {
  return rows.reduce<T | undefined>((last, r) => (!last || r.createdAt >= last.createdAt ? r : last), undefined);
}

function answerView(scope: FamilyScope, row: InstemmingRow): InstemmingAnswerView {
  return {
    id: row.id,
    versionId: row.versionId,
    versionNumber: row.versionNumber,
    memberId: row.memberId,
    decision: row.decision,
    ...(row.remark ? { remark: row.remark } : {}),
    answeredAt: row.createdAt.toISOString(),
    by: decidedByView(scope, row),
  };
}
