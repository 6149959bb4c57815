/** The words of "Wat zien je ouders van jou?" (issue 11): the sections, contact fields and reasons the page names. */

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
