/** What a member's helpers did on her behalf ("Wat Ria voor u deed", issue 11): the kinds the page has words for. */

/** What a helper made or changed; the portal shows `helperActions.what.<what>`. */
export const helperActionKinds = ['reactie', 'instemming', 'toestemming', 'correctieverzoek', 'eigen-verklaring', 'document', 'contactwijziging', 'contactgegevens', 'contactbericht'] as const;

/** A kind the page has no words for yet is 'anders' ("deed iets"), never a word that could mislead. */
export type HelperActionKind = (typeof helperActionKinds)[number] | 'anders';

/** The page shows the newest this many; older ones are in "Mijn gegevens downloaden". */
export const helperActionsLimit = 100;

const known = new Set<string>(helperActionKinds);

/** The log's kind of object as the page may name it. */
export function helperActionKindOf(objectKind: string): HelperActionKind {
  return known.has(objectKind) ? (objectKind as HelperActionKind) : 'anders';
}
