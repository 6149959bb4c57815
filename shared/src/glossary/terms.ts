/**
 * One glossary for the whole portal (REQUIREMENTS G3, issue 11 point 4): the jargon of child and family
 * protection that a member meets on her screens, with every form in which the word appears. The one B1
 * sentence that explains a term lives in the locales under `glossary.<id>`, so it is translated with the
 * rest of the screen; this list only says which words belong to which explanation.
 */
export interface GlossaryTerm {
  /** Stable id; the explanation's key is `glossary.<id>`. */
  id: string;
  /** Every spelling that means this term: singular, plural, verb forms, adjective forms. Lower case. */
  forms: readonly string[];
}

export const glossaryTerms = [
  { id: 'gezag', forms: ['gezag', 'ouderlijk gezag'] },
  { id: 'instemming', forms: ['instemming', 'instemmingen', 'instemmen', 'instemt', 'ingestemd'] },
  { id: 'toestemming', forms: ['toestemming', 'toestemmingen', 'toestemmen', 'toestemt', 'toegestemd'] },
  { id: 'contactverbod', forms: ['contactverbod', 'contactverboden'] },
  { id: 'regisseur', forms: ['regisseur', 'regisseurs'] },
  { id: 'bewindvoerder', forms: ['bewindvoerder', 'bewindvoerders', 'bewindvoering'] },
  { id: 'eigenVerklaring', forms: ['eigen verklaring', 'eigen verklaringen'] },
  { id: 'afgeschermd', forms: ['afgeschermd', 'afgeschermde', 'afschermen', 'afschermt', 'afscherming'] },
  { id: 'correctieverzoek', forms: ['correctieverzoek', 'correctieverzoeken'] },
  { id: 'machtiging', forms: ['machtiging', 'machtigingen', 'machtigen', 'gemachtigd', 'gemachtigde'] },
  { id: 'ervaringsdeskundige', forms: ['ervaringsdeskundige', 'ervaringsdeskundigen'] },
  { id: 'veiligheidsplan', forms: ['veiligheidsplan', 'veiligheidsplannen'] },
  { id: 'hulpverleningsplan', forms: ['hulpverleningsplan', 'hulpverleningsplannen'] },
  { id: 'herstelplan', forms: ['herstelplan', 'herstelplannen'] },
  { id: 'gezinsvoogd', forms: ['gezinsvoogd', 'gezinsvoogden', 'jeugdbeschermer', 'jeugdbeschermers'] },
  { id: 'ondertoezichtstelling', forms: ['ondertoezichtstelling', 'onder toezicht', 'ots'] },
  { id: 'uithuisplaatsing', forms: ['uithuisplaatsing', 'uithuisplaatsingen'] },
] as const satisfies readonly GlossaryTerm[];

export type GlossaryId = (typeof glossaryTerms)[number]['id'];

/** The locale key of a term's one-sentence explanation. */
export const glossaryKey = (id: GlossaryId): `glossary.${GlossaryId}` => `glossary.${id}`;
