import { describe, expect, it } from 'vitest';
import { freshDatabase, pgliteEnginesStarted, testEngine } from './db.ts';

// Every integration test starts from the seeded rows. On PGlite a used instance is put back to them
// instead of starting a new engine (about 1.5 s each); a table the reset cannot refill (an identity
// column once made every test start an engine) would cost the suite minutes without failing anything.
describe.skipIf(testEngine() !== 'pglite')('test databases on PGlite', () => {
  it('a used database is put back to the seeded rows, not started anew', async () => {
    const first = await freshDatabase();
    const [before] = await first.query<{ count: string }>('select count(*)::text as count from families');
    await first.query(`insert into families (id, name, kind, created_at) select gen_random_uuid(), 'Extra', kind, created_at from families limit 1`);
    await first.close();
    const started = pgliteEnginesStarted();
    const second = await freshDatabase();
    try {
      expect(pgliteEnginesStarted()).toBe(started);
      const [after] = await second.query<{ count: string }>('select count(*)::text as count from families');
      expect(after!.count).toBe(before!.count);
    } finally {
      await second.close();
    }
  });
});
