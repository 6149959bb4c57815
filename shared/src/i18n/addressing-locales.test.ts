import { describe, expect, it } from 'vitest';
import nl from '../../../locales/nl.json' with { type: 'json' };
import { jeVariant } from './addressing.ts';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

const texts = new Map(flatten(nl as Tree));
const saysU = (text: string) => /(?<![\p{L}-])(u|uw)(?![\p{L}-])/iu.test(text);
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
    const missing = [...texts]
      .filter(([key, text]) => !jeVariant.test(key) && saysU(text) && !helperOnly.some((r) => r.test(key)))
      .map(([key]) => key)
      .filter((key) => !texts.has(key.replace(/(_(?:zero|one|two|few|many|other))?$/, '_je$1')));
    expect(missing).toEqual([]);
  });

  it('keeps the placeholders of the text it varies', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of texts) {
      if (jeVariant.test(key)) expect(names(text), key).toEqual(names(texts.get(key.replace(jeVariant, ''))!));
    }
  });
});
