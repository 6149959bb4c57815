import type { Db } from '../db/database.ts';
import { jsonListColumns } from './rows.ts';

/** The keys of a row type that may hold a time (a `timestamptz` column). */
export type TimeKeys<T> = { [K in keyof T]-?: Date extends T[K] ? K : never }[keyof T];

/** The times a row holds, each named once: leaving one out of such a map does not compile. */
export type TimesOf<T> = { readonly [K in TimeKeys<T>]: true };

/** A row as a JSON list gives it: its times are ISO text. */
export type AsJson<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** Rows read as JSON, with every time named in `times` a `Date` again, as a query alone returns them. */
export function revived<T>(rows: readonly AsJson<T>[] | readonly Record<string, unknown>[], times: TimesOf<T>): T[] {
  const keys = Object.keys(times);
  if (keys.length === 0) return rows as T[];
  return rows.map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const key of keys) {
      const value = copy[key];
      if (typeof value === 'string') copy[key] = new Date(value);
    }
    return copy as T;
  });
}

/**
 * One kind of a family's rows that its snapshot does not hold (documents, toestemmingen, …): a
 * query with the family id as its only parameter, `$1`. `times` names every column that holds a
 * time: read in a JSON list they come as text, and the type makes leaving one out a compile error.
 * The name is the part's key, in the store's cache and in a batch: one name, one query.
 */
export interface FamilyPart<T> {
  readonly name: string;
  readonly sql: string;
  readonly times: TimesOf<T>;
}

const partNames = new Map<string, string>();

export function familyPart<T>(name: string, sql: string, times: FamilyPart<T>['times']): FamilyPart<T> {
  // Parts meet by name in a batch and in the cache: a second query under a name would get the first one's rows.
  if ((partNames.get(name) ?? sql) !== sql) throw new Error(`family part "${name}" is defined twice, with different queries`);
  partNames.set(name, sql);
  return { name, sql, times };
}

interface Waiting {
  part: FamilyPart<unknown>;
  rows: Promise<unknown[]>;
  resolve: (rows: unknown[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Reads parts of families. The parts asked for one family within one turn of the event loop go to
 * the database as one statement, each as a JSON list: a sync asks for a dozen at once (each screen
 * its own), which were a dozen round trips. A part asked alone is read as a plain query.
 */
export class FamilyPartReader {
  readonly #db: Db;
  readonly #waiting = new Map<string, Map<string, Waiting>>();

  constructor(db: Db) {
    this.#db = db;
  }

  read<T>(familyId: string, part: FamilyPart<T>): Promise<T[]> {
    let parts = this.#waiting.get(familyId);
    if (!parts) {
      this.#waiting.set(familyId, (parts = new Map()));
      // The other screens of the same request reach here in this turn, after their own awaits.
      setImmediate(() => void this.#flush(familyId));
    }
    const known = parts.get(part.name);
    if (known) return known.rows as Promise<T[]>;
    let done!: Pick<Waiting, 'resolve' | 'reject'>;
    const rows = new Promise<unknown[]>((resolve, reject) => (done = { resolve, reject }));
    parts.set(part.name, { part: part as FamilyPart<unknown>, rows, ...done });
    return rows as Promise<T[]>;
  }

  async #flush(familyId: string): Promise<void> {
    const parts = [...this.#waiting.get(familyId)!.values()];
    this.#waiting.delete(familyId);
    try {
      if (parts.length === 1) {
        const [only] = parts as [Waiting];
        only.resolve(await this.#db.query(only.part.sql, [familyId]));
        return;
      }
      // Sorted by name, so the same parts make the same statement (prepared once per connection).
      parts.sort((a, b) => (a.part.name < b.part.name ? -1 : 1));
      const columns = Object.fromEntries(parts.map((w, i) => [`p${i}`, w.part.sql]));
      const [row] = await this.#db.query<Record<string, Record<string, unknown>[]>>(`select ${jsonListColumns(columns)}`, [familyId]);
      parts.forEach((w, i) => w.resolve(revived(row![`p${i}`]!, w.part.times)));
    } catch (error) {
      for (const w of parts) w.reject(error);
    }
  }
}
