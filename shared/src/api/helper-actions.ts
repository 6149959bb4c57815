/** Wire types for "Wat Ria voor u deed": what a member's helpers did on her behalf (issue 11). */

/** What a helper made or changed; the portal shows `helperActions.what.<what>`. */
export const helperActionKinds = ['reactie', 'instemming', 'toestemming', 'correctieverzoek', 'eigen-verklaring', 'document', 'contactwijziging', 'contactgegevens', 'contactbericht'] as const;

/** A kind the page has no words for yet is 'anders' ("deed iets"), never a word that could mislead. */
export type HelperActionKind = (typeof helperActionKinds)[number] | 'anders';

export type HelperActionVerb = 'aanmaken' | 'wijzigen' | 'verwijderen';

export interface HelperActionView {
  /** The access-log entry's number. */
  id: string;
  at: string;
  verb: HelperActionVerb;
  what: HelperActionKind;
  /** The helper's first name, as she appears everywhere she acts ("Ria namens Samira"). */
  helper: { name: string; organisation?: string };
}

export interface HelperActionsPage {
  /** The member the helpers acted for: the reader, or the member a helper reads it for. */
  member: { id: string; firstName: string };
  /** Newest first; at most `helperActionsLimit`. */
  actions: HelperActionView[];
}

/** The page shows the newest this many; older ones are in "Mijn gegevens downloaden". */
export const helperActionsLimit = 100;

const known = new Set<string>(helperActionKinds);

/** The log's kind of object as the page may name it. */
export function helperActionKindOf(objectKind: string): HelperActionKind {
  return known.has(objectKind) ? (objectKind as HelperActionKind) : 'anders';
}
