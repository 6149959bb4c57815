import type { PlanItemContentInput } from '@onsplan/shared';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import { envelopeColumnList, envelopeParams, envelopePlaceholders, envelopeSelect, type EnvelopeRow } from './rows.ts';
import { keepShieldReasons, type KeptReason } from './shield-reasons.ts';

export type ItemContent = PlanItemContentInput;

/** One change to the plan in a new version: an item changed, removed or added. */
export type ItemChange =
  | { op: 'wijzigen'; itemKey: string; content?: Partial<ItemContent>; envelope?: Partial<EnvelopeRow> }
  | { op: 'verwijderen'; itemKey: string }
  | { op: 'toevoegen'; content: ItemContent; envelope: EnvelopeRow; itemKey?: string };

export interface VersionChanges {
  title?: string;
  summary?: string;
  items: readonly ItemChange[];
  /** Reasons for the shields these changes add; every shield already there keeps the one it had. */
  reasons?: readonly KeptReason[];
}

type StoredItem = ItemContent & EnvelopeRow & { itemKey: string; position: number };

/**
 * Publishes the next version of a family's plan: the current one copied with `changes` applied.
 * A published version never changes (a trigger guards it), so every change to the plan, also a
 * granted correction, is a new version and the old one stays as history. Call inside a transaction.
 */
export async function publishNextVersion(tx: Db, familyId: string, publishedBy: string, now: Date, changes: VersionChanges): Promise<{ versionId: string; number: number }> {
  const [current] = await tx.query<EnvelopeRow & { id: string; planId: string; number: number; title: string; summary: string }>(
    `select v.id, v.plan_id as "planId", v.number, v.title, v.summary, ${envelopeSelect('v')}
       from plans p join plan_versions v on v.id = p.current_version_id where p.family_id = $1 for update of p`,
    [familyId],
  );
  if (!current) throw new AppError('niet-gevonden');
  const items = await tx.query<StoredItem>(
    `select i.item_key as "itemKey", i.position, i.section, i.kind, i.what, i.who, i.when_text as "when", i.where_text as "where",
            i.what_if as "whatIf", i.scale, i.scale_low as "scaleLow", i.scale_high as "scaleHigh", ${envelopeSelect('i')}
       from plan_items i where i.version_id = $1 order by i.position`,
    [current.id],
  );
  const next = applyChanges(items, changes.items);
  return insertPublishedVersion(tx, {
    familyId, planId: current.planId, number: current.number + 1, title: changes.title ?? current.title, summary: changes.summary ?? current.summary,
    envelope: current, items: next, publishedBy, now, previousVersionId: current.id, reasons: changes.reasons ?? [],
  });
}

/** A whole new version as it will be published, its items in their order. */
export interface VersionToPublish {
  familyId: string;
  planId: string;
  number: number;
  title: string;
  summary: string;
  /** The plan's own envelope; a new version keeps the one of the version before. */
  envelope: EnvelopeRow;
  items: readonly (ItemContent & EnvelopeRow & { itemKey: string })[];
  publishedBy: string;
  now: Date;
  /** The version this one follows, whose reasons stay with the shields that remain. */
  previousVersionId: string | null;
  /** Reasons for shields new in this version (or decided anew). */
  reasons: readonly KeptReason[];
}

/**
 * Writes a new version with all its items, publishes it and makes it the current one. The one
 * place a version is inserted, for a list of changes (above) and for a professional's draft alike.
 * Call inside a transaction that holds the plan row.
 */
export async function insertPublishedVersion(tx: Db, v: VersionToPublish): Promise<{ versionId: string; number: number }> {
  const versionId = randomUUID();
  await tx.query(
    `insert into plan_versions (id, family_id, plan_id, number, title, summary, ${envelopeColumnList}) values ($1, $2, $3, $4, $5, $6, ${envelopePlaceholders(7)})`,
    [versionId, v.familyId, v.planId, v.number, v.title, v.summary, ...envelopeParams(v.envelope)],
  );
  for (const [position, item] of v.items.entries()) {
    await tx.query(
      `insert into plan_items (id, family_id, version_id, item_key, section, kind, position, what, who, when_text, where_text, what_if, scale, scale_low, scale_high, ${envelopeColumnList})
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, ${envelopePlaceholders(16)})`,
      [
        randomUUID(), v.familyId, versionId, item.itemKey, item.section, item.kind, position, item.what, item.who, item.when, item.where, item.whatIf, item.scale,
        item.scaleLow ?? null, item.scaleHigh ?? null, ...envelopeParams(item),
      ],
    );
  }
  await keepShieldReasons(tx, { familyId: v.familyId, previousVersionId: v.previousVersionId, versionId, items: v.items, reasons: v.reasons });
  await tx.query('update plan_versions set published_at = $2, published_by = $3 where id = $1', [versionId, v.now.toISOString(), v.publishedBy]);
  await tx.query('update plans set current_version_id = $2 where id = $1', [v.planId, versionId]);
  return { versionId, number: v.number };
}

function applyChanges(items: StoredItem[], changes: readonly ItemChange[]): StoredItem[] {
  let result = [...items];
  for (const change of changes) {
    if (change.op === 'toevoegen') {
      result.push({ ...change.content, ...change.envelope, itemKey: change.itemKey ?? randomUUID(), position: result.length });
      continue;
    }
    const index = result.findIndex((i) => i.itemKey === change.itemKey);
    if (index < 0) throw new AppError('niet-gevonden');
    if (change.op === 'verwijderen') result = result.filter((_, i) => i !== index);
    else result[index] = { ...result[index]!, ...change.content, ...change.envelope };
  }
  return result;
}

/** The key of each item and a fingerprint of what a reader sees, to show what changed between versions. */
export interface ItemDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** Which item keys were added, changed or removed from version `from` to version `to`. */
export function diffItems(from: readonly (ItemContent & { itemKey: string })[], to: readonly (ItemContent & { itemKey: string })[]): ItemDiff {
  const fingerprint = (i: ItemContent) => JSON.stringify([i.section, i.kind, i.what, i.who, i.when, i.where, i.whatIf, i.scale, i.scaleLow ?? null, i.scaleHigh ?? null]);
  const before = new Map(from.map((i) => [i.itemKey, fingerprint(i)]));
  const after = new Map(to.map((i) => [i.itemKey, fingerprint(i)]));
  return {
    added: [...after.keys()].filter((k) => !before.has(k)),
    changed: [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)),
    removed: [...before.keys()].filter((k) => !after.has(k)),
  };
}
