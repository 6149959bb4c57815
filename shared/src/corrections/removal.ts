import { ageOn, type Day } from '../dates/calendar.ts';
import type { FamilyFacts } from '../visibility/types.ts';

/**
 * May this member ask to remove data about `subjects` (Jeugdwet 7.3.9, REQUIREMENTS A4)? Only about
 * themselves from age 12; a child under 12 cannot ask, a parent with gezag asks for them. Data about
 * nobody in particular concerns the whole family, so every member of 12 or older may ask.
 * Whether a youth of 12+ can judge their interests is a professional's call the data does not hold.
 */
export function mayRequestRemoval(facts: FamilyFacts, requesterId: string, subjects: readonly string[], day: Day): boolean {
  const ageOf = (memberId: string): number | null => {
    const birthDate = facts.members.find((m) => m.id === memberId)?.birthDate;
    return birthDate ? ageOn(birthDate, day) : null;
  };
  const requester = facts.members.find((m) => m.id === requesterId);
  if (!requester) return false;
  const requesterAge = ageOf(requesterId);
  const ownRightFrom12 = requesterAge === null ? requester.role !== 'jeugdige' : requesterAge >= 12;
  if (!ownRightFrom12) return false;
  if (subjects.length === 0) return true;
  return subjects.some((subject) => {
    if (subject === requesterId) return true;
    const age = ageOf(subject);
    return requester.gezagOver.includes(subject) && age !== null && age < 12;
  });
}
