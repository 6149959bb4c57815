import { randomUUID } from 'node:crypto';
import type { CorrectieChange, CorrectieKind, CorrectieTargetKind } from '@onsplan/shared';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { CorrectionTarget } from './correction-targets.ts';
import { publishNextVersion, type ItemContent } from './plan-versions.ts';

/** The keys a change may carry per target; the ones that may be left empty. */
const changeKeys: Record<CorrectieTargetKind, readonly (keyof CorrectieChange)[]> = {
  'plan-item': ['what', 'who', 'when', 'where', 'whatIf'],
  'member-field': ['value'],
  comment: ['body'],
  member: ['firstName', 'lastName', 'birthDate'],
  score: [],
};
const mayBeEmpty: ReadonlySet<keyof CorrectieChange> = new Set(['who', 'when', 'where', 'whatIf']);

/** Shown instead of a comment that was removed on request; the thread around it stays readable. */
const removedCommentText = 'Deze reactie is verwijderd op verzoek.';

/** The change with trimmed texts; a key that does not fit the target, or an empty required text, answers 400. */
export function cleanChange(kind: CorrectieTargetKind, change: CorrectieChange): CorrectieChange {
  const wrong: string[] = [];
  const clean: CorrectieChange = {};
  for (const [key, raw] of Object.entries(change) as [keyof CorrectieChange, string][]) {
    const value = raw.trim();
    if (!changeKeys[kind].includes(key) || (!value && !mayBeEmpty.has(key))) wrong.push(`change.${key}`);
    else clean[key] = value;
  }
  if (wrong.length) throw new AppError('ongeldige-invoer', { fields: wrong });
  if (Object.keys(clean).length === 0) throw new AppError('ongeldige-invoer', { fields: ['change'] });
  return clean;
}

/**
 * What granting a proposal changes when the professional does not say otherwise: wijzigen replaces
 * the target's main text, aanvullen adds to it. A member record has no main text: say the change.
 */
export function proposedChange(kind: CorrectieKind, proposedText: string, target: CorrectionTarget): CorrectieChange | undefined {
  if (!target.mainText || kind === 'verwijderen') return undefined;
  const { key, text } = target.mainText;
  const glue = key === 'value' ? ' ' : '\n\n';
  return { [key]: kind === 'wijzigen' ? proposedText : `${text}${glue}${proposedText}` };
}

interface ChangeContext {
  familyId: string;
  requestId: string;
  userId: string;
  now: Date;
}

/**
 * Makes the change in the target, keeping what was there: a plan item in a new plan version (the
 * old version stays as it was), anything else with its old value in `correctie_wijzigingen`.
 */
export async function applyChange(tx: Db, ctx: ChangeContext, target: CorrectionTarget, change: CorrectieChange): Promise<void> {
  switch (target.kind) {
    case 'plan-item': {
      const content: Partial<ItemContent> = {};
      if (change.what !== undefined) content.what = change.what;
      if (change.who !== undefined) content.who = change.who;
      if (change.when !== undefined) content.when = change.when;
      if (change.where !== undefined) content.where = change.where || null;
      if (change.whatIf !== undefined) content.whatIf = change.whatIf || null;
      const { number } = await publishNextVersion(tx, ctx.familyId, ctx.userId, ctx.now, { items: [{ op: 'wijzigen', itemKey: target.id, content }] });
      await remember(tx, ctx, target, 'versie', String(number - 1), String(number));
      return;
    }
    case 'member-field':
      await updateColumns(tx, ctx, target, 'member_fields', { value: change.value }, true);
      return;
    case 'comment':
      await updateColumns(tx, ctx, target, 'comments', { body: change.body });
      return;
    case 'member':
      await updateColumns(tx, ctx, target, 'members', { first_name: change.firstName, last_name: change.lastName, birth_date: change.birthDate });
      return;
    case 'score':
      // cleanChange has no key for a score, so no change reaches here; a score is only ever removed.
      throw new AppError('ongeldige-invoer', { fields: ['change'] });
  }
}

/**
 * Destroys the target after a granted removal request (Jeugdwet 7.3.9, REQUIREMENTS A4): also in old
 * plan versions and in the history of earlier corrections, so nothing of it stays behind.
 */
export async function destroyTarget(tx: Db, ctx: ChangeContext, target: CorrectionTarget): Promise<void> {
  await forgetHistory(tx, ctx.familyId, target.kind, [target.id]);
  switch (target.kind) {
    case 'plan-item': {
      const { number } = await publishNextVersion(tx, ctx.familyId, ctx.userId, ctx.now, { items: [{ op: 'verwijderen', itemKey: target.id }] });
      // The one exception to "a published version never changes" (migration 004), for this item only.
      await tx.query(`select set_config('onsplan.vernietig_item', $1, true)`, [target.id]);
      await tx.query(
        `update plan_items set what = '', who = '', when_text = '', where_text = null, what_if = null, scale = null, scale_low = null, scale_high = null where family_id = $1 and item_key = $2`,
        [ctx.familyId, target.id],
      );
      await tx.query(`select set_config('onsplan.vernietig_item', '', true)`);
      await remember(tx, ctx, target, 'versie', String(number - 1), String(number), true);
      return;
    }
    case 'member-field':
      await tx.query('delete from member_fields where id = $1 and family_id = $2', [target.id, ctx.familyId]);
      await remember(tx, ctx, target, target.label, null, null, true);
      return;
    case 'comment':
      await tx.query('update comments set body = $3 where id = $1 and family_id = $2', [target.id, ctx.familyId, removedCommentText]);
      await remember(tx, ctx, target, 'body', null, null, true);
      return;
    case 'member': {
      const fields = await tx.query<{ id: string }>('delete from member_fields where member_id = $1 and family_id = $2 returning id', [target.id, ctx.familyId]);
      await forgetHistory(tx, ctx.familyId, 'member-field', fields.map((f) => f.id));
      await tx.query('update members set birth_date = null, removed_at = $3 where id = $1 and family_id = $2', [target.id, ctx.familyId, ctx.now.toISOString()]);
      await remember(tx, ctx, target, 'lid', null, null, true);
      return;
    }
    case 'score':
      // Gone from every view; the change log makes the next sync replace the device's scores without it.
      await tx.query('delete from scores where id = $1 and family_id = $2', [target.id, ctx.familyId]);
      await remember(tx, ctx, target, 'score', null, null, true);
      return;
  }
}

/** Updates the given columns of one row (undefined ones stay), remembering each old value. */
async function updateColumns(
  tx: Db,
  ctx: ChangeContext,
  target: CorrectionTarget,
  table: 'member_fields' | 'comments' | 'members',
  values: Record<string, string | undefined>,
  touch = false,
): Promise<void> {
  const columns = Object.keys(values).filter((c) => values[c] !== undefined);
  const [old] = await tx.query<Record<string, string | null>>(
    `select ${columns.map((c) => `${c}::text as ${c}`).join(', ')} from ${table} where id = $1 and family_id = $2 for update`,
    [target.id, ctx.familyId],
  );
  if (!old) throw new AppError('niet-gevonden');
  const assignments = columns.map((c, i) => `${c} = $${i + 3}`);
  if (touch) assignments.push(`updated_at = $${columns.length + 3}`);
  await tx.query(`update ${table} set ${assignments.join(', ')} where id = $1 and family_id = $2`, [
    target.id,
    ctx.familyId,
    ...columns.map((c) => values[c]),
    ...(touch ? [ctx.now.toISOString()] : []),
  ]);
  for (const column of columns) await remember(tx, ctx, target, column, old[column] ?? null, values[column]!);
}

async function remember(tx: Db, ctx: ChangeContext, target: CorrectionTarget, field: string, oldValue: string | null, newValue: string | null, destroyed = false): Promise<void> {
  await tx.query(
    `insert into correctie_wijzigingen (id, family_id, correctieverzoek_id, target_kind, target_id, field, old_value, new_value, destroyed, changed_by_user_id, changed_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [randomUUID(), ctx.familyId, ctx.requestId, target.kind, target.id, field, oldValue, newValue, destroyed, ctx.userId, ctx.now.toISOString()],
  );
}

async function forgetHistory(tx: Db, familyId: string, kind: CorrectieTargetKind, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `update correctie_wijzigingen set old_value = null, new_value = null, destroyed = true where family_id = $1 and target_kind = $2 and target_id = any($3::uuid[])`,
    [familyId, kind, ids],
  );
}
