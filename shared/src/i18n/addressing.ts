import { ageOn, type Day } from '../dates/calendar.ts';

/** How a member screen speaks to its reader: "je" to a youth, "u" to an adult. */
export type Addressing = 'je' | 'u';

/** From this age the portal says "u": the day a youth comes of age in the Netherlands. */
export const adultAge = 18;

/**
 * Youths under 18 are addressed with "je", everyone else with "u". Without a known birth date the
 * portal says "u": it is never wrong to be polite to an adult, but it is to be casual with one.
 */
export function addressingOn(birthDate: Day | null, day: Day): Addressing {
  return birthDate !== null && ageOn(birthDate, day) < adultAge ? 'je' : 'u';
}

/**
 * A Dutch text's variant for a youth: the i18next context "je" (`key_je`), before a plural form if it
 * has one (`key_je_one`). Only Dutch has them: the other languages either make no such difference or
 * fall back to their one text.
 */
export const jeVariant = /_je(?=$|_(?:zero|one|two|few|many|other)$)/;
