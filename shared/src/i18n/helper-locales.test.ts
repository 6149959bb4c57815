import { describe, expect, it } from 'vitest';
import { dutchTexts } from './dutch-texts.ts';
import { saysU } from './je-draft.ts';

/**
 * A helper reads the member's documents, contact and correction screens for her (issue 11). There
 * "u" is whoever fills in the form, the helper too; but the member's own matters (her address, her
 * request, the answer she gets, her rights) are hers, never the helper's: each such text has a
 * `_helper` variant that names the member ("Samira krijgt binnen een maand antwoord").
 */
const screens = /^(documents|contact|correction)\./;

/** Texts where "u" is whoever acts on the screen, the helper as well as the member. */
const saidToWhoeverActs = new Set([
  'contact.which', // Wat wilt u veranderen?
  'contact.chooseFirst',
  'correction.howToStart', // Een nieuw verzoek doet u bij het plan.
  'correction.new.kindLegend',
  'correction.new.kindHint.wijzigen',
  'correction.new.kindHint.aanvullen',
  'correction.new.chooseKind',
]);

const variantKey = (key: string) => key.replace(/(_(?:zero|one|two|few|many|other))?$/, '_helper$1');
const isVariant = (key: string) => /_(?:je|helper)(?=$|_)/.test(key);

describe('the helper variants of the documents, contact and correction screens', () => {
  it('exist for every text there that speaks to the member about her own matters', () => {
    const missing = [...dutchTexts]
      .filter(([key, text]) => screens.test(key) && !isVariant(key) && saysU(text) && !saidToWhoeverActs.has(key.replace(/_(?:one|other)$/, '')))
      .filter(([key]) => !dutchTexts.has(variantKey(key)))
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it('never give the helper the member\'s things ("uw"), and each stands beside the text it varies', () => {
    for (const [key, text] of dutchTexts) {
      if (!screens.test(key) || !/_helper(?=$|_)/.test(key)) continue;
      expect(text, key).not.toMatch(/\b[Uu]w\b/);
      const base = dutchTexts.get(key.replace('_helper', ''))!;
      expect(base, key).toBeDefined();
    }
  });
});
