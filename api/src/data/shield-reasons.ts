import type { DraftShield, ShieldableItemField } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { EnvelopeRow } from './rows.ts';

/**
 * Why a professional hid an item or a field from a member (Jeugdwet 7.3.11, issue 10), kept per
 * version in `plan_shield_reasons`. Every way a version is published goes through `keepShieldReasons`
 * (from `insertPublishedVersion`), so a reason given once stays with its shield in every later
 * version, whether that version came from the editor, the versions route or a granted correction.
 */

/** One member kept from an item (`field` null) or from one of its fields. */
export interface ShieldRef {
  memberId: string;
  field: ShieldableItemField | null;
}

/** A reason as it is kept with a published version's shield. */
export interface KeptReason extends ShieldRef {
  itemKey: string;
  reason: NonNullable<DraftShield['reason']>;
  reasonText: string | null;
  decidedBy: string;
  decidedAt: Date;
}

/** The shields an envelope sets: the whole item, then field by field. */
export function shieldsOf(envelope: Pick<EnvelopeRow, 'shieldedFrom' | 'fieldShields'>): ShieldRef[] {
  return [
    ...(envelope.shieldedFrom ?? []).map((memberId) => ({ memberId, field: null })),
    ...Object.entries(envelope.fieldShields ?? {}).flatMap(([field, ids]) => ids.map((memberId) => ({ memberId, field: field as ShieldableItemField }))),
  ];
}

export const sameShield = (a: ShieldRef, b: ShieldRef): boolean => a.memberId === b.memberId && (a.field ?? null) === (b.field ?? null);

/** A reason chosen on purpose: one of the list, and `anders` only with words. */
export function isChosen(s: Pick<DraftShield, 'reason' | 'reasonText'>): boolean {
  return s.reason !== null && (s.reason !== 'anders' || (s.reasonText ?? '').trim() !== '');
}

/**
 * The reasons given with one change of the versions route, checked: each one for a shield the item
 * has after the change, and every shield it did not have before with a reason chosen on purpose
 * (422 reden-nodig at `at/reasons`, as the editor's draft does).
 */
export function reasonsForChange(
  at: string,
  itemKey: string,
  before: readonly ShieldRef[],
  after: readonly ShieldRef[],
  given: readonly DraftShield[],
  decidedBy: string,
  now: Date,
): KeptReason[] {
  given.forEach((g, j) => {
    if (!after.some((s) => sameShield(s, g))) throw new AppError('ongeldige-invoer', { fields: [`${at}/reasons/${j}`] });
  });
  const added = after.filter((s) => !before.some((b) => sameShield(b, s)));
  if (added.some((s) => !given.some((g) => sameShield(g, s) && isChosen(g)))) throw new AppError('reden-nodig', { fields: [`${at}/reasons`] });
  return given.filter(isChosen).map((g) => ({
    itemKey, memberId: g.memberId, field: g.field, reason: g.reason!, reasonText: g.reasonText?.trim() || null, decidedBy, decidedAt: now,
  }));
}

/**
 * Keeps the reasons of a newly inserted version: the ones given with it, and for every other shield
 * that was already there, the reason the version before kept for it.
 */
export async function keepShieldReasons(
  tx: Db,
  v: { familyId: string; previousVersionId: string | null; versionId: string; items: readonly (EnvelopeRow & { itemKey: string })[]; reasons: readonly KeptReason[] },
): Promise<void> {
  const earlier = v.previousVersionId
    ? await tx.query<KeptReason>(
        `select item_key as "itemKey", member_id as "memberId", field, reason, reason_text as "reasonText", decided_by as "decidedBy", decided_at as "decidedAt"
           from plan_shield_reasons where version_id = $1`,
        [v.previousVersionId],
      )
    : [];
  for (const item of v.items) {
    for (const shield of shieldsOf(item)) {
      const match = (r: KeptReason) => r.itemKey === item.itemKey && sameShield(r, shield);
      const r = v.reasons.find(match) ?? earlier.find(match);
      if (!r) continue;
      await tx.query(
        `insert into plan_shield_reasons (id, family_id, version_id, item_key, member_id, field, reason, reason_text, decided_by, decided_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [randomUUID(), v.familyId, v.versionId, item.itemKey, shield.memberId, shield.field, r.reason, r.reasonText, r.decidedBy, new Date(r.decidedAt).toISOString()],
      );
    }
  }
}
