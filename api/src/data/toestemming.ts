import { randomUUID } from 'node:crypto';
import {
  memberProfileGuarded,
  ageBandOn,
  toestemmingDeciders,
  toestemmingenDecidedBy,
  toestemmingStatus,
  type Day,
  type FamilyFacts,
  type NewToestemming,
  type RevokeToestemming,
  type ToestemmingDecision,
  type ToestemmingDecisionView,
  type ToestemmingOverview,
  type ToestemmingRecipientKind,
  type ToestemmingStateView,
  type ToestemmingSubjectView,
  groupBy,
} from '@onsplan/shared';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import { cleanText, decidedByView, decisionEnvelope, laterThanAll, mayReadDecision, replayedId, seesMember, visibleMemberName } from './decisions.ts';
import type { Actor, FamilyScope } from './family-scope.ts';
import { insertOnce } from './idempotent.ts';
import type { EnvelopeRow } from './rows.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { familyPart } from './family-parts.ts';

interface ToestemmingRow {
  id: string;
  subjectMemberId: string;
  givenByMemberId: string;
  recipientKind: ToestemmingRecipientKind;
  recipientName: string;
  recipientMemberId: string | null;
  purpose: string;
  validUntil: Day | null;
  decision: ToestemmingDecision;
  decidedByKind: string;
  decidedByName: string;
  createdAt: Date;
}

type NewRow = Pick<ToestemmingRow, 'subjectMemberId' | 'recipientKind' | 'recipientName' | 'recipientMemberId' | 'purpose' | 'validUntil' | 'decision'>;

/**
 * Toestemming: consent to share a member's data with a named recipient, for a purpose, until a
 * date (REQUIREMENTS B1, B4). Who decides follows age and gezag on the day: under 12 the parents
 * with gezag, 12–15 the youth and those parents (complete only with all), from 16 the youth alone.
 * Every decision is a new row, so the full history stays. A consent to a family member is what the
 * visibility engine reads as `ownerConsents` (a youth of 16+ letting a parent see their items).
 */
export class ToestemmingRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  /** The members whose data I decide on, and every toestemming I may see, per recipient with its history. */
  async overview(familyId: string): Promise<ToestemmingOverview> {
    const scope = await this.#enter(familyId);
    const facts = scope.snapshot.factsOn(scope.at.day);
    const rows = await toestemmingRows(scope);
    const groups = groupByRecipient(rows.filter((r) => mayReadDecision(scope, 'toestemming', r.id, envelopeOf(r, facts, scope.at.day))));
    const toestemmingen = [...groups.values()].map((visible) => stateView(scope, facts, rows, visible));
    const subjectIds = scope.selfMemberId ? toestemmingenDecidedBy(facts, scope.selfMemberId, scope.at.day) : scope.snapshot.members.map((m) => m.id);
    const subjects = subjectIds.filter((id) => seesMember(scope, id)).map((id) => subjectView(scope, facts, id));
    await scope.record(
      'lezen',
      'toestemmingen',
      toestemmingen.flatMap((t) => t.history.map((h) => h.id)),
      [...subjects.map((s) => s.memberId), ...toestemmingen.map((t) => t.subject.memberId)],
    );
    return { subjects, toestemmingen };
  }

  /**
   * Gives or refuses toestemming, for yourself or for a member you decide for. `alongside` runs in
   * the same transaction as a new decision (an answer to a question that made it), so either both
   * are stored or neither.
   */
  async makeDecision(familyId: string, input: NewToestemming, alongside?: (tx: Db, decisionId: string) => Promise<void>): Promise<{ state: ToestemmingStateView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.memberActor('toestemming-geven');
    const replayed = await replayedId(scope, 'toestemmingen', input.clientId, actor.userId);
    if (replayed) return { state: await this.#stateOf(familyId, replayed), created: false };

    visibleMemberName(scope, input.subjectMemberId);
    const facts = scope.snapshot.factsOn(scope.at.day);
    mustDecide(facts, scope, actor, input.subjectMemberId);
    const recipient = recipientOf(scope, facts, input);
    const purpose = cleanText(input.purpose);
    if (!purpose) throw new AppError('ongeldige-invoer', { fields: ['purpose'] });
    let validUntil: Day | null = null;
    if (input.decision === 'gegeven') {
      if (!input.validUntil || input.validUntil <= scope.at.day) {
        throw new AppError('ongeldige-invoer', { fields: ['validUntil'], detail: 'Kies een datum na vandaag.' });
      }
      validUntil = input.validUntil;
    } else if (input.validUntil !== undefined) {
      throw new AppError('ongeldige-invoer', { fields: ['validUntil'] });
    }
    const { id, created } = await insert(scope, actor, input.clientId, { subjectMemberId: input.subjectMemberId, ...recipient, purpose, validUntil, decision: input.decision }, alongside);
    if (created) await scope.record('aanmaken', 'toestemming', [id], [input.subjectMemberId]);
    return { state: await this.#stateOf(familyId, id), created };
  }

  /** Withdraws my own toestemming for the recipient of decision `toestemmingId`; possible at any time. */
  async revoke(familyId: string, toestemmingId: string, input: RevokeToestemming): Promise<{ state: ToestemmingStateView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.memberActor('toestemming-geven');
    const replayed = await replayedId(scope, 'toestemmingen', input.clientId, actor.userId);
    if (replayed) return { state: await this.#stateOf(familyId, replayed), created: false };

    const facts = scope.snapshot.factsOn(scope.at.day);
    const rows = await toestemmingRows(scope);
    const target = rows.find((r) => r.id === toestemmingId);
    if (!target || !mayReadDecision(scope, 'toestemming', target.id, envelopeOf(target, facts, scope.at.day))) throw new AppError('niet-gevonden');
    mustDecide(facts, scope, actor, target.subjectMemberId);
    const mine = latest(rows.filter((r) => keyOf(r) === keyOf(target) && r.givenByMemberId === actor.memberId));
    if (mine?.decision !== 'gegeven') throw new AppError('toestemming-niet-gegeven');
    const { id, created } = await insert(scope, actor, input.clientId, { ...mine, validUntil: null, decision: 'ingetrokken' });
    if (created) await scope.record('wijzigen', 'toestemming', [id, mine.id], [target.subjectMemberId]);
    return { state: await this.#stateOf(familyId, id), created };
  }

  /** The state of the toestemming that decision `id` belongs to, after a write, through a fresh lens. */
  async #stateOf(familyId: string, id: string): Promise<ToestemmingStateView> {
    const scope = await this.#enter(familyId);
    const facts = scope.snapshot.factsOn(scope.at.day);
    const rows = await toestemmingRows(scope);
    const row = rows.find((r) => r.id === id);
    if (!row) throw new AppError('niet-gevonden');
    const visible = rows.filter((r) => keyOf(r) === keyOf(row) && mayReadDecision(scope, 'toestemming', r.id, envelopeOf(r, facts, scope.at.day)));
    if (!visible.some((r) => r.id === id)) throw new AppError('niet-gevonden');
    return stateView(scope, facts, rows, visible);
  }
}

/** The actor decides on `subjectId`'s data today, or may not do this (403). */
function mustDecide(facts: FamilyFacts, scope: FamilyScope, actor: Actor & { memberId: string }, subjectId: string): void {
  // A choice about a child's data is about the child: a helper needs the scope for that (issue 11).
  scope.authorize('toestemming-geven', memberProfileGuarded(scope.familyId, subjectId));
  if (!toestemmingDeciders(facts, subjectId, scope.at.day).required.includes(actor.memberId)) {
    throw new AppError('niet-toegestaan', { detail: 'Over deze gegevens beslist u niet.' });
  }
}

/** The recipient of a new toestemming: a family member this member may see, or a named organisation or professional. */
function recipientOf(scope: FamilyScope, facts: FamilyFacts, input: NewToestemming): Pick<ToestemmingRow, 'recipientKind' | 'recipientName' | 'recipientMemberId'> {
  const recipient = input.recipient;
  if (recipient.kind !== 'gezinslid') {
    const name = cleanText(recipient.name)?.replace(/\s+/g, ' ');
    if (!name) throw new AppError('ongeldige-invoer', { fields: ['recipient/name'] });
    return { recipientKind: recipient.kind, recipientName: name, recipientMemberId: null };
  }
  const name = visibleMemberName(scope, recipient.memberId);
  if (recipient.memberId === input.subjectMemberId) throw new AppError('ongeldige-invoer', { fields: ['recipient/memberId'] });
  // Under 16 the parents with gezag already see a youth's items, and the visibility engine reads a
  // family member's consent only from 16 on: a consent here would say "compleet" and change nothing.
  const subject = facts.members.find((m) => m.id === input.subjectMemberId)!;
  const band = ageBandOn(subject, scope.at.day);
  if (band === 'onder-12' || band === '12-15') {
    throw new AppError('ongeldige-invoer', { fields: ['recipient/kind'], detail: 'Delen met een gezinslid kan vanaf 16 jaar. Vraag het de hulpverlener.' });
  }
  return { recipientKind: 'gezinslid', recipientName: name, recipientMemberId: recipient.memberId };
}

async function insert(
  scope: FamilyScope,
  actor: Actor & { memberId: string },
  clientId: string,
  row: NewRow,
  alongside?: (tx: Db, decisionId: string) => Promise<void>,
): Promise<{ id: string; created: boolean }> {
  return scope.write(async (tx) => {
    const stored = await insertOnce(
      tx,
      { table: 'toestemmingen', familyId: scope.familyId },
      clientId,
      actor.userId,
      `insert into toestemmingen (id, family_id, subject_member_id, given_by_member_id, recipient_kind, recipient_name, recipient_member_id,
                                  purpose, valid_until, status, decided_by_user_id, client_id, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, ${laterThanAll('toestemmingen', '$13', '$2')}) on conflict (client_id, family_id) do nothing returning id`,
      [
        randomUUID(), scope.familyId, row.subjectMemberId, actor.memberId, row.recipientKind, row.recipientName, row.recipientMemberId,
        row.purpose, row.validUntil, row.decision, actor.userId, clientId, scope.now.toISOString(),
      ],
    );
    if (stored.created && alongside) await alongside(tx, stored.id);
    return stored;
  });
}

const toestemmingenPart = familyPart<ToestemmingRow>(
  'toestemmingen',
  `select t.id, t.subject_member_id as "subjectMemberId", t.given_by_member_id as "givenByMemberId", t.recipient_kind as "recipientKind",
          t.recipient_name as "recipientName", t.recipient_member_id as "recipientMemberId", t.purpose, t.valid_until as "validUntil",
          t.status as decision, u.kind as "decidedByKind", u.display_name as "decidedByName", t.created_at as "createdAt"
     from toestemmingen t join users u on u.id = t.decided_by_user_id
    where t.family_id = $1 order by t.created_at, t.id`,
  { createdAt: true },
);

function toestemmingRows(scope: FamilyScope): Promise<readonly ToestemmingRow[]> {
  return scope.familyRows(toestemmingenPart);
}

/**
 * Named: the member whose data it is, whoever decides on it today, and the one who decided. It is
 * about the subject and about a family member who receives it, so a contactverbod with either blocks it.
 */
function envelopeOf(row: ToestemmingRow, facts: FamilyFacts, day: Day): EnvelopeRow {
  const deciders = toestemmingDeciders(facts, row.subjectMemberId, day).required;
  const about = row.recipientMemberId ? [row.subjectMemberId, row.recipientMemberId] : [row.subjectMemberId];
  return decisionEnvelope([row.subjectMemberId, ...deciders, row.givenByMemberId], about, row.givenByMemberId);
}

/** One toestemming is one member's data to one recipient; the same organisation written differently is the same one. */
function keyOf(row: Pick<ToestemmingRow, 'subjectMemberId' | 'recipientKind' | 'recipientName' | 'recipientMemberId'>): string {
  const recipient = row.recipientKind === 'gezinslid' ? `lid:${row.recipientMemberId}` : `${row.recipientKind}:${row.recipientName.trim().toLowerCase().replace(/\s+/g, ' ')}`;
  return `${row.subjectMemberId}|${recipient}`;
}

function groupByRecipient(rows: ToestemmingRow[]): Map<string, ToestemmingRow[]> {
  return groupBy(rows, keyOf);
}

function latest<T extends { createdAt: Date }>(rows: T[]): T | undefined {
  return rows.reduce<T | undefined>((last, r) => (!last || r.createdAt >= last.createdAt ? r : last), undefined);
}

/**
 * The state from everyone's latest decision, `all` being every row of the family. A member who may
 * not see someone who also decides (a contactverbod) gets "onbekend": a status would tell them what
 * that person decided.
 */
function stateView(scope: FamilyScope, facts: FamilyFacts, all: readonly ToestemmingRow[], visible: ToestemmingRow[]): ToestemmingStateView {
  const newest = latest(visible)!;
  const key = keyOf(newest);
  const group = all.filter((r) => keyOf(r) === key);
  const required = toestemmingDeciders(facts, newest.subjectMemberId, scope.at.day).required;
  const latestOf = (deciderId: string) => latest(group.filter((r) => r.givenByMemberId === deciderId));
  const status = toestemmingStatus(
    required,
    required.flatMap((id) => {
      const d = latestOf(id);
      return d ? [{ deciderId: id, decision: d.decision, validUntil: d.validUntil }] : [];
    }),
    scope.at.day,
  );
  const visibleIds = new Set(visible.map((r) => r.id));
  const hidden = required.some((id) => !seesMember(scope, id) || (latestOf(id) !== undefined && !visibleIds.has(latestOf(id)!.id)));
  const deciders = required
    .filter((id) => seesMember(scope, id))
    .map((id) => {
      const d = latestOf(id);
      return { memberId: id, firstName: scope.memberName(id)!, decision: d && visibleIds.has(d.id) ? decisionView(scope, d) : null };
    });
  const lastGiven = newest.validUntil ?? undefined;
  return {
    subject: { memberId: newest.subjectMemberId, firstName: scope.memberName(newest.subjectMemberId) ?? '' },
    recipient: recipientView(newest),
    status: hidden ? 'onbekend' : status,
    purpose: newest.purpose,
    ...(lastGiven ? { validUntil: lastGiven } : {}),
    deciders,
    history: [...visible].reverse().map((r) => decisionView(scope, r)),
  };
}

function subjectView(scope: FamilyScope, facts: FamilyFacts, memberId: string): ToestemmingSubjectView {
  const member = facts.members.find((m) => m.id === memberId)!;
  const required = toestemmingDeciders(facts, memberId, scope.at.day).required;
  return {
    memberId,
    firstName: scope.memberName(memberId)!,
    band: ageBandOn(member, scope.at.day),
    deciders: required.filter((id) => seesMember(scope, id)).map((id) => ({ memberId: id, firstName: scope.memberName(id)! })),
    mayDecide: scope.selfMemberId !== null && required.includes(scope.selfMemberId),
  };
}

function recipientView(row: ToestemmingRow): ToestemmingStateView['recipient'] {
  return { kind: row.recipientKind, name: row.recipientName, ...(row.recipientMemberId ? { memberId: row.recipientMemberId } : {}) };
}

function decisionView(scope: FamilyScope, row: ToestemmingRow): ToestemmingDecisionView {
  return {
    id: row.id,
    subjectMemberId: row.subjectMemberId,
    recipient: recipientView(row),
    purpose: row.purpose,
    decision: row.decision,
    ...(row.validUntil ? { validUntil: row.validUntil } : {}),
    decidedAt: row.createdAt.toISOString(),
    by: {
      ...decidedByView(scope, { ...row, decidedByMemberId: row.givenByMemberId }),
      ...(seesMember(scope, row.givenByMemberId) ? { memberId: row.givenByMemberId } : {}),
    },
  };
}
