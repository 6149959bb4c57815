import { describe, expect, it } from 'vitest';
import en from '../../../locales/en.json' with { type: 'json' };
import nl from '../../../locales/nl.json' with { type: 'json' };
import { findGlossaryWords } from './find.ts';
import { glossaryTerms } from './terms.ts';

type Tree = { [key: string]: string | Tree };
const texts = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : texts(v)));
const explanations = { nl: (nl as unknown as { glossary: Record<string, string> }).glossary, en: (en as unknown as { glossary: Record<string, string> }).glossary };

/**
 * Parts of words that are jargon of child and family protection. A member text with a word holding
 * one of them must be a word the glossary knows, or the member meets jargon without "Wat betekent dit?".
 */
const jargon = ['gezag', 'instem', 'ingestemd', 'toestem', 'toegestemd', 'contactverbod', 'regisseur', 'bewindvoer', 'afscherm', 'afgeschermd', 'correctieverzoek', 'machtig', 'ervaringsdeskundig', 'veiligheidsplan', 'hulpverleningsplan', 'herstelplan', 'voogd', 'jeugdbescherm', 'toezichtstelling', 'uithuisplaats'];

/** The professionals' own words for themselves and their work: a member reads "hulpverlener" (en: "care worker"). */
const professionalWords = {
  nl: /\b(?:professionals?|casus\p{L}*|\p{L}*dossier\p{L}*|cliënt\p{L}*)(?!\p{L})/iu,
  en: /\b(?:professionals?|case ?files?|caseloads?|dossiers?|clients?)\b/i,
};
// A placeholder such as {{professionals}} is filled with names, never shown as a word.
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');
const keyedTexts = (tree: Tree, path = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, v]) => (typeof v === 'string' ? [[path + key, v] as [string, string]] : keyedTexts(v, `${path}${key}.`)));

describe('the glossary and the member texts', () => {
  it('never uses the professionals\' words on a member screen: members say "hulpverlener"', () => {
    for (const [lng, tree] of [['nl', nl], ['en', en]] as const) {
      const offenders = keyedTexts(tree as unknown as Tree).filter(([, text]) => professionalWords[lng].test(withoutPlaceholders(text)));
      expect(offenders, lng).toEqual([]);
    }
  });

  it('explains every term in one sentence, in Dutch and English, using the word itself in Dutch', () => {
    for (const term of glossaryTerms) {
      for (const lng of ['nl', 'en'] as const) {
        const text = explanations[lng][term.id];
        expect(text, `${lng} glossary.${term.id}`).toMatch(/^[^.?!]+[.?!]$/);
      }
      expect(findGlossaryWords(explanations.nl[term.id]!).map((m) => m.term), term.id).toContain(term.id);
    }
  });

  it('knows every jargon word that a Dutch member text uses, so none appears without an explanation', () => {
    const unknown = new Set<string>();
    for (const text of texts(nl as unknown as Tree)) {
      const known = findGlossaryWords(text);
      for (const word of text.matchAll(/[\p{L}]+/gu)) {
        const lower = word[0].toLowerCase();
        if (!jargon.some((part) => lower.includes(part))) continue;
        const covered = known.some((m) => m.start <= word.index && word.index + word[0].length <= m.end);
        if (!covered) unknown.add(lower);
      }
    }
    expect([...unknown].sort()).toEqual([]);
  });
});
