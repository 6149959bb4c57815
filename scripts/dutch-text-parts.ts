import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { firstScreenGroups } from '../portal/src/texts/first-screen.ts';

const source = resolve(import.meta.dirname, '../locales/nl.json');
const parts = { 'virtual:dutch-texts/first-screen': true, 'virtual:dutch-texts/rest': false } as const;
type PartId = keyof typeof parts;
const isPart = (id: string): id is PartId => id in parts;

/**
 * The Dutch texts (locales/nl.json, the one source) in two modules: the groups the first screen
 * needs, which load with it, and the rest, which loads as its own chunk. Both come from the same
 * file at build time, so nothing is written twice.
 */
export function dutchTextParts(): Plugin {
  return {
    name: 'onsplan-dutch-text-parts',
    resolveId: (id) => (isPart(id) ? `\0${id}` : undefined),
    load(id) {
      const part = id.slice(1);
      if (!id.startsWith('\0') || !isPart(part)) return undefined;
      this.addWatchFile(source);
      const texts = JSON.parse(readFileSync(source, 'utf8')) as Record<string, unknown>;
      const picked = Object.fromEntries(Object.entries(texts).filter(([group]) => firstScreenGroups.includes(group) === parts[part]));
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}
