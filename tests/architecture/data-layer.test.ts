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

/**
 * Acting is a rule too: who may write, publish, decide or remove is decided by the acting rules in
 * the evaluator and asked through `scope.authorize(action, object)` (family-scope.ts). No other
 * module of the data layer reads a helper's scope or a professional's role, or throws after a
 * hand-written check of who the viewer is.
 */
const dataDir = new URL('../../api/src/data/', import.meta.url).pathname;
const handWrittenActing: readonly [string, RegExp][] = [
  ['reads a delegation scope', /delegation\.scope\b|'lezen-en-helpen'|scopes\.(has|includes)\(/],
  ['reads an assignment role', /\.roles?\b[^\n]*[!=]==\s*'(regisseur|betrokken)'|'regisseur'\s*[!=]==/],
  ['uses a removed hand-written actor', /\banyActor\b|\bwritingMemberId\b/],
  ['throws after checking the viewer by hand', /if\s*\([^)]*(viewer\.kind|isProfessional)[^)]*\)\s*\{?\s*throw/],
];

describe('data layer modules', () => {
  const files = sourceFiles(dataDir).filter((f) => !f.endsWith('/family-scope.ts') && !f.endsWith('/principals.ts'));

  it('exist', () => expect(files.length).toBeGreaterThan(10));

  it.each(files.map((f) => [f.slice(dataDir.length), f]))('%s decides no acting by hand', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    for (const [what, pattern] of handWrittenActing) expect(source, what).not.toMatch(pattern);
  });

  it('the patterns catch the hand-written checks they replaced', () => {
    const before = [
      "if (viewer.kind === 'helper' && viewer.delegation.scope === 'lezen-en-helpen') return viewer.delegation.memberId;",
      "const actor = scope.anyActor();",
      "if (this.viewer.kind !== 'professional') throw new AppError('niet-toegestaan');",
      "if (scope.isProfessional) throw new AppError('niet-toegestaan');",
      "if (assignment.role === 'regisseur') return actor;",
    ];
    for (const line of before) expect(handWrittenActing.some(([, pattern]) => pattern.test(line)), line).toBe(true);
  });
});
