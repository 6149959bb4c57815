import { describe, expect, it } from 'vitest';
import { jeVariant } from './addressing.ts';
import { dutchTexts } from './dutch-texts.ts';
import { jeDraft, saysU } from './je-draft.ts';

const texts = dutchTexts;
/** Texts only a helper reads: she is an adult acting for someone else, and always "u" (issue 11). */
const helperOnly = [/^namens\./, /^helping\./, /_helper(_|$)/];

describe('the Dutch "je" variants for youths', () => {
  it('recognises a "je" variant, also before a plural form, and nothing else', () => {
    expect(['a_je', 'a_je_one', 'a_job_je', 'a_je_other'].every((k) => jeVariant.test(k))).toBe(true);
    expect(['a_jeugd', 'a_job', 'a', 'je_a', 'a_je_b'].some((k) => jeVariant.test(k))).toBe(false);
    expect(saysU('Heeft u vragen?')).toBe(true);
    expect(saysU('Uw plan')).toBe(true);
    expect(saysU('Neem de u-bocht bij het menu.')).toBe(false);
  });

  it('each stands beside the text it varies', () => {
    const orphans = [...texts.keys()].filter((key) => jeVariant.test(key) && !texts.has(key.replace(jeVariant, '')));
    expect(orphans).toEqual([]);
  });

  it('never says "u" or "uw"', () => {
    const polite = [...texts].filter(([key, text]) => jeVariant.test(key) && saysU(text)).map(([key]) => key);
    expect(polite).toEqual([]);
  });

  it('exists for every member text that says "u" or "uw", except the texts only a helper reads', () => {
    const variantKey = (key: string) => key.replace(/(_(?:zero|one|two|few|many|other))?$/, '_je$1');
    // A failure lists each missing key with a draft (jeDraft) to read, correct and add to nl.json.
    const missing = [...texts]
      .filter(([key, text]) => !jeVariant.test(key) && saysU(text) && !helperOnly.some((r) => r.test(key)) && !texts.has(variantKey(key)))
      .map(([key, text]) => `${variantKey(key)}: ${jeDraft(text) ?? '(geen voorstel)'}`);
    expect(missing).toEqual([]);
  });

  it('keeps the placeholders of the text it varies', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of texts) {
      if (jeVariant.test(key)) expect(names(text), key).toEqual(names(texts.get(key.replace(jeVariant, ''))!));
    }
  });
});
