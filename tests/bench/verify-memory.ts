// How much memory the log check at start (and `verify-log`) takes as families and checkpoints
// grow (issue 12 point 2). Writes a synthetic log straight into a new database: per family a few
// rows, and checkpoints that each seal every family's head, as an hour in which every family was
// read would. Hashes are not real chains (the check reports a break and goes on, as it does on a
// real one); the seals are real, so every checkpoint's heads are read and digested.
//
//   DATABASE_URL=postgresql://… node tests/bench/verify-memory.ts --families 20000 --checkpoints 20
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { openPostgres } from '../../api/src/db/database.ts';
import { migrate } from '../../api/src/db/migrate.ts';
import { AccessLog, genesisHash, headsDigest } from '../../api/src/data/access-log.ts';
import { LogSeal } from '../../api/src/data/log-seal.ts';

const { values } = parseArgs({ options: { families: { type: 'string', default: '10000' }, checkpoints: { type: 'string', default: '10' } } });
const families = Number(values.families);
const checkpoints = Number(values.checkpoints);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is needed');
const admin = await openPostgres(url);
const name = `verify_memory_${process.pid}`;
await admin.exec(`create database ${name}`);
const db = await openPostgres(url.replace(/\/[^/]*$/, `/${name}`));
try {
  await migrate(db);
  const seal = new LogSeal(Buffer.alloc(32, 3));
  const ids = Array.from({ length: families }, () => randomUUID());
  let prevSeal = genesisHash;
  for (let c = 0; c < checkpoints; c++) {
    const rows = await db.query<{ id: number; familyId: string; hash: string }>(
      `insert into access_log (at, actor_kind, actor_name, family_id, action, object_kind, prev_hash, hash)
       select '2026-01-01T12:00:00Z'::timestamptz, 'member', 'Bench', f, 'lezen', 'plan', md5(f::text || $2) || md5($2), md5($2 || f::text) || md5(f::text)
         from unnest($1::uuid[]) f
       returning id, family_id as "familyId", hash`,
      [ids, String(c)],
    );
    const heads = rows.map((r) => ({ chain: r.familyId, lastRowId: r.id, hash: r.hash }));
    const content = { at: new Date('2026-01-01T12:00:00Z'), reason: 'timer' as const, lastRowId: Math.max(...rows.map((r) => r.id)), headHash: headsDigest(heads), keyId: seal.keyId, prevSeal, chains: heads.length };
    // As access-log.ts seals it; written out here so this bench also runs against the code before migration 041.
    const sealed = seal.seal(JSON.stringify([content.at.toISOString(), content.reason, content.lastRowId, content.headHash, content.keyId, content.prevSeal, content.chains]));
    const [row] = await db.query<{ id: number }>(
      `insert into access_log_checkpoints (at, reason, last_row_id, head_hash, key_id, prev_seal, seal, chains) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [content.at.toISOString(), content.reason, content.lastRowId, content.headHash, content.keyId, content.prevSeal, sealed, content.chains],
    );
    await db.query(
      `insert into access_log_checkpoint_heads (checkpoint_id, chain, last_row_id, head_hash) select $1, * from unnest($2::text[], $3::bigint[], $4::text[])`,
      [row!.id, heads.map((h) => h.chain), heads.map((h) => h.lastRowId), heads.map((h) => h.hash)],
    );
    prevSeal = sealed;
  }
  global.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const sample = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 5);
  const started = performance.now();
  const check = await new AccessLog(db, seal).verify();
  clearInterval(sample);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `${families} families, ${checkpoints} checkpoints of every head: ${check.rows} rows, ${check.checkpoints} checkpoints checked ` +
      `(seals ${check.brokenCheckpoint ? `broken at ${check.brokenCheckpoint.id}: ${check.brokenCheckpoint.reason}` : 'hold'}) in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `heap ${mb(before.heapUsed)} before, peak +${mb(peakHeap - before.heapUsed)}; RSS peak +${mb(peakRss - before.rss)}`,
  );
} finally {
  await db.close();
  await admin.exec(`drop database ${name}`);
  await admin.close();
}
