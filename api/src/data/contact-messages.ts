import { randomUUID } from 'node:crypto';
import {
  contactAnswerEnvelope,
  contactMessageEnvelope,
  contactThreadProblems,
  dutchDay,
  type CallMoment,
  type CommentAuthorView,
  type ContactInbox,
  type ContactKind,
  type ContactMessageView,
  type ContactThreadList,
  type ContactThreadView,
  type Guarded,
  type HelpTopic,
  type NewContactAnswer,
  type NewContactThread,
} from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import type { Actor, FamilyScope } from './family-scope.ts';
import { insertOnce } from './idempotent.ts';
import { activeAssignments, professionalAccount, type Principal } from './principals.ts';
import { envelopeColumnList, envelopeParams, envelopePlaceholders, envelopeSelect, guardedOfRow, type EnvelopeRow } from './rows.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { helperNameFor, onBehalfOfNameFor } from './namens-names.ts';
import { familyPart } from './family-parts.ts';
import { seenUntilOf } from './read-marks.ts';

/** The threads of one family a list reads at most: the newest, so a long history stays bounded. */
const threadsPerFamily = 200;

interface MessageRow extends EnvelopeRow {
  id: string;
  threadId: string | null;
  kind: ContactKind | null;
  topic: HelpTopic | null;
  callMoment: CallMoment | null;
  body: string | null;
  authorUserId: string;
  authorKind: 'member' | 'helper' | 'professional' | 'beheerder';
  authorName: string;
  authorJobTitle: string | null;
  onBehalfOfMemberId: string | null;
  createdAt: Date;
  doneAt: Date | null;
}

interface Thread {
  first: MessageRow;
  firstGuarded: Guarded;
  messages: { row: MessageRow; guarded: Guarded }[];
}

/**
 * Contact with the professionals (issue 13, point 3): a member asks for help, asks to be called
 * back or sends a message, in a private thread with the professionals of her family; they answer
 * and mark it done. Every message is a guarded object of its own (see contact-messages.ts in
 * shared/visibility): the evaluator decides each one, every read and write is logged, and news
 * goes out through `announce`, without content.
 */
export class ContactMessagesRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  async list(familyId: string): Promise<ContactThreadList> {
    const scope = await this.#enter(familyId);
    // Asked at the same moment, so both go in one statement with the other parts of a sync.
    const [threads, seenUntil] = await Promise.all([visibleThreads(scope), seenUntilOf(scope, 'contact')]);
    await scope.record('lezen', 'contactberichten', threads.flatMap((t) => t.messages.map((m) => m.row.id)), subjectsOfThreads(threads));
    return { threads: threads.map((t) => threadView(scope, t, seenUntil)), mayStart: scope.may('reageren'), seenUntil: seenUntil?.toISOString() ?? null };
  }

  /** "Gelezen": marks the family's threads as read by this person up to `until` (never later than now). */
  async markSeen(familyId: string, until: string): Promise<void> {
    const scope = await this.#enter(familyId);
    // A preview is the professional looking as the member: it must not make the member's answers old news.
    if (scope.isPreview) return;
    const at = new Date(Math.min(Date.parse(until), scope.now.getTime()));
    await scope.db.query(
      `insert into contact_reads (user_id, family_id, seen_until) values ($1, $2, $3)
       on conflict (user_id, family_id) do update set seen_until = greatest(contact_reads.seen_until, excluded.seen_until)`,
      [scope.viewUserId, familyId, at.toISOString()],
    );
  }

  async start(familyId: string, input: NewContactThread): Promise<{ thread: ContactThreadView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.authorize('reageren');
    if (actor.memberId === null) throw new AppError('niet-toegestaan');
    const problems = contactThreadProblems(input);
    if (problems.length) throw new AppError('ongeldige-invoer', { fields: problems });
    const envelope = contactMessageEnvelope(actor.memberId);
    const body = input.body?.trim() || null;
    const { id, created } = await insertMessage(scope, actor, input.clientId, envelope, {
      threadId: null, kind: input.kind, topic: input.topic ?? null, callMoment: input.callMoment ?? null, body,
    });
    if (created) await scope.record('aanmaken', 'contactbericht', [id], [actor.memberId]);
    return { thread: await this.#shown(scope, id, created), created };
  }

  async answer(familyId: string, threadId: string, input: NewContactAnswer): Promise<{ thread: ContactThreadView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const thread = await visibleThread(scope, threadId);
    const actor = scope.authorize('antwoorden', thread.firstGuarded);
    const body = input.body.trim();
    if (!body || body.length > 2000) throw new AppError('ongeldige-invoer', { fields: ['body'] });
    const envelope = contactAnswerEnvelope(thread.firstGuarded, actor.kind === 'professional' ? null : actor.memberId);
    const { id, created } = await insertMessage(scope, actor, input.clientId, envelope, { threadId: thread.first.id, kind: null, topic: null, callMoment: null, body });
    if (created) await scope.record('aanmaken', 'contactbericht', [id], subjectsOfThreads([thread]));
    return { thread: await this.#shown(scope, thread.first.id, created), created };
  }

  /** A professional marks a thread done: the call was made, the help arranged. Doing it twice changes nothing. */
  async close(familyId: string, threadId: string): Promise<ContactThreadView> {
    const scope = await this.#enter(familyId);
    const thread = await visibleThread(scope, threadId);
    const actor = scope.authorize('beslissen', thread.firstGuarded);
    if (actor.kind !== 'professional') throw new AppError('niet-toegestaan');
    const [changed] = await scope.write((tx) =>
      tx.query<{ id: string }>(`update contact_messages set done_at = $2, done_by_user_id = $3 where id = $1 and done_at is null returning id`, [
        thread.first.id,
        scope.now.toISOString(),
        actor.userId,
      ]),
    );
    if (changed) await scope.record('wijzigen', 'contactbericht', [thread.first.id], subjectsOfThreads([thread]));
    const fresh = await this.#enter(familyId);
    return threadView(fresh, await visibleThread(fresh, threadId), await seenUntilOf(fresh, 'contact'));
  }

  /** The thread as this viewer sees it after a write; a new message is news for whoever may read it. */
  async #shown(scope: FamilyScope, threadId: string, created: boolean): Promise<ContactThreadView> {
    const fresh = await this.#enter(scope.familyId);
    const thread = await visibleThread(fresh, threadId);
    // Told through the writing scope: it already told the member of a helper's write, once is enough.
    if (created) scope.announce(thread.messages.at(-1)!.guarded);
    return threadView(fresh, thread, await seenUntilOf(fresh, 'contact'));
  }
}

/** Stores one message once (the outbox may send it again): a thread's first message, or an answer in it. */
function insertMessage(
  scope: FamilyScope,
  actor: Actor,
  clientId: string,
  envelope: Omit<Guarded, 'kind' | 'id' | 'familyId'>,
  m: { threadId: string | null; kind: ContactKind | null; topic: HelpTopic | null; callMoment: CallMoment | null; body: string | null },
): Promise<{ id: string; created: boolean }> {
  return scope.write((tx) =>
    insertOnce(
      tx,
      { table: 'contact_messages', familyId: scope.familyId },
      clientId,
      actor.userId,
      `insert into contact_messages (id, family_id, thread_id, kind, topic, call_moment, body, author_user_id, on_behalf_of_member_id, created_at, client_id, ${envelopeColumnList})
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, ${envelopePlaceholders(12)}) on conflict (client_id, family_id) do nothing returning id`,
      [randomUUID(), scope.familyId, m.threadId, m.kind, m.topic, m.callMoment, m.body, actor.userId, actor.onBehalfOfMemberId, scope.now.toISOString(), clientId, ...envelopeParams(envelope)],
      'author_user_id',
    ),
  );
}

/** "Berichten" in the workspace: the threads not yet done in each of her families, read through each family's scope. */
export async function contactInboxFor(enter: EnterFamily, principal: Principal, now: Date): Promise<ContactInbox> {
  professionalAccount(principal);
  const threads: ContactInbox['threads'] = [];
  for (const familyId of activeAssignments(principal, { day: dutchDay(now), instant: now.toISOString() })) {
    const scope = await enter(familyId);
    // Oldest first, so threads of one instant keep the order they were written in.
    const open = (await visibleThreads(scope)).filter((t) => t.first.doneAt === null).reverse();
    const seenUntil = await seenUntilOf(scope, 'contact');
    await scope.record('lezen', 'contactberichten', open.flatMap((t) => t.messages.map((m) => m.row.id)), subjectsOfThreads(open));
    for (const t of open) threads.push({ ...threadView(scope, t, seenUntil), familyId, familyName: scope.snapshot.name });
  }
  const lastAt = (t: ContactThreadView) => t.messages.at(-1)!.createdAt;
  threads.sort((a, b) => lastAt(a).localeCompare(lastAt(b)));
  return { threads };
}

const threadsSql = (which: string) =>
  `select m.id, m.thread_id as "threadId", m.kind, m.topic, m.call_moment as "callMoment", m.body, m.author_user_id as "authorUserId",
          u.kind as "authorKind", u.display_name as "authorName", u.job_title as "authorJobTitle", m.on_behalf_of_member_id as "onBehalfOfMemberId",
          m.created_at as "createdAt", m.done_at as "doneAt", ${envelopeSelect('m')}
     from contact_messages m join users u on u.id = m.author_user_id
    where m.family_id = $1 and coalesce(m.thread_id, m.id) in (
      select id from contact_messages where family_id = $1 and thread_id is null ${which} order by seq desc limit ${threadsPerFamily})
    order by m.seq`;
const messagesPart = familyPart<MessageRow>('contactberichten', threadsSql(''), { createdAt: true, doneAt: true });

async function visibleThreads(scope: FamilyScope, onlyThread?: string): Promise<Thread[]> {
  const rows = onlyThread
    ? await scope.db.query<MessageRow>(threadsSql('and id = $2'), [scope.familyId, onlyThread])
    : await scope.familyRows(messagesPart);
  const threads = new Map<string, Thread>();
  // Each message is decided on its own; a thread whose first message is hidden shows nothing.
  for (const row of rows.filter((r) => r.threadId === null)) {
    const firstGuarded = guardedOfRow('contactbericht', row.id, scope.familyId, row);
    if (scope.decides(firstGuarded).visible) threads.set(row.id, { first: row, firstGuarded, messages: [{ row, guarded: firstGuarded }] });
  }
  for (const row of rows) {
    const thread = row.threadId === null ? undefined : threads.get(row.threadId);
    if (!thread) continue;
    const guarded = guardedOfRow('contactbericht', row.id, scope.familyId, row, [thread.firstGuarded]);
    if (scope.decides(guarded).visible) thread.messages.push({ row, guarded });
  }
  return [...threads.values()].reverse();
}

async function visibleThread(scope: FamilyScope, threadId: string): Promise<Thread> {
  const [thread] = await visibleThreads(scope, threadId);
  if (!thread) throw new AppError('niet-gevonden');
  return thread;
}

function subjectsOfThreads(threads: readonly Thread[]): string[] {
  return [...new Set(threads.flatMap((t) => t.messages.flatMap((m) => m.guarded.subjects)))];
}

function threadView(scope: FamilyScope, t: Thread, seenUntil: Date | null): ContactThreadView {
  const last = t.messages.at(-1)!.row;
  const status = t.first.doneAt ? 'afgehandeld' : last.authorKind === 'professional' ? 'beantwoord' : 'open';
  const memberName = scope.isProfessional ? scope.memberName(t.first.authorMemberId) : undefined;
  const memberPhone = scope.isProfessional ? phoneOf(scope, t.first.authorMemberId) : undefined;
  const messages: ContactMessageView[] = t.messages.map(({ row }) => {
    const author = authorView(scope, row);
    return { id: row.id, author, body: row.body, createdAt: row.createdAt.toISOString(), isNew: isNewFor(scope, row, author, seenUntil) };
  });
  return {
    id: t.first.id,
    kind: t.first.kind!,
    topic: t.first.topic,
    callMoment: t.first.callMoment,
    status,
    createdAt: t.first.createdAt.toISOString(),
    ...(memberName ? { memberName } : {}),
    ...(memberPhone ? { memberPhone } : {}),
    messages,
    mayAnswer: scope.may('antwoorden', t.firstGuarded),
    mayClose: t.first.doneAt === null && scope.isProfessional && scope.may('beslissen', t.firstGuarded),
    newMessages: messages.filter((m) => m.isNew).length,
  };
}

/** New for this person: someone else wrote it after she last looked; for a professional only what the family wrote. */
function isNewFor(scope: FamilyScope, row: MessageRow, author: CommentAuthorView, seenUntil: Date | null): boolean {
  if (author.isMe || (scope.isProfessional && row.authorKind === 'professional')) return false;
  return seenUntil === null || row.createdAt > seenUntil;
}

/** The member's phone number as this viewer may read it: who asks to be called back is called on it. */
function phoneOf(scope: FamilyScope, memberId: string | null): string | undefined {
  const field = scope.snapshot.fields.find((f) => f.memberId === memberId && f.field === 'telefoon');
  return field && scope.sees('member-field', field.id, field).visible ? field.value : undefined;
}

function authorView(scope: FamilyScope, row: MessageRow): CommentAuthorView {
  const isMe = row.authorUserId === scope.viewUserId;
  if (row.authorKind === 'professional') return { kind: 'professional', name: row.authorName, ...(row.authorJobTitle ? { jobTitle: row.authorJobTitle } : {}), isMe };
  const memberName = scope.memberName(row.authorMemberId);
  const forMember = onBehalfOfNameFor(scope, row.authorMemberId);
  if (row.onBehalfOfMemberId !== null) return { kind: 'helper', name: helperNameFor(scope, row.authorName), isMe, ...(forMember ? { onBehalfOf: forMember } : {}) };
  return { kind: 'member', isMe, ...(memberName ? { name: memberName } : {}) };
}
