import { describe, expect, it } from 'vitest';
import en from '../../../locales/en.json' with { type: 'json' };
import nl from '../../../locales/nl.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function placeholders(tree: Tree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (t: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === 'string') out.set(`${prefix}${k}`, [...v.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort());
      else walk(v, `${prefix}${k}.`);
    }
  };
  walk(tree, '');
  return out;
}

describe('locales', () => {
  it('en has exactly the keys of nl, the source', () => {
    expect(keys(en as Tree).sort()).toEqual(keys(nl as Tree).sort());
  });

  it('uses the same placeholders in every language', () => {
    const nlPlaceholders = placeholders(nl as Tree);
    for (const [key, names] of placeholders(en as Tree)) expect(names, key).toEqual(nlPlaceholders.get(key));
  });

  it('keeps Dutch sentences short (B1: at most 20 words)', () => {
    const tooLong = [...placeholders(nl as Tree).keys()].filter((key) => {
      const text = key.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, nl as Tree) as string;
      return text.split(/(?<=[.!?])\s+/).some((s) => s.split(/\s+/).length > 20);
    });
    expect(tooLong).toEqual([]);
  });
});
