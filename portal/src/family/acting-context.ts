import { createContext, useContext } from 'react';

/** Whom a helper helps on the screens she sees now; undefined for a member or a professional. */
export interface Acting {
  memberId: string;
  /** The member's first name: "U helpt Samira". */
  name: string;
  /** She helps more than one person, so she can switch ("Wisselen"). */
  canSwitch: boolean;
}

export const ActingContext = createContext<Acting | undefined>(undefined);

/** Whom the signed-in helper helps now; undefined for anyone who acts as themself. */
export function useActing(): Acting | undefined {
  return useContext(ActingContext);
}

/**
 * The i18n options that address a helper about the member ("Het antwoord van Samira") where a
 * text has a `_helper` variant, and the member herself ("Uw antwoord") where it has not.
 */
export function helperWords(acting: Acting | undefined): { context?: 'helper'; name?: string; member?: string } {
  // `member` too: a text that names someone else as `name` (a child) still names the member.
  return acting ? { context: 'helper', name: acting.name, member: acting.name } : {};
}
