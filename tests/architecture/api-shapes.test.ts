import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One source per API shape (issue 12 point 8): a TypeBox schema in shared/src/api, from which the
 * API's validation, response filtering and OpenAPI document and the portal's types all come. A JSON
 * Schema written by hand in a route beside an interface written by hand in shared drifted before:
 * the JSON download silently dropped `scores` and `contact` because its schema did not list them.
 */
const root = new URL('../../', import.meta.url).pathname;
const routesDir = join(root, 'api/src/routes');
const sharedApiDir = join(root, 'shared/src/api');

/** Files with a hand-written type that is no JSON shape, and why. */
const notJsonShapes: Record<string, string> = {
  'document-upload.ts': "a document's audience travels in a request header, parsed by hand, not as JSON",
};

const handWrittenSchema = /\btype:\s*(\[\s*)?'(object|string|integer|number|array|boolean|null)'/;
const handTypedRoute = /\b(app|api|fastify)\.(get|post|put|patch|delete)\s*<\s*\{/;
const handWrittenShape = /^export (interface \w+|type \w+\s*=\s*\{)/m;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.includes('.test.') ? [join(dir, e.name)] : [],
  );
}

const routeGroups = readdirSync(routesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const sharedApiFiles = readdirSync(sharedApiDir).filter((f) => f.endsWith('.ts') && !f.includes('.test.'));
const read = (file: string) => readFileSync(file, 'utf8');
const definesSchemas = (source: string) => /from 'typebox'/.test(source);

describe('route groups take their shapes from shared/src/api', () => {
  // The route groups, and the schema helpers every route shares (problem answers, params).
  const routeFiles = [
    ...routeGroups.flatMap((g) => sourceFiles(join(routesDir, g)).map((f) => [f.slice(routesDir.length + 1), f])),
    ['../http/schemas.ts', join(root, 'api/src/http/schemas.ts')],
  ];

  it('finds the route groups, those where drift already bit among them', () => {
    for (const group of ['my-data', 'plan', 'comments', 'contact-changes', 'plan-drafts']) expect(routeGroups).toContain(group);
  });

  it.each(routeFiles)('%s writes no JSON Schema and no request type by hand', (_name, file) => {
    const source = read(file);
    expect(source.match(handWrittenSchema)?.[0], 'a JSON Schema written by hand: define it with TypeBox in shared/src/api').toBeUndefined();
    expect(source.match(handTypedRoute)?.[0], 'route generics written by hand: the type provider derives them from the schema').toBeUndefined();
    if (/\bapp\.(get|post|put|patch|delete)\(/.test(source)) expect(source.includes('withTypeProvider<TypeBoxTypeProvider>()'), 'routes registered without the type provider').toBe(true);
  });
});

describe('shared/src/api defines each API shape once', () => {
  it.each(sharedApiFiles.filter((f) => definesSchemas(read(join(sharedApiDir, f)))))('%s derives every type from a schema, none by hand', (file) => {
    const source = read(join(sharedApiDir, file));
    expect(source.match(handWrittenShape)?.[0], 'an API shape written by hand beside schemas: write it as a schema, type = Static<typeof …Schema>').toBeUndefined();
  });

  it('every other file holds schemas or no wire shapes at all', () => {
    const unlisted = sharedApiFiles.filter((f) => !(f in notJsonShapes) && !definesSchemas(read(join(sharedApiDir, f))) && handWrittenShape.test(read(join(sharedApiDir, f))));
    expect(unlisted, 'hand-written wire types: define them as TypeBox schemas').toEqual([]);
  });

  it('each registered $id is defined once', () => {
    const ids = sharedApiFiles.flatMap((f) => [...read(join(sharedApiDir, f)).matchAll(/\$id: '(\w+)'/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("TypeBox's runtime stays out of the portal", () => {
  const index = read(join(root, 'shared/src/index.ts'));

  it.each(sharedApiFiles.filter((f) => definesSchemas(read(join(sharedApiDir, f)))))('the shared index exports %s as types only', (file) => {
    const exportsOfFile = [...index.matchAll(new RegExp(`^export (type )?\\* from '\\./api/${file.replace('.', '\\.')}';`, 'gm'))];
    for (const line of exportsOfFile) expect(line[1], line[0]).toBe('type ');
  });

  it('no portal module imports the schemas or TypeBox', () => {
    const imports = sourceFiles(join(root, 'portal/src')).filter((f) => /from '(typebox[^']*|@onsplan\/shared\/api-schemas)'/.test(read(f)));
    expect(imports).toEqual([]);
  });
});
