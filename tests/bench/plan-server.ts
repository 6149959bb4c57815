// Child process of the bench: the real app on the seeded demo family, signed in as Mark. The engine
// as the bench asks: PostgreSQL when TEST_DATABASE_URL is set, else PGlite with its files in a
// folder, as `npm start` runs it. Prints one JSON line {port, cookie, familyId} once it listens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testApp } from '../../api/src/test/harness.ts';

const pgliteDir = process.env.TEST_DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'onsplan-bench-pglite-'));
const t = await testApp({}, pgliteDir ? { pgliteDir } : {});
const mark = await t.as('mark');
// Only for the bench's figure of what the access-log entry costs a read; the app itself has no such switch.
if (process.env.BENCH_WITHOUT_ACCESS_LOG === '1') t.services.log.record = async () => {};
const familyId = t.world.families[0]!.id;
await t.app.listen({ port: 0, host: '127.0.0.1' });
const { port } = t.app.server.address() as { port: number };
console.log(JSON.stringify({ port, cookie: mark.cookie, familyId }));

process.once('SIGTERM', () =>
  void t.close().finally(() => {
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
    process.exit(0);
  }),
);
