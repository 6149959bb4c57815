import type { OwnerChoice } from '@onsplan/shared';

/** A youth's stored choice for one parent ("Wat zien je ouders van jou?", migration 029). */
export interface YouthChoiceRow {
  ownerId: string;
  viewerId: string;
  targetKind: 'item' | 'section' | 'field';
  /** An item key, a plan section or 'contact', or a contact field ('adres', 'telefoon', 'email'). */
  targetKey: string;
  open: boolean;
}

/** The objects a choice can cover: every stored version's plan items, and the members' contact details. */
export interface ChoiceObjects {
  items: readonly { id: string; itemKey: string; section: string }[];
  fields: readonly { id: string; memberId: string; field: string }[];
}

/** The section that holds a youth's contact details on her screen. */
export const contactSection = 'contact';

/**
 * The choices as the evaluator reads them: one per object they cover, for each parent. A choice for
 * one item or contact detail is more specific than one for its section and wins over it. Whether a
 * choice counts at all (16+, her own object, her own parent) the rules decide, not this.
 */
export function ownerChoicesOf(rows: readonly YouthChoiceRow[], objects: ChoiceObjects): OwnerChoice[] {
  const choices: OwnerChoice[] = [];
  const byTarget = new Map(rows.map((r) => [`${r.ownerId}|${r.viewerId}|${r.targetKind}|${r.targetKey}`, r.open]));
  const pairs = new Map(rows.map((r) => [`${r.ownerId}|${r.viewerId}`, r]));
  for (const { ownerId, viewerId } of pairs.values()) {
    const chosen = (kind: YouthChoiceRow['targetKind'], key: string) => byTarget.get(`${ownerId}|${viewerId}|${kind}|${key}`);
    const add = (objectId: string, open: boolean | undefined) => {
      if (open !== undefined) choices.push({ ownerId, viewerId, objectId, open });
    };
    for (const item of objects.items) add(item.id, chosen('item', item.itemKey) ?? chosen('section', item.section));
    for (const field of objects.fields) if (field.memberId === ownerId) add(field.id, chosen('field', field.field) ?? chosen('section', contactSection));
  }
  return choices;
}
