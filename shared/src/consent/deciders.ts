import { ageOn, type Day } from '../dates/calendar.ts';
import type { FamilyFacts, MemberFacts } from '../visibility/types.ts';

/**
 * Who decides, by age (Jeugdwet 7.3.4/7.3.5; REQUIREMENTS B1): under 12 the parents with gezag,
 * 12–15 the youth and the parents with gezag together, from 16 the youth alone.
 */
export type AgeBand = 'onder-12' | '12-15' | '16-17' | 'volwassen';

/** Age band of a member on `day`. A youth without a birth date counts as 12–15: then everyone must agree (fail closed). */
export function ageBandOn(member: Pick<MemberFacts, 'role' | 'birthDate'>, day: Day): AgeBand {
  if (!member.birthDate) return member.role === 'jeugdige' ? '12-15' : 'volwassen';
  const age = ageOn(member.birthDate, day);
  if (age < 12) return 'onder-12';
  if (age < 16) return '12-15';
  return age < 18 ? '16-17' : 'volwassen';
}

/** The members who have gezag over `childId` on the day `family` describes. */
export function parentsWithGezag(family: FamilyFacts, childId: string): string[] {
  return family.members.filter((m) => m.id !== childId && m.gezagOver.includes(childId)).map((m) => m.id);
}

/** A parent without gezag gives no consent (BW 1:377c; REQUIREMENTS B3). */
export function isParentWithoutGezag(member: MemberFacts): boolean {
  return member.role === 'ouder' && member.gezagOver.length === 0;
}

/** Who must give toestemming to share a member's data on `day`: it is complete only with all of them. */
export interface ToestemmingDeciders {
  readonly subjectId: string;
  readonly band: AgeBand;
  /** Empty when nobody in the family can decide (then no member can make it complete). */
  readonly required: readonly string[];
}

/** Who must give toestemming for `subjectId`'s data on `day` (REQUIREMENTS B1). */
export function toestemmingDeciders(family: FamilyFacts, subjectId: string, day: Day): ToestemmingDeciders {
  const subject = family.members.find((m) => m.id === subjectId);
  if (!subject) return { subjectId, band: 'volwassen', required: [] };
  const band = ageBandOn(subject, day);
  const parents = parentsWithGezag(family, subjectId);
  const required = band === 'onder-12' ? parents : band === '12-15' ? [subjectId, ...parents] : [subjectId];
  return { subjectId, band, required };
}

/**
 * Who answers the instemming with a plan version for `memberId` on `day`: a member of 12 or older
 * answers for themself, the parents with gezag answer for a child under 12 (B1), and a parent without
 * gezag gives none (B3).
 */
export function instemmingDeciders(family: FamilyFacts, memberId: string, day: Day): string[] {
  const member = family.members.find((m) => m.id === memberId);
  if (!member || isParentWithoutGezag(member)) return [];
  return ageBandOn(member, day) === 'onder-12' ? parentsWithGezag(family, memberId) : [memberId];
}

/** The members whose instemming `deciderId` gives on `day`: themself first, then children under 12. */
export function instemmingenGivenBy(family: FamilyFacts, deciderId: string, day: Day): string[] {
  const forWhom = family.members.filter((m) => instemmingDeciders(family, m.id, day).includes(deciderId)).map((m) => m.id);
  return forWhom.sort((a, b) => Number(b === deciderId) - Number(a === deciderId));
}

/** The members whose data `deciderId` must decide on for toestemming on `day`: themself first. */
export function toestemmingenDecidedBy(family: FamilyFacts, deciderId: string, day: Day): string[] {
  const forWhom = family.members.filter((m) => toestemmingDeciders(family, m.id, day).required.includes(deciderId)).map((m) => m.id);
  return forWhom.sort((a, b) => Number(b === deciderId) - Number(a === deciderId));
}
