import { commentEnvelope, replyEnvelope, writtenGuarded, type Guarded } from '@onsplan/shared';
import type { CorrectionTarget } from './correction-targets.ts';
import type { FamilyScope } from './family-scope.ts';
import type { CommentRow } from './family-store.ts';
import { guardedOfRow } from './rows.ts';

/**
 * Written objects (comments, replies, eigen verklaringen) as the evaluator decides them: each with
 * its own stored envelope and what it hangs on, as it stands in the snapshot now. This only builds
 * the objects; the evaluator's rules decide (hoort-bij-verborgen, contactverbod, eigen-bijdrage).
 */

/** Stands for something that is gone (a removed item, an unknown thread): only professionals see it. */
function gone(scope: FamilyScope, kind: Guarded['kind'], id: string): Guarded {
  return {
    kind, id, familyId: scope.familyId, audience: 'professionals', audienceMembers: [], subjects: [], authorMemberId: null,
    shieldedFrom: [], sharedAcrossContactverbod: false, generalInfo: false, fieldShields: {},
  };
}

/** The current plan version, or something gone when the family has no plan. */
export function planGuarded(scope: FamilyScope): Guarded {
  const plan = scope.snapshot.plan;
  return plan ? guardedOfRow('plan', plan.version.id, scope.familyId, plan.version) : gone(scope, 'plan', 'geen-plan');
}

/** What a comment on an item (or the whole plan) hangs on: the plan, and the item as it is in the current version. */
function itemDependencies(scope: FamilyScope, itemKey: string | null, shown: ShownVersion = {}): Guarded[] {
  const plan = shown.plan ?? planGuarded(scope);
  if (itemKey === null) return [plan];
  if (shown.item) return [plan, shown.item];
  const item = scope.snapshot.plan?.items.find((i) => i.itemKey === itemKey);
  return [plan, item ? guardedOfRow('plan-item', item.id, scope.familyId, item) : gone(scope, 'plan-item', itemKey)];
}

/** The version (and item) a screen shows, when that is not the current one: a draft in "Bekijk als". */
export interface ShownVersion {
  plan?: Guarded;
  item?: Guarded;
}

/** A comment hangs on its item; a reply hangs on the first comment of its thread (and through it on the item). */
export function commentGuarded(scope: FamilyScope, comment: CommentRow): Guarded {
  let dependsOn: Guarded[];
  if (comment.replyTo === null) dependsOn = itemDependencies(scope, comment.itemKey);
  else {
    const root = scope.snapshot.comments.find((c) => c.id === comment.replyTo);
    dependsOn = [root && root.replyTo === null ? commentGuarded(scope, root) : gone(scope, 'comment', comment.replyTo)];
  }
  return writtenGuarded('comment', comment.id, scope.familyId, comment, dependsOn);
}

/** The disputed target of a correctieverzoek or eigen verklaring; a plan item hangs on the plan too. */
export function targetGuarded(scope: FamilyScope, target: CorrectionTarget): Guarded {
  const own = target.kind === 'comment' ? commentOf(scope, target.rowId) : undefined;
  if (own) return commentGuarded(scope, own);
  if (target.dependsOn) return guardedOfRow(target.kind, target.rowId, scope.familyId, target.envelope, target.dependsOn);
  const guarded = guardedOfRow(target.kind, target.rowId, scope.familyId, target.envelope);
  return target.kind === 'plan-item' ? { ...guarded, dependsOn: [planGuarded(scope)] } : guarded;
}

function commentOf(scope: FamilyScope, id: string): CommentRow | undefined {
  return scope.snapshot.comments.find((c) => c.id === id);
}

/**
 * A comment this viewer would write for everyone who sees the item (or the plan), as the API would
 * store it: to tell the writer who will read it before she sends it. Undefined when she cannot write.
 * `shown`: the version and item as they will be once a draft is published, for a preview of that version.
 */
export function draftCommentGuarded(scope: FamilyScope, itemKey: string | null, shown: ShownVersion = {}): Guarded | undefined {
  const writer = scope.may('reageren') ? scope.selfMemberId : null;
  if (!writer || (!scope.snapshot.plan && !shown.plan)) return undefined;
  const dependsOn = itemDependencies(scope, itemKey, shown);
  const target = dependsOn.at(-1)!;
  return writtenGuarded('comment', 'nieuw', scope.familyId, commentEnvelope(target, writer, bannedOf(scope), 'zoals-onderdeel'), dependsOn);
}

/** A reply this viewer would write in the thread of `root`; undefined when she cannot write. */
export function draftReplyGuarded(scope: FamilyScope, root: CommentRow): Guarded | undefined {
  if (!scope.may('antwoorden')) return undefined;
  const writer = scope.selfMemberId;
  const thread = commentGuarded(scope, root);
  return writtenGuarded('comment', 'nieuw', scope.familyId, replyEnvelope(thread, writer, bannedOf(scope)), [thread]);
}

/** The writer's banned contacts: the member's own, also when a helper writes for her. */
export function bannedOf(scope: FamilyScope): ReadonlySet<string> {
  return scope.lens.kind === 'member' ? scope.lens.bannedContacts : new Set();
}
