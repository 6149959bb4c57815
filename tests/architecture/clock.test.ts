import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One clock decides what day it is: the app's (`Clock` in api/src/config.ts; tests pass a fixed one,
 * api/src/test/clock.ts). The database's now() and a bare `new Date()` are other clocks: mixed with
 * the test clock, a test passes on the day it was written and fails a week later. These rules find
 * such a mix by reading the code, on any day and without shifting the machine's clock (a run under
 * `faketime -f '+365d'` checks the same thing by running, but `npm test` does not need faketime).
 */
const root = new URL('../../', import.meta.url).pathname;

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.name === 'node_modules' ? [] : e.isDirectory() ? files(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : [],
  );
}

const isTest = (name: string) => /\.(test|int\.test|e2e\.test)\.tsx?$/.test(name);
const productCode = [...files('api/src', (n) => n.endsWith('.ts') && !isTest(n)), ...files('shared/src', (n) => n.endsWith('.ts') && !isTest(n))].filter(
  // Helpers that only tests use (fixed clock, fixtures) follow the test rules below.
  (f) => !f.startsWith('api/src/test/'),
);
const testCode = [...files('api/src', isTest), ...files('api/src/test', (n) => n.endsWith('.ts')), ...files('shared/src', isTest), ...files('tests', (n) => n.endsWith('.ts'))];
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** SQL functions that read the database server's clock. */
const databaseClock = /(?<![.\w])(now\(\)|current_date|current_timestamp|localtimestamp|localtime|clock_timestamp\(\)|statement_timestamp\(\)|transaction_timestamp\(\)|timeofday\(\))/i;
/** TypeScript that reads the machine's clock instead of the injected one. */
const machineClock = /new Date\(\s*\)|Date\.now\(\)/;

/** Where another clock is right, and why. Everything else must take the time from the app's clock. */
const allowed: Record<string, string> = {
  'api/src/config.ts': 'systemClock: the one place the app reads the real time',
  'api/src/db/migrate.ts': 'schema_migrations.applied_at: when this database was migrated; never meets the app clock',
  'tests/e2e/citizen-actions.e2e.test.ts': "daysAhead: a date after both the server's test day and Chromium's real day (the browser has its own clock)",
  'tests/architecture/clock.test.ts': 'names the patterns it looks for',
  'api/src/test/push-service.ts': "a push service checks the VAPID JWT's exp against the real time, as web-push writes it (never the app clock)",
};

function hits(file: string, pattern: RegExp): string[] {
  return read(file)
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => pattern.test(line) && !/^\s*(\/\/|\*|\/\*\*)/.test(line))
    .map(([line, n]) => `${file}:${n}: ${line.trim()}`);
}

describe('one clock', () => {
  it('finds the code it checks', () => {
    expect(productCode.length).toBeGreaterThan(50);
    expect(testCode.length).toBeGreaterThan(50);
  });

  it('product code reads neither the database clock nor the machine clock, outside the allow-list', () => {
    const found = productCode.filter((f) => !(f in allowed)).flatMap((f) => [...hits(f, databaseClock), ...hits(f, machineClock)]);
    expect(found).toEqual([]);
  });

  it('tests take the time from the test clock, not from the database or the machine', () => {
    const found = testCode.filter((f) => !(f in allowed)).flatMap((f) => [...hits(f, databaseClock), ...hits(f, machineClock)]);
    expect(found).toEqual([]);
  });

  it('every allowed file still needs its exception (a stale entry would hide a new mix)', () => {
    for (const file of Object.keys(allowed).filter((f) => f !== 'tests/architecture/clock.test.ts')) {
      expect([...hits(file, databaseClock), ...hits(file, machineClock)], file).not.toEqual([]);
    }
  });

  /**
   * The schema fills many timestamps with `default now()` (migrations are not changed afterwards).
   * That default is the database's clock, so every insert of the app must name those columns and
   * pass the app's time. Only the columns below may take the default.
   */
  const defaultAllowed: Record<string, string> = {
    'family_changes.at': 'written by the record_family_change trigger; a technical time in the sync log that nothing reads or shows',
  };

  it("every column with 'default now()' gets the app's time in every insert of the app", () => {
    const defaults: string[] = [];
    for (const file of files('api/src/db/migrations', (n) => n.endsWith('.sql'))) {
      let table = '';
      for (const line of read(file).split('\n')) {
        table = /create table (?:if not exists )?(\w+)/i.exec(line)?.[1] ?? table;
        const column = /^\s*(\w+)\s+timestamptz\b.*\bdefault now\(\)/i.exec(line)?.[1];
        if (column) defaults.push(`${table}.${column}`);
      }
    }
    expect(defaults).toContain('comments.created_at');
    expect(defaults).toContain('family_changes.at');

    const inserts = productCode.flatMap((f) => [...read(f).matchAll(/insert into (\w+) \(([^)]*)\)/g)].map((m) => ({ file: f, table: m[1]!, columns: m[2]! })));
    expect(inserts.length).toBeGreaterThan(20);
    const missing = inserts.flatMap(({ file, table, columns }) =>
      defaults
        .filter((d) => d.startsWith(`${table}.`) && !(d in defaultAllowed))
        .filter((d) => !new RegExp(`\\b${d.split('.')[1]}\\b`).test(columns))
        .map((d) => `${file}: insert into ${table} leaves ${d} to the database clock`),
    );
    expect(missing).toEqual([]);
  });
});
