import type { Db } from './database.ts';
import * as distribution from './distribution.ts';

interface Key {
  table: string;
  name: string;
  kind: 'primary key' | 'unique' | 'foreign key';
  columns: string[];
  /** A foreign key's table and columns, in the order of `columns`. */
  refTable: string | null;
  refColumns: string[] | null;
}

/** Which table is which: the lists of `distribution.ts`. */
export interface Classification {
  familyTables: Readonly<Record<string, string>>;
  referenceTables: Readonly<Record<string, string>>;
}

/**
 * What in the database's catalog stops it from being distributed by family as `distribution.ts`
 * says: one sentence per problem, none when it fits. Read after all migrations.
 */
export async function distributionProblems(db: Db, lists: Classification = distribution): Promise<string[]> {
  const { familyTables, referenceTables } = lists;
  const tables = await db.query<{ name: string }>(
    `select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') order by relname`,
  );
  const columns = await db.query<{ table: string; column: string; nullable: boolean }>(
    `select table_name as table, column_name as column, is_nullable = 'YES' as nullable from information_schema.columns where table_schema = 'public'`,
  );
  const keys = await catalogKeys(db);
  const problems: string[] = [];
  const known = (t: string) => t in familyTables || t in referenceTables;

  for (const { name } of tables) {
    const lists = [familyTables, referenceTables].filter((list) => name in list).length;
    if (lists === 0) problems.push(`${name}: not classified: add it to familyTables or referenceTables in api/src/db/distribution.ts`);
    if (lists > 1) problems.push(`${name}: classified twice in api/src/db/distribution.ts`);
  }
  const existing = new Set(tables.map((t) => t.name));
  for (const name of [...Object.keys(familyTables), ...Object.keys(referenceTables)]) {
    if (!existing.has(name)) problems.push(`${name}: classified in api/src/db/distribution.ts but no such table`);
  }

  for (const [table, column] of Object.entries(familyTables)) {
    if (!existing.has(table)) continue;
    const found = columns.find((c) => c.table === table && c.column === column);
    if (!found) problems.push(`${table}: family table without the column ${column}`);
    else if (found.nullable) problems.push(`${table}.${column}: may be empty, so a row would belong to no family`);
    const own = keys.filter((k) => k.table === table);
    if (!own.some((k) => k.kind === 'primary key')) problems.push(`${table}: no primary key`);
    for (const key of own) {
      if (key.kind !== 'foreign key') {
        if (!key.columns.includes(column)) problems.push(`${table}: ${key.kind} ${key.name} (${key.columns.join(', ')}) lacks ${column}`);
        continue;
      }
      const target = key.refTable!;
      if (!(target in familyTables)) continue;
      const at = key.columns.indexOf(column);
      if (at < 0 || key.refColumns![at] !== familyTables[target]) {
        problems.push(`${table}: foreign key ${key.name} to family table ${target} does not join ${column} to ${target}.${familyTables[target]}`);
      }
    }
  }

  for (const table of Object.keys(referenceTables)) {
    if (columns.some((c) => c.table === table && c.column === 'family_id')) problems.push(`${table}: has family_id, so it is a family table, not a reference table`);
    for (const key of keys.filter((k) => k.table === table && k.kind === 'foreign key')) {
      if (key.refTable! in familyTables) problems.push(`${table}: foreign key ${key.name} from a reference table to ${key.refTable}, which Citus forbids`);
    }
  }
  for (const table of tables.map((t) => t.name).filter((t) => !known(t))) {
    if (columns.some((c) => c.table === table && c.column === 'family_id')) problems.push(`${table}: has family_id: classify it as a family table`);
  }
  return problems;
}

/** Primary keys, unique constraints, unique indexes and foreign keys of the public schema, with their columns in order. */
async function catalogKeys(db: Db): Promise<Key[]> {
  const constraints = await db.query<{ table: string; name: string; type: string; columns: string[]; refTable: string | null; refColumns: string[] | null }>(
    `select c.conrelid::regclass::text as table, c.conname as name, c.contype::text as type,
            array(select a.attname::text from unnest(c.conkey) with ordinality k(num, ord)
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.num order by k.ord) as columns,
            case when c.contype = 'f' then c.confrelid::regclass::text end as "refTable",
            case when c.contype = 'f' then array(select a.attname::text from unnest(c.confkey) with ordinality k(num, ord)
                    join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.num order by k.ord) end as "refColumns"
       from pg_constraint c
      where c.connamespace = 'public'::regnamespace and c.contype in ('p', 'u', 'f')`,
  );
  // A unique index made without a constraint counts as much as a unique constraint (expressions have no column: attnum 0).
  const indexes = await db.query<{ table: string; name: string; columns: string[] }>(
    `select i.indrelid::regclass::text as table, x.relname as name,
            array(select coalesce(a.attname::text, '(expression)') from unnest(i.indkey::int2[]) with ordinality k(num, ord)
                    left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.num order by k.ord) as columns
       from pg_index i join pg_class x on x.oid = i.indexrelid
      where x.relnamespace = 'public'::regnamespace and i.indisunique
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u'))`,
  );
  const kinds: Record<string, Key['kind']> = { p: 'primary key', u: 'unique', f: 'foreign key' };
  return [
    ...constraints.map((c) => ({ table: c.table, name: c.name, kind: kinds[c.type]!, columns: c.columns, refTable: c.refTable, refColumns: c.refColumns })),
    ...indexes.map((i) => ({ table: i.table, name: i.name, kind: 'unique' as const, columns: i.columns, refTable: null, refColumns: null })),
  ];
}
