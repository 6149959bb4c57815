import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import nl from '../../../locales/nl.json';
import { firstScreenGroups } from './first-screen.ts';

const portalSrc = resolve(import.meta.dirname, '..');

/** The portal's modules that load with the first screen: static, non-type imports from main.tsx on. */
function firstScreenModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, what, from] of code.matchAll(/^import\s+(?!type\s)([^;]*?)\s*from\s+'(\.[^']+)'/gms)) {
      const target = resolve(dirname(file), from!);
      if (what !== undefined && /\.tsx?$/.test(target) && existsSync(target)) visit(target);
    }
  };
  visit(resolve(portalSrc, 'main.tsx'));
  return [...seen];
}

/** Text groups a module names in a `t('group.…')` call, whether quoted or a template. */
function groupsUsedIn(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/\bt\(\s*['`]([a-zA-Z]+)\./g)].map(([, group]) => group!);
}

// Used only once a later screen is open (reading a plan item aloud), when all texts are there.
const laterOnly: Record<string, string[]> = { 'components/ReadAloud/speech.ts': ['plan'] };

describe('the texts of the first screen', () => {
  it('are the only text groups code loaded with the first screen uses', () => {
    const modules = firstScreenModules();
    expect(modules.length).toBeGreaterThan(10);
    const outside = modules.flatMap((file) => {
      const name = relative(portalSrc, file);
      return groupsUsedIn(file)
        .filter((group) => !firstScreenGroups.includes(group) && !laterOnly[name]?.includes(group))
        .map((group) => `${name} uses '${group}'`);
    });
    expect(outside).toEqual([]);
  });

  it('name groups that exist', () => {
    expect(firstScreenGroups.filter((group) => !(group in nl))).toEqual([]);
  });

  it('are a small part of all Dutch texts', () => {
    const size = (groups: string[]) => JSON.stringify(Object.fromEntries(groups.map((g) => [g, (nl as Record<string, unknown>)[g]]))).length;
    expect(size([...firstScreenGroups])).toBeLessThan(size(Object.keys(nl)) / 4);
  });
});
