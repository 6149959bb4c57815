import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './database.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Applies every migration in `migrations/` that has not run yet, each in its own transaction;
 * with `before`, only those whose name sorts before it (a test that builds an older database).
 */
export async function migrate(db: Db, options: { before?: string } = {}): Promise<string[]> {
  await db.exec(`create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())`);
  const files = (await readdir(migrationsDir)).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f) && (options.before === undefined || f < options.before)).sort();
  const applied: string[] = [];
  for (const name of files) {
    const sql = await readFile(new URL(name, `file://${migrationsDir}`), 'utf8');
    const didRun = await db.transaction(async (tx) => {
      // Two servers starting at once against one PostgreSQL must not both migrate.
      if (tx.engine === 'postgres') await tx.query('select pg_advisory_xact_lock(7513)');
      const done = await tx.query('select 1 from schema_migrations where name = $1', [name]);
      if (done.length) return false;
      await tx.exec(sql);
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);
      return true;
    });
    if (didRun) applied.push(name);
  }
  return applied;
}
