import { describe, expect, it } from 'vitest';
import { freshDatabase, testDatabaseUrl, testEngine } from '../test/db.ts';
import { openPostgres, StatementNames } from './database.ts';

describe('names of statements', () => {
  it('gives one text one name, and no name to new texts beyond the bound', () => {
    const names = new StatementNames(2);
    const first = names.nameOf('select 1 where $1::int > 0');
    expect(names.nameOf('select 1 where $1::int > 0')).toBe(first);
    const second = names.nameOf('select 2 where $1::int > 0');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(names.nameOf('select 3 where $1::int > 0')).toBeUndefined();
    expect(names.nameOf('select 1 where $1::int > 0')).toBe(first);
  });

  it('names nothing when the bound is 0 (DATABASE_PREPARED_STATEMENTS=0, for a pooler that cannot keep them)', () => {
    const names = new StatementNames(0);
    expect(names.nameOf('select 1 where $1::int > 0')).toBeUndefined();
    expect(names.nameOf('select 1 where $1::int > 0')).toBeUndefined();
  });
});

describe.runIf(testEngine() === 'postgres')('statements on postgres', () => {
  it('parses a repeated query once per connection and then runs it by name, with the same answers', async () => {
    const db = await freshDatabase();
    try {
      await db.transaction(async (tx) => {
        const sql = 'select count(*)::int as n from families where id <> $1';
        const answers = [];
        for (const id of ['00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000001']) answers.push(await tx.query<{ n: number }>(sql, [id]));
        expect(answers[1]).toEqual(answers[0]);
        const prepared = await tx.query<{ statement: string }>('select statement from pg_prepared_statements');
        expect(prepared.filter((row) => row.statement === sql)).toHaveLength(1);
      });
    } finally {
      await db.close();
    }
  });

  it('prepares nothing with preparedStatements 0', async () => {
    const db = await freshDatabase();
    const unprepared = await openPostgres(testDatabaseUrl(db)!, { preparedStatements: 0 });
    try {
      await unprepared.transaction(async (tx) => {
        await tx.query('select count(*)::int as n from families where id <> $1', ['00000000-0000-4000-8000-000000000000']);
        expect(await tx.query('select statement from pg_prepared_statements')).toEqual([]);
      });
    } finally {
      await unprepared.close();
      await db.close();
    }
  });
});
