/**
 * Keeps the translations of the member screens in step with Dutch, the source.
 *   node scripts/translations.ts missing      what each language lacks (with the Dutch text) and has too much, as JSON
 *   node scripts/translations.ts apply FILE   puts translated texts ({ "ar": { "a.b_one": "…" } }) into the files, in Dutch key order,
 *                                             and drops keys Dutch no longer has
 * shared/src/i18n/locales.test.ts fails until every language has exactly the keys it needs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { jeVariant } from '../shared/src/i18n/addressing.ts';

type Tree = { [key: string]: string | Tree };
const languages = ['en', 'ar', 'tr', 'pl', 'uk'];
const file = (lng: string) => new URL(`../locales/${lng}.json`, import.meta.url);
const load = (lng: string) => JSON.parse(readFileSync(file(lng), 'utf8')) as Tree;
const plural = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  return new Map(Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as const] : [...flatten(v, `${prefix}${k}.`)])));
}

/** The keys a language needs, in Dutch order: a Dutch `_one`/`_other` becomes every plural form of the language. */
function needed(lng: string, dutch: Map<string, string>): Map<string, string> {
  const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  const out = new Map<string, string>();
  for (const [key, text] of dutch) {
    // The Dutch `_one` text stands for the form `one`, the `_other` text for every other form.
    if (/_(one|other)$/.test(key)) for (const form of forms) out.set(key.replace(plural, `_${form}`), dutch.get(key.replace(plural, form === 'one' ? '_one' : '_other')) ?? text);
    else out.set(key, text);
  }
  return out;
}

function unflatten(entries: [string, string][]): Tree {
  const root: Tree = {};
  for (const [key, text] of entries) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree;
    node[parts.at(-1)!] = text;
  }
  return root;
}

// The "je" variants for youths are Dutch only: no other language needs them (see addressing.ts).
const dutch = new Map([...flatten(load('nl'))].filter(([key]) => !jeVariant.test(key)));
const [command, input] = process.argv.slice(2);
if (command === 'missing') {
  const report: Record<string, { missing: Record<string, string>; extra: string[] }> = {};
  for (const lng of languages) {
    const have = flatten(load(lng));
    const want = needed(lng, dutch);
    const missing = Object.fromEntries([...want].filter(([k]) => !have.has(k)));
    const extra = [...have.keys()].filter((k) => !want.has(k));
    if (Object.keys(missing).length || extra.length) report[lng] = { missing, extra };
  }
  console.log(JSON.stringify(report, null, 2));
} else if (command === 'apply' && input) {
  const given = JSON.parse(readFileSync(input, 'utf8')) as Record<string, Record<string, string>>;
  for (const [lng, texts] of Object.entries(given)) {
    const have = flatten(load(lng));
    const merged: [string, string][] = [...needed(lng, dutch).keys()].filter((k) => texts[k] !== undefined || have.has(k)).map((k) => [k, texts[k] ?? have.get(k)!]);
    writeFileSync(file(lng), `${JSON.stringify(unflatten(merged), null, 2)}\n`);
    console.log(`${lng}: ${Object.keys(texts).length} teksten gezet`);
  }
} else {
  console.error('Gebruik: node scripts/translations.ts missing | apply FILE');
  process.exit(1);
}
