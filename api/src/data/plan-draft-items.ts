import type { DraftItem, DraftShield, ShieldableItemField } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import type { ItemRow } from './family-store.ts';
import type { EnvelopeRow } from './rows.ts';
import type { KeptReason } from './shield-reasons.ts';

/**
 * A draft item as stored: the wire shape plus, per shield, who decided it and when, so the reason
 * can be kept with its decider at publication (REQUIREMENTS A6, issue 10).
 */
export type StoredShield = DraftShield & { decidedBy: string | null; decidedAt: string | null };
export type StoredDraftItem = Omit<DraftItem, 'shields'> & { shields: StoredShield[]; authorMemberId: string | null };

/** A kept reason of a published version, as `plan_shield_reasons` holds it. */
export type ShieldReasonRow = KeptReason;

const shieldId = (s: { memberId: string; field: string | null }) => `${s.memberId}/${s.field ?? ''}`;

/** A published item as the editor starts from it, with the reasons kept for its shields. */
export function draftItemOfRow(row: ItemRow, reasons: readonly ShieldReasonRow[]): StoredDraftItem {
  const kept = new Map(reasons.filter((r) => r.itemKey === row.itemKey).map((r) => [shieldId(r), r]));
  const shield = (memberId: string, field: ShieldableItemField | null): StoredShield => {
    const r = kept.get(shieldId({ memberId, field }));
    return {
      memberId,
      field,
      reason: r?.reason ?? null,
      ...(r?.reasonText ? { reasonText: r.reasonText } : {}),
      decidedBy: r?.decidedBy ?? null,
      decidedAt: r?.decidedAt.toISOString() ?? null,
    };
  };
  return {
    key: row.itemKey,
    section: row.section,
    kind: row.kind,
    what: row.what,
    who: row.who,
    when: row.when,
    where: row.where,
    whatIf: row.whatIf,
    scale: row.scale,
    scaleLow: row.scaleLow ?? null,
    scaleHigh: row.scaleHigh ?? null,
    audience: row.audience === 'organisatie' ? 'professionals' : row.audience,
    audienceMembers: [...row.audienceMembers],
    subjects: [...row.subjects],
    shields: [
      ...row.shieldedFrom.map((id) => shield(id, null)),
      ...Object.entries(row.fieldShields).flatMap(([field, ids]) => ids.map((id) => shield(id, field as ShieldableItemField))),
    ],
    sharedAcrossContactverbod: row.sharedAcrossContactverbod,
    generalInfo: row.generalInfo,
    authorMemberId: row.authorMemberId,
  };
}

/** The item as the wire carries it to the editor: who decided a shield stays in the data layer. */
export function wireItem(item: StoredDraftItem): DraftItem {
  const { authorMemberId: _author, shields, ...rest } = item;
  return { ...rest, shields: shields.map(({ decidedBy: _by, decidedAt: _at, ...s }) => s) };
}

/** The envelope the evaluator reads, from a draft item's audience and shields. */
export function envelopeOfDraft(item: StoredDraftItem): EnvelopeRow {
  const fieldShields: Record<string, string[]> = {};
  for (const s of item.shields) if (s.field) (fieldShields[s.field] ??= []).push(s.memberId);
  return {
    audience: item.audience,
    audienceMembers: item.audienceMembers,
    subjects: item.subjects,
    authorMemberId: item.authorMemberId,
    shieldedFrom: item.shields.filter((s) => s.field === null).map((s) => s.memberId),
    sharedAcrossContactverbod: item.sharedAcrossContactverbod,
    generalInfo: item.generalInfo,
    fieldShields,
  };
}

/** A draft item as the row it will be once published; its key stands in for the id it does not have yet. */
export function rowOfDraft(item: StoredDraftItem, position: number): ItemRow {
  return {
    id: item.key,
    itemKey: item.key,
    position,
    section: item.section,
    kind: item.kind,
    what: item.what,
    who: item.who,
    when: item.when,
    where: item.where,
    whatIf: item.whatIf,
    scale: item.scale,
    scaleLow: item.scaleLow,
    scaleHigh: item.scaleHigh,
    ...envelopeOfDraft(item),
  };
}

export interface SaveContext {
  memberIds: ReadonlySet<string>;
  /** Items of the version the draft started from: their shields without a kept reason may stay so. */
  baseItems: readonly StoredDraftItem[];
  /** The items as last saved, to keep who decided a shield that did not change. */
  savedItems: readonly StoredDraftItem[];
  userId: string;
  now: Date;
}

/**
 * The items of an autosave, checked: known members only, one shield per member and field, and a
 * reason chosen for every new shield (422 reden-nodig names each one without). Texts are kept as
 * typed, since she is still typing; publishing checks that each item says something.
 */
export function checkedDraftItems(items: readonly DraftItem[], ctx: SaveContext): { items: StoredDraftItem[]; decided: StoredShield[] } {
  const wrong = (field: string) => new AppError('ongeldige-invoer', { fields: [field] });
  const keys = new Set<string>();
  const withoutReason: string[] = [];
  const decided: StoredShield[] = [];
  const stored = items.map((item, index): StoredDraftItem => {
    const at = `items/${index}`;
    if (keys.has(item.key)) throw wrong(`${at}/key`);
    keys.add(item.key);
    for (const field of ['audienceMembers', 'subjects'] as const) if (item[field].some((id) => !ctx.memberIds.has(id))) throw wrong(`${at}/${field}`);
    const base = ctx.baseItems.find((b) => b.key === item.key);
    const saved = ctx.savedItems.find((b) => b.key === item.key);
    const seen = new Set<string>();
    const shields = item.shields.map((s, j): StoredShield => {
      if (!ctx.memberIds.has(s.memberId)) throw wrong(`${at}/shields/${j}/memberId`);
      if (seen.has(shieldId(s))) throw wrong(`${at}/shields/${j}`);
      seen.add(shieldId(s));
      const reasonText = s.reasonText?.trim();
      const same = (o: StoredShield) => shieldId(o) === shieldId(s) && o.reason === s.reason && (o.reasonText ?? '') === (reasonText ?? '');
      const earlier = saved?.shields.find(same) ?? base?.shields.find(same);
      const inherited = s.reason === null && base?.shields.some((o) => shieldId(o) === shieldId(s) && o.reason === null);
      if ((s.reason === null && !inherited) || (s.reason === 'anders' && !reasonText)) withoutReason.push(`${at}/shields/${j}/reason`);
      const shield: StoredShield = {
        memberId: s.memberId,
        field: s.field,
        reason: s.reason,
        ...(reasonText ? { reasonText } : {}),
        decidedBy: earlier?.decidedBy ?? (s.reason ? ctx.userId : null),
        decidedAt: earlier?.decidedAt ?? (s.reason ? ctx.now.toISOString() : null),
      };
      if (!earlier && s.reason) decided.push(shield);
      return shield;
    });
    return { ...item, shields, authorMemberId: base?.authorMemberId ?? null };
  });
  if (withoutReason.length > 0) throw new AppError('reden-nodig', { fields: withoutReason });
  return { items: stored, decided };
}

/** Before publishing: every item must say something. */
export function checkPublishable(items: readonly StoredDraftItem[]): void {
  const empty = items.flatMap((item, index) => (item.what.trim() === '' ? [`items/${index}/what`] : []));
  if (empty.length > 0) throw new AppError('ongeldige-invoer', { fields: empty, detail: 'Een onderdeel zonder tekst kan niet gepubliceerd worden.' });
}
