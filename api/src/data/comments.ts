import { randomUUID } from 'node:crypto';
import { commentEnvelope, conversationEnvelope, decide, replyEnvelope, writtenGuarded, type CommentList, type CommentView, type Guarded, type NewComment, type NewConversation, type NewReply } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { subjectsOf, type Actor, type FamilyScope } from './family-scope.ts';
import type { CommentRow } from './family-store.ts';
import { insertOnce } from './idempotent.ts';
import { bannedOf, commentGuarded, draftReplyGuarded, planGuarded } from './written-objects.ts';
import { guardedOfRow } from './rows.ts';
import { readersOf } from './readers.ts';
import { seenUntilOf } from './read-marks.ts';
import { envelopeColumnList, envelopeParams, envelopePlaceholders, type EnvelopeRow } from './rows.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { helperNameFor, onBehalfOfNameFor } from './namens-names.ts';

/**
 * Comments on the plan and replies to them. The writer chooses the readers: only the professionals
 * (the default), or everyone who sees the item (or the plan); the writer always sees their own words
 * (rule eigen-bijdrage). A reply goes to the thread's readers and its starter, and hangs on the
 * thread, so a thread never reaches further than its first comment.
 */
export class CommentsRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  async list(familyId: string): Promise<CommentList> {
    const scope = await this.#enter(familyId);
    const visible = scope.snapshot.comments.filter((c) => seesComment(scope, c));
    const seenUntil = await seenUntilOf(scope, 'reacties');
    await scope.record('lezen', 'reacties', visible.map((c) => c.id), subjectsOf(visible));
    return { comments: visible.map((c) => commentView(scope, c, seenUntil)), seenUntil: seenUntil?.toISOString() ?? null };
  }

  async add(familyId: string, input: NewComment): Promise<{ comment: CommentView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.authorize('reageren');
    const body = cleanBody(input.body);
    const plan = scope.snapshot.plan;
    if (!plan) throw new AppError('niet-gevonden');
    const target = input.itemKey ? plan.items.find((i) => i.itemKey === input.itemKey) : plan.version;
    const kind = input.itemKey ? 'plan-item' : 'plan';
    if (!target || !scope.sees(kind, target.id, target).visible) throw new AppError('niet-gevonden');
    const envelope = commentEnvelope(target, actor.memberId!, bannedOf(scope), input.audience ?? 'alleen-professionals');
    return this.#insert(scope, actor, { versionId: plan.version.id, itemKey: input.itemKey ?? null, replyTo: null, body, clientId: input.clientId }, envelope);
  }

  /**
   * A professional starts a conversation: the first comment of a thread, to named members, all
   * adults or the whole family, about the plan or one item. Each named member must be able to read
   * the thread as it will be stored (422 otherwise): a professional cannot write to someone what that
   * person may not see. Two named members with a contactverbod between them are refused too: each
   * would learn that the other is in the conversation, and their answers would silently not reach
   * each other; the professional starts two conversations instead.
   */
  async start(familyId: string, input: NewConversation): Promise<{ comment: CommentView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const plan = scope.snapshot.plan;
    if (!plan) throw new AppError('niet-gevonden');
    const item = input.itemKey ? plan.items.find((i) => i.itemKey === input.itemKey) : undefined;
    if (input.itemKey && !item) throw new AppError('niet-gevonden');
    const planObject = planGuarded(scope);
    const target: Guarded = item ? guardedOfRow('plan-item', item.id, scope.familyId, item) : planObject;
    const actor = scope.authorize('gesprek-beginnen', target);
    const body = cleanBody(input.body);
    const to = input.to.kind === 'leden' ? { kind: 'leden' as const, memberIds: [...new Set(input.to.memberIds)] } : input.to;
    if (to.kind === 'leden') checkAddressees(scope, to.memberIds);
    const envelope = conversationEnvelope(target, to);
    if (to.kind === 'leden') {
      const thread = writtenGuarded('comment', 'nieuw', scope.familyId, envelope, item ? [planObject, target] : [planObject]);
      const blind = to.memberIds.filter((id) => !decide(scope.lensOfMember(id), thread).visible);
      if (blind.length) throw new AppError('ontvanger-ziet-het-niet', { fields: ['to'] });
    }
    return this.#insert(scope, actor, { versionId: plan.version.id, itemKey: input.itemKey ?? null, replyTo: null, body, clientId: input.clientId }, envelope);
  }

  async reply(familyId: string, commentId: string, input: NewReply): Promise<{ comment: CommentView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.authorize('antwoorden');
    const parent = scope.snapshot.comments.find((c) => c.id === commentId);
    if (!parent || !seesComment(scope, parent)) throw new AppError('niet-gevonden');
    // Replies hang under the first comment of the thread.
    const root = parent.replyTo ? scope.snapshot.comments.find((c) => c.id === parent.replyTo) ?? parent : parent;
    const body = cleanBody(input.body);
    const envelope = replyEnvelope(root, actor.kind === 'professional' ? null : actor.memberId, bannedOf(scope));
    return this.#insert(scope, actor, { versionId: root.versionId, itemKey: root.itemKey, replyTo: root.id, body, clientId: input.clientId }, envelope);
  }

  /** Marks the comments as read up to `until` (never later than now). */
  async markSeen(familyId: string, until: string): Promise<void> {
    const scope = await this.#enter(familyId);
    const at = new Date(Math.min(Date.parse(until), scope.now.getTime()));
    await scope.db.query(
      `insert into comment_reads (user_id, family_id, seen_until) values ($1, $2, $3)
       on conflict (user_id, family_id) do update set seen_until = greatest(comment_reads.seen_until, excluded.seen_until)`,
      [scope.principal.userId, familyId, at.toISOString()],
    );
  }

  async #insert(
    scope: FamilyScope,
    actor: Actor,
    c: { versionId: string; itemKey: string | null; replyTo: string | null; body: string; clientId: string },
    envelope: EnvelopeRow,
  ): Promise<{ comment: CommentView; created: boolean }> {
    const { id, created } = await scope.writeOnce((db) =>
      insertOnce(
        db,
        { table: 'comments', familyId: scope.familyId },
        c.clientId,
        actor.userId,
        `insert into comments (id, family_id, plan_version_id, item_key, reply_to, author_user_id, on_behalf_of_member_id, body, client_id, created_at, ${envelopeColumnList})
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, ${envelopePlaceholders(11)}) on conflict (client_id, family_id) do nothing returning id`,
        [randomUUID(), scope.familyId, c.versionId, c.itemKey, c.replyTo, actor.userId, actor.onBehalfOfMemberId, c.body, c.clientId, scope.now.toISOString(), ...envelopeParams(envelope)],
        'author_user_id',
      ),
    );
    if (created) await scope.record('aanmaken', 'reactie', [id], subjectsOf([envelope], [actor.memberId]));
    const fresh = await this.#enter(scope.familyId);
    const row = fresh.snapshot.comments.find((r) => r.id === id);
    if (!row || !seesComment(fresh, row)) throw new AppError('niet-gevonden');
    // A reply, or a professional who starts a conversation, is news for whoever may read it.
    if (created && (c.replyTo !== null || actor.kind === 'professional')) fresh.announce(commentGuarded(fresh, row));
    return { comment: commentView(fresh, row, null), created };
  }
}

/**
 * The evaluator decides a comment as a written object of its own: its envelope, its writer, and
 * what it hangs on (the item, or the thread), so a narrowed or removed item takes its comments along.
 */
function seesComment(scope: FamilyScope, c: CommentRow): boolean {
  return scope.decides(commentGuarded(scope, c)).visible;
}

function isOwn(scope: FamilyScope, c: CommentRow): boolean {
  return c.authorUserId === scope.viewUserId || (c.onBehalfOfMemberId !== null && c.onBehalfOfMemberId === scope.selfMemberId);
}

/** Named addressees are members of this family, and no two of them have a contactverbod. */
function checkAddressees(scope: FamilyScope, memberIds: readonly string[]): void {
  if (memberIds.length === 0) throw new AppError('ongeldige-invoer', { fields: ['to'] });
  if (!memberIds.every((id) => scope.snapshot.members.some((m) => m.id === id))) throw new AppError('niet-gevonden');
  const lenses = memberIds.map((id) => scope.lensOfMember(id));
  if (lenses.some((lens) => lens.kind === 'member' && memberIds.some((id) => lens.bannedContacts.has(id)))) throw new AppError('gesprek-contactverbod', { fields: ['to'] });
}

function cleanBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) throw new AppError('ongeldige-invoer', { fields: ['body'] });
  return trimmed;
}

function commentView(scope: FamilyScope, c: CommentRow, seenUntil: Date | null): CommentView {
  const isMe = isOwn(scope, c);
  const root = c.replyTo === null ? c : scope.snapshot.comments.find((r) => r.id === c.replyTo);
  const reply = root && draftReplyGuarded(scope, root);
  const author: CommentView['author'] =
    c.authorKind === 'professional'
      ? { kind: 'professional', name: c.authorName, ...(c.authorJobTitle ? { jobTitle: c.authorJobTitle } : {}), isMe }
      : c.authorKind === 'helper'
        ? { kind: 'helper', name: helperNameFor(scope, c.authorName), isMe, ...optionalName('onBehalfOf', onBehalfOfNameFor(scope, c.onBehalfOfMemberId)) }
        : { kind: 'member', isMe, ...optionalName('name', scope.memberName(memberIdOfUser(scope, c.authorUserId))) };
  return {
    id: c.id,
    itemKey: c.itemKey,
    replyTo: c.replyTo,
    versionNumber: c.versionNumber,
    author,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    audience: c.audience === 'professionals' ? 'alleen-professionals' : 'zoals-onderdeel',
    isNew: !isMe && (seenUntil === null || c.createdAt > seenUntil),
    readers: readersOf(scope, commentGuarded(scope, c)),
    ...(reply ? { replyReaders: readersOf(scope, reply) } : {}),
  };
}

function memberIdOfUser(scope: FamilyScope, userId: string): string | null {
  return scope.snapshot.members.find((m) => m.userId === userId)?.id ?? null;
}

function optionalName<K extends string>(key: K, name: string | undefined): Partial<Record<K, string>> {
  return name ? ({ [key]: name } as Record<K, string>) : {};
}
