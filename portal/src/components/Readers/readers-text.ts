import type { ReadersView } from '@onsplan/shared';

/** "Noor, Daan en Henk": names as one Dutch (or other language) list. */
export function nameList(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

/** Everyone in `readers` as first names: members, then helpers, then professionals. */
export function everyone(readers: ReadersView): string[] {
  return [...new Set([...readers.members, ...readers.helpers, ...readers.professionals])];
}
