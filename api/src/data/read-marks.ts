import { familyPart } from './family-parts.ts';
import type { FamilyScope } from './family-scope.ts';

interface ReadMark {
  userId: string;
  seenUntil: Date;
}

// Every account's mark of the family (a handful of rows): so a sync reads both kinds in the
// statement that reads its other parts, instead of one round trip each for this person's row.
const readMarks = (table: string) => familyPart<ReadMark>(table, `select user_id::text as "userId", seen_until as "seenUntil" from ${table} where family_id = $1`, { seenUntil: true });
const marksOf = { reacties: readMarks('comment_reads'), contact: readMarks('contact_reads') };

/** Until when this person read the family's comments or contact messages; what came later is new. A preview reads as the previewed member. */
export async function seenUntilOf(scope: FamilyScope, what: keyof typeof marksOf): Promise<Date | null> {
  const marks = await scope.familyRowsNow(marksOf[what]);
  return marks.find((m) => m.userId === scope.viewUserId)?.seenUntil ?? null;
}
