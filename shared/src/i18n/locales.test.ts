import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nl from '../../../locales/nl.json' with { type: 'json' };
import { jeVariant } from './addressing.ts';

type Tree = { [key: string]: string | Tree };

/** Every translation of the member screens; Dutch is the source they follow. */
const translations = ['en', 'ar', 'tr', 'pl', 'uk'] as const;
const load = (lng: string): Tree => JSON.parse(readFileSync(new URL(`../../../locales/${lng}.json`, import.meta.url), 'utf8')) as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  return new Map(Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as const] : [...flatten(v, `${prefix}${k}.`)])));
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
const tags = (text: string) => [...text.matchAll(/<\/?\d+\/?>/g)].map((m) => m[0]).sort();

/**
 * The keys a language must have for the Dutch keys: a Dutch plural (`_one`/`_other`) becomes every
 * plural form of the language (Arabic has six); `_zero` is i18next's own form for 0 in any language.
 */
function expectedKeys(lng: string, dutch: readonly string[]): string[] {
  const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const out = new Set<string>();
  for (const key of dutch) {
    const match = /_(one|other)$/.exec(key);
    if (match) for (const c of categories) out.add(key.replace(pluralSuffix, `_${c}`));
    else out.add(key);
  }
  return [...out].sort();
}

/** The numbers 0…200 a plural form stands for in a language: a form for more than one number must show it. */
function numbersOf(lng: string, category: string): number[] {
  const rules = new Intl.PluralRules(lng);
  return Array.from({ length: 201 }, (_, n) => n).filter((n) => rules.select(n) === category);
}

// The "je" variants are Dutch only (see addressing.ts): other languages do not need them.
const dutch = new Map([...flatten(nl as Tree)].filter(([key]) => !jeVariant.test(key)));

describe('locales', () => {
  it('derives the plural forms a language needs from the Dutch _one/_other', () => {
    expect(expectedKeys('ar', ['a_one', 'a_other', 'b'])).toEqual(['a_few', 'a_many', 'a_one', 'a_other', 'a_two', 'a_zero', 'b']);
    expect(expectedKeys('pl', ['a_one', 'a_other'])).toEqual(['a_few', 'a_many', 'a_one', 'a_other']);
    expect(expectedKeys('tr', ['a_zero', 'a_one', 'a_other'])).toEqual(['a_one', 'a_other', 'a_zero']);
  });

  for (const lng of translations) {
    describe(lng, () => {
      const texts = flatten(load(lng));

      it('has exactly the keys of nl, the source, with the plural forms of the language', () => {
        expect([...texts.keys()].sort()).toEqual(expectedKeys(lng, [...dutch.keys()]));
      });

      it('uses the placeholders and tags of the Dutch text', () => {
        for (const [key, text] of texts) {
          const source = dutch.get(key) ?? dutch.get(key.replace(pluralSuffix, '_other'))!;
          const plural = pluralSuffix.test(key);
          // A form for exactly one number may write it out ("one change"); every other form keeps all.
          const own = plural ? placeholders(text).filter((p) => p !== 'count') : placeholders(text);
          const wanted = plural ? placeholders(source).filter((p) => p !== 'count') : placeholders(source);
          expect(own, `${lng} ${key}`).toEqual(wanted);
          expect(tags(text), `${lng} ${key}`).toEqual(tags(source));
        }
      });

      it('shows the number in a plural form that stands for more than one number (Ukrainian _one is also 21)', () => {
        for (const [key, text] of texts) {
          const form = pluralSuffix.exec(key)?.[1];
          if (!form || form === 'zero' || !placeholders(dutch.get(key.replace(pluralSuffix, '_other')) ?? '').includes('count')) continue;
          if (numbersOf(lng, form).length > 1) expect(placeholders(text), `${lng} ${key}`).toContain('count');
        }
      });

      it('is a translation, not a copy of the Dutch', () => {
        const same = [...texts].filter(([key, text]) => text === dutch.get(key) && /[a-z]{4,}/i.test(text.replace(/\{\{\w+\}\}/g, '')));
        // Names and words that are the same in every language (Ons Plan, PDF, Veilig Thuis) may stay.
        expect(same.length / texts.size, same.map(([k]) => k).join(', ')).toBeLessThan(0.03);
      });
    });
  }

  it('keeps Dutch sentences short (B1: at most 20 words)', () => {
    const tooLong = [...dutch].filter(([, text]) => text.split(/(?<=[.!?])\s+/).some((s) => s.split(/\s+/).length > 20)).map(([key]) => key);
    expect(tooLong).toEqual([]);
  });
});
