import type { DraftItem, DraftShield, planSections } from '@onsplan/shared';

type PlanSection = (typeof planSections)[number];

/** Edits of a draft's items in the editor: pure, so every button does exactly one thing and is tested. */

/** A new, empty agreement at the end of `section`: readable by the whole family until she chooses. */
export function newDraftItem(section: PlanSection, key: string): DraftItem {
  return {
    key, section, kind: 'afspraak', what: '', who: '', when: '', where: null, whatIf: null, scale: null, scaleLow: null, scaleHigh: null,
    audience: 'gezin', audienceMembers: [], subjects: [], shields: [], sharedAcrossContactverbod: false, generalInfo: false,
  };
}

export function addItem(items: readonly DraftItem[], item: DraftItem): DraftItem[] {
  return [...items, item];
}

export function updateItem(items: readonly DraftItem[], key: string, change: Partial<DraftItem>): DraftItem[] {
  return items.map((i) => (i.key === key ? { ...i, ...change } : i));
}

export function removeItem(items: readonly DraftItem[], key: string): DraftItem[] {
  return items.filter((i) => i.key !== key);
}

/** Moves an item one place up or down within its own section; the other sections keep their order. */
export function moveItem(items: readonly DraftItem[], key: string, direction: -1 | 1): DraftItem[] {
  const item = items.find((i) => i.key === key);
  if (!item) return [...items];
  const inSection = items.filter((i) => i.section === item.section);
  const at = inSection.indexOf(item);
  const to = at + direction;
  if (to < 0 || to >= inSection.length) return [...items];
  const reordered = [...inSection];
  [reordered[at], reordered[to]] = [reordered[to]!, reordered[at]!];
  let next = 0;
  return items.map((i) => (i.section === item.section ? reordered[next++]! : i));
}

/** One shield per member and part: a new one for the same member and part replaces the old one. */
export function addShield(item: DraftItem, shield: DraftShield): DraftItem {
  const others = item.shields.filter((s) => !(s.memberId === shield.memberId && s.field === shield.field));
  return { ...item, shields: [...others, shield] };
}

export function removeShield(item: DraftItem, memberId: string, field: DraftShield['field']): DraftItem {
  return { ...item, shields: item.shields.filter((s) => !(s.memberId === memberId && s.field === field)) };
}

/** Adds or removes a member from a list of member ids. */
export function toggleMember(ids: readonly string[], memberId: string, on: boolean): string[] {
  return on ? [...new Set([...ids, memberId])] : ids.filter((id) => id !== memberId);
}
