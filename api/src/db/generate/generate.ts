import { AccessLog } from '../../data/access-log.ts';
import type { Db } from '../database.ts';
import { caseload, familyRows, generatedFamilyId, professionalId, type Row } from './family-rows.ts';

export interface GenerateOptions {
  families: number;
  seed?: string;
  /** The clock reading the generated history ends at. */
  now: Date;
  /** Families per transaction. */
  batch?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface Generated {
  /** Families written now; those already there (an earlier run with the same seed) are left as they are. */
  written: number;
  skipped: number;
}

export const defaultSeed = 'ons-plan';

/**
 * Writes `families` generated families (see `familyRows`) through the real schema and its triggers,
 * so the change log, change numbers and notifications are what the API itself would have left.
 * Deterministic from the seed; running it again with a larger number adds only the missing ones,
 * so a bench can grow one database from 1,000 to 100,000 families.
 */
export async function generateFamilies(db: Db, { families, seed = defaultSeed, now, batch = 100, onProgress }: GenerateOptions): Promise<Generated> {
  const log = new AccessLog(db);
  let written = 0;
  let skipped = 0;
  for (let from = 0; from < families; from += batch) {
    const indexes = Array.from({ length: Math.min(batch, families - from) }, (_, i) => from + i);
    const ids = indexes.map((i) => generatedFamilyId(seed, i));
    const existing = new Set((await db.query<{ id: string }>('select id::text as id from families where id = any($1::uuid[])', [ids])).map((row) => row.id));
    const todo = indexes.filter((_, i) => !existing.has(ids[i]!));
    skipped += indexes.length - todo.length;
    if (todo.length) {
      const built = todo.map((i) => familyRows(seed, i, now));
      await db.transaction(async (tx) => {
        await insertRows(tx, 'users', professionalsOf(seed, todo, now), 'on conflict (id) do nothing');
        // One statement per table for the whole batch, in the order the foreign keys ask.
        for (let t = 0; t < built[0]!.tables.length; t++) {
          const [table] = built[0]!.tables[t]!;
          await insertRows(tx, table, built.flatMap((family) => family.tables[t]![1]));
        }
        await tx.query(
          `update plans p set current_version_id = v.id from plan_versions v where v.plan_id = p.id and p.family_id = any($1::uuid[])`,
          [built.map((family) => family.familyId)],
        );
      });
      // The log's own writer: its rows chain on the rows before them, as the API's do.
      await Promise.all(built.flatMap((family) => family.accessLog.map((entry) => log.record(entry))));
      written += todo.length;
    }
    onProgress?.(from + indexes.length, families);
  }
  return { written, skipped };
}

/** The professionals the families `indexes` are assigned to (a regisseur per caseload, a betrokken from a pool). */
function professionalsOf(seed: string, indexes: readonly number[], now: Date): Row[] {
  const ks = new Set(indexes.flatMap((i) => [Math.floor(i / caseload), 100_000 + ((i * 7) % 997)]));
  return [...ks].map((k) => ({
    id: professionalId(seed, k), kind: 'professional', display_name: `Professional ${k}`, organisation: 'Jeugdbescherming Regio',
    job_title: k >= 100_000 ? 'Gezinscoach' : 'Jeugdbeschermer', created_at: new Date(now.getTime() - 1000 * 86_400_000).toISOString(),
  }));
}

/**
 * One multi-row insert: the rows travel as one JSON parameter and PostgreSQL makes typed rows of it,
 * so the statement's size does not depend on the number of columns. Row triggers fire as usual.
 */
async function insertRows(db: Db, table: string, rows: readonly Row[], onConflict = ''): Promise<void> {
  if (!rows.length) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].join(', ');
  await db.query(`insert into ${table} (${columns}) select ${columns} from jsonb_populate_recordset(null::${table}, $1::jsonb) ${onConflict}`, [JSON.stringify(rows)]);
}
