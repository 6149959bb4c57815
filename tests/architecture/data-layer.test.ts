import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Routes reach family data only through the scoped repository (STYLE 2; REQUIREMENTS C1). */
const routesDir = new URL('../../api/src/routes/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.includes('.test.') ? [join(dir, e.name)] : [],
  );
}

describe('route modules', () => {
  const files = sourceFiles(routesDir);

  it('exist', () => expect(files.length).toBeGreaterThan(4));

  it.each(files.map((f) => [f.slice(routesDir.length), f]))('%s does not touch the database or the family store', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/from '.*\/db\/database\.ts'/);
    expect(source).not.toMatch(/family-store|FamilyStore/);
    expect(source).not.toMatch(/\.query\(|\.exec\(/);
    expect(source).not.toMatch(/decide\(|lensFor\(/);
  });
});
