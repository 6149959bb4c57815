/** Wire types for "Wat zien je ouders van jou?" (issue 11): what a youth's parents see of her, and why. */

export const youthSaySections = ['veiligheid', 'hulpverlening', 'herstel', 'contact'] as const;
export type YouthSaySection = (typeof youthSaySections)[number];

export const youthSayFields = ['adres', 'telefoon', 'email'] as const;
export type YouthSayField = (typeof youthSayFields)[number];

/**
 * Why a parent sees one thing of hers or not, as the portal says it in one B1 sentence
 * (`youthSay.reason.<reason>`). Worked out from the evaluator's decision for that parent; the rule
 * codes themselves never leave the server.
 */
export const youthSayReasons = [
  'gezag-onder-16',
  'jouw-toestemming',
  'jij-deelt-dit',
  'voor-het-gezin',
  'ook-voor-ouder',
  'jij-verbergt-dit',
  'niet-gedeeld-16',
  'hulpverlener-besloot',
  'geen-gezag',
  'ziet-het-niet',
] as const;
export type YouthSayReason = (typeof youthSayReasons)[number];

export interface YouthSayParentView {
  /** The parent's member id, for a choice. */
  parentId: string;
  sees: boolean;
  reason: YouthSayReason;
}

export interface YouthSayObjectView {
  /** What a choice names: an item key, or a contact field. */
  target: { kind: 'item'; key: string } | { kind: 'field'; field: YouthSayField };
  /** The item's text ("what"), or the contact field's value. */
  text: string;
  parents: YouthSayParentView[];
}

export interface YouthSayPage {
  member: { id: string; firstName: string; age: number };
  /** From 16 she opens or closes her items herself; under 16 the page only shows. */
  mayChoose: boolean;
  /** Her parents whom she may see, by first name. */
  parents: { id: string; firstName: string }[];
  sections: { section: YouthSaySection; objects: YouthSayObjectView[] }[];
}

/** One step on the page: open or close one item, one contact detail or a whole section for one or more parents. */
export interface YouthChoiceInput {
  parentIds: string[];
  target: { kind: 'item'; key: string } | { kind: 'field'; field: YouthSayField } | { kind: 'section'; section: YouthSaySection };
  open: boolean;
}
