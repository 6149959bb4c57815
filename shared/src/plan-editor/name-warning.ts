import { decide } from '../visibility/evaluate.ts';
import { lensFor } from '../visibility/lens.ts';
import type { FamilyFacts, Guarded, Moment } from '../visibility/types.ts';

/** A member as the name warning needs them: who, and the name the text would use. */
export interface NamedMember {
  readonly id: string;
  readonly firstName: string;
}

/**
 * "Dit onderdeel noemt Samira. Mark kan het lezen. Klopt dat?": the item names `named`, who is not
 * among its subjects, and `readers` (each with a contactverbod with her) are in its audience.
 */
export interface NameWarning {
  readonly named: NamedMember;
  readonly readers: readonly NamedMember[];
}

/** The members whose first name appears in `text` as a whole word (names are written with a capital). */
export function membersNamedIn(text: string, members: readonly NamedMember[]): NamedMember[] {
  return members.filter((m) => m.firstName.trim() !== '' && new RegExp(`(^|[^\\p{L}])${escape(m.firstName.trim())}($|[^\\p{L}])`, 'u').test(text));
}

/**
 * Name warnings for one item while it is written: for each member named in its texts but not among
 * its subjects, the members with a contactverbod with them who would read it. Who reads it is
 * decided by the visibility evaluator itself, never by a copy of its rules. An item shared across a
 * contactverbod on purpose gets no warning: a professional decided that already.
 */
export function nameWarnings(item: Guarded, texts: readonly (string | null)[], members: readonly NamedMember[], family: FamilyFacts, at: Moment): NameWarning[] {
  if (item.sharedAcrossContactverbod) return [];
  const text = texts.filter((t): t is string => t !== null).join('\n');
  const warnings: NameWarning[] = [];
  for (const named of membersNamedIn(text, members)) {
    if (item.subjects.includes(named.id)) continue;
    const banned = family.contactverboden.flatMap(([a, b]) => (a === named.id ? [b] : b === named.id ? [a] : []));
    const readers = members.filter(
      (m) => banned.includes(m.id) && decide(lensFor({ kind: 'member', userId: '', memberId: m.id, familyId: family.familyId }, family, at), item).visible,
    );
    if (readers.length > 0) warnings.push({ named, readers });
  }
  return warnings;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
