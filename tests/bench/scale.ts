// npm run bench -- --scale [--max N | --sizes 100000]: Ons Plan on PostgreSQL at 1,000, 10,000 and 100,000 generated
// families (issue 12). Uses DATABASE_URL, or a throwaway cluster as `npm test` makes one. Per size:
// start time, plan read, sync and comment write with 10 and 50 clients, cold (families this server
// never read) and warm, and the server's memory after it read every family; then 1 and 2 API processes (only
// this with --processes-only, on a database grown before). Each figure is printed
// next to its target; a miss is reported, never fatal.
import { systemClock } from '../../api/src/config.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { hashSecret, newToken } from '../../api/src/auth/codes.ts';
import { openPostgres, type Db } from '../../api/src/db/database.ts';
import { familyRows } from '../../api/src/db/generate/family-rows.ts';
import { defaultSeed, generateFamilies } from '../../api/src/db/generate/generate.ts';
import { migrate } from '../../api/src/db/migrate.ts';
import { sessionCookieName } from '../../api/src/http/session-cookie.ts';
import { runLoad, type LoadRequest, type LoadResult } from './load-client.ts';
import { throwawayCluster } from './throwaway-pg.ts';
import { apiEnvironment, apiNodeOptions } from '../../api/src/heap-budget.ts';
import { askServer } from '../../api/src/cli/ask-server.ts';
import { readServerInfo } from '../../api/src/cli/server-info.ts';
import type { ProcessStatus } from '../../api/src/process-status.ts';

const root = resolve(import.meta.dirname, '../..');
const cores = availableParallelism();

function report(figure: string, value: string, target: string | undefined, ok?: boolean): void {
  console.log(`  ${figure}: ${value}${target ? `  (target ${target})  ${ok ? 'OK' : 'MISS'}` : '  (information)'}`);
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** Resident memory of a process in MB, from /proc. */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

interface Server {
  child: ChildProcess;
  port: number;
  origin: string;
  startMs: number;
}

/** `npm start` on the bench database, timed from spawn to listening (every process, with `workers`). */
async function startServer(databaseUrl: string, dataDir: string, port: number, workers = 1): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  const env = { ...process.env, ...apiEnvironment(), DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, SEED_DEMO: 'false', LOG: 'false', DATA_DIR: dataDir, WORKERS: String(workers) };
  const ready = workers > 1 ? `Alle ${workers} processen van Ons Plan draaien.` : 'Ons Plan draait.';
  const started = performance.now();
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', ...apiNodeOptions(), resolve(root, 'api/src/main.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((done, fail) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes(ready)) done();
    });
    child.once('exit', (code) => fail(new Error(`the server stopped (exit ${code}) before it listened`)));
  });
  return { child, port, origin, startMs: performance.now() - started };
}

async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  await exited;
}

/** Memory and cache figures of the bench server, asked as `npm run cli -- status` asks them. */
async function serverStatus(dataDir: string): Promise<ProcessStatus> {
  const found = readServerInfo(dataDir);
  if (found.state !== 'running') throw new Error(`no running server in ${dataDir}`);
  return askServer<ProcessStatus>(found.info, 'GET', '/api/v1/admin/status');
}

/**
 * Waits for the server's check of the whole access log after its start. With several processes one
 * of them checks, and each request may reach another one ('niet-hier'), so it waits for a 'klaar'.
 */
async function logChecked(dataDir: string): Promise<void> {
  for (let elsewhere = 0; elsewhere < 20; ) {
    const state = (await serverStatus(dataDir)).logCheck;
    if (state === 'klaar') return;
    elsewhere = state === 'niet-hier' ? elsewhere + 1 : 0;
    await new Promise((done) => setTimeout(done, state === 'bezig' ? 1000 : 50));
  }
}

interface BenchFamily {
  familyId: string;
  cookie: string;
}

/**
 * A session for the mother of each family, written straight into the database: signing in through
 * the passkey ceremony 100,000 times would measure WebAuthn, not reads. Bench only.
 */
async function sessionsFor(db: Db, count: number, now: Date): Promise<BenchFamily[]> {
  const families: BenchFamily[] = [];
  const rows: { token_hash: string; user_id: string }[] = [];
  for (let i = 0; i < count; i++) {
    const family = familyRows(defaultSeed, i, now);
    const mother = family.tables.find(([table]) => table === 'members')![1][0] as { user_id: string };
    const token = newToken();
    families.push({ familyId: family.familyId, cookie: `${sessionCookieName}=${token}` });
    rows.push({ token_hash: hashSecret(token), user_id: mother.user_id });
  }
  for (let from = 0; from < rows.length; from += 10_000) {
    await db.query(
      `insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
       select r.token_hash, r.user_id, $2, $2, $3 from jsonb_to_recordset($1::jsonb) as r(token_hash text, user_id uuid)`,
      // Made now, not at the bench's start: the sessions of the run with two processes come an hour later.
      [JSON.stringify(rows.slice(from, from + 10_000)), systemClock.now().toISOString(), new Date(systemClock.now().getTime() + 11 * 3_600_000).toISOString()],
    );
  }
  benchSessions.push(...rows.map((r) => r.token_hash));
  return families;
}

// Reading 100,000 families takes longer than a session may sit unused (30 minutes): a mother's
// session made at the start would have ended before her family's turn. The bench keeps its own
// sessions in use, as a phone that is opened now and then would.
const benchSessions: string[] = [];
async function keepSessionsInUse(db: Db): Promise<void> {
  for (let from = 0; from < benchSessions.length; from += 10_000) {
    await db.query('update sessions set last_seen_at = $2 where token_hash = any($1::text[])', [benchSessions.slice(from, from + 10_000), systemClock.now().toISOString()]);
  }
}

/** CPU time (user + system) a process has used so far, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // ticks of 1/100 s
}

/**
 * CPU time of every PostgreSQL process on this machine, in ms; undefined when none runs here (a
 * DATABASE_URL on another machine). All of them: a cluster others use too would count theirs.
 */
function postgresCpuMs(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.includes('(postgres)')) byPid.set(Number(pid), cpuMs(Number(pid)));
    } catch {
      // The process ended while the list was read.
    }
  }
  return byPid;
}

/** PostgreSQL's CPU between two readings: processes that ended meanwhile took their time with them, so only those in both count. */
function postgresCpuBetween(before: Map<number, number>, after: Map<number, number>): number | undefined {
  if (before.size === 0) return undefined;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * A load run with the CPU per request of the API process and of PostgreSQL: steadier than latency
 * when others share the machine, and the reason for it when the cores are full (see `line`).
 */
async function measured(db: Db, pid: number, run: () => Promise<LoadResult>): Promise<Measured> {
  const [before, dbBefore, walBefore] = [cpuMs(pid), postgresCpuMs(), await walOf(db)];
  const result = await run();
  const dbCpu = postgresCpuBetween(dbBefore, postgresCpuMs());
  const walAfter = await walOf(db);
  const dbCpuMsPerRequest = dbCpu === undefined ? undefined : dbCpu / result.requests;
  const wal = walBefore && walAfter ? { kB: (walAfter.bytes - walBefore.bytes) / 1000 / result.requests, pages: (walAfter.fpi - walBefore.fpi) / result.requests } : undefined;
  return { ...result, cpuMsPerRequest: (cpuMs(pid) - before) / result.requests, dbCpuMsPerRequest, wal };
}

type Measured = LoadResult & { cpuMsPerRequest?: number; dbCpuMsPerRequest?: number; wal?: { kB: number; pages: number } };

/**
 * The write-ahead log the whole cluster wrote so far (pg_stat_wal, PostgreSQL 14 and later): its
 * bytes, and how many of its records were whole pages. Undefined on an older server.
 */
async function walOf(db: Db): Promise<{ bytes: number; fpi: number } | undefined> {
  try {
    const [row] = await db.query<{ bytes: string; fpi: string }>('select wal_bytes::text as bytes, wal_fpi::text as fpi from pg_stat_wal');
    return row && { bytes: Number(row.bytes), fpi: Number(row.fpi) };
  } catch {
    return undefined;
  }
}

function line(name: string, r: Measured, targets: { p99?: number; perSecond?: number } = {}): void {
  const fails = r.failures ? `, ${r.failures} FAILED (${r.firstFailure})` : '';
  const cpu = r.cpuMsPerRequest !== undefined ? `, API CPU ${r.cpuMsPerRequest.toFixed(2)} ms/req` : '';
  const db = r.dbCpuMsPerRequest !== undefined ? `, PostgreSQL CPU ${r.dbCpuMsPerRequest.toFixed(2)} ms/req` : '';
  const wal = r.wal ? `, WAL ${r.wal.kB.toFixed(1)} kB/req (${r.wal.pages.toFixed(1)} whole pages)` : '';
  const value = `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${Math.round(r.perSecond)} req/s over ${r.requests}${cpu}${db}${wal}${fails}`;
  const wanted = [targets.p99 !== undefined ? `p99 < ${targets.p99} ms` : '', targets.perSecond !== undefined ? `>= ${targets.perSecond} req/s` : ''].filter(Boolean).join(', ');
  const ok = !r.failures && (targets.p99 === undefined || r.p99 < targets.p99) && (targets.perSecond === undefined || r.perSecond >= targets.perSecond);
  report(name, value, wanted || undefined, ok);
  if (r.cpuMsPerRequest !== undefined && r.dbCpuMsPerRequest !== undefined) {
    // With the cores full, a request waits its turn (Little's law): clients / (requests per second).
    const ceiling = (cores * 1000) / (r.cpuMsPerRequest + r.dbCpuMsPerRequest);
    console.log(`    this machine's ${cores} cores: at most ${Math.round(ceiling)} req/s of this kind, so with ${r.clients} clients a request waits at least ${((r.clients / ceiling) * 1000).toFixed(0)} ms on average (information)`);
  }
}

async function benchSize(db: Db, databaseUrl: string, n: number, dataDir: string, port: number, now: Date): Promise<number> {
  console.log(`\n${n.toLocaleString('en')} families`);
  const generating = performance.now();
  const made = await generateFamilies(db, {
    families: n, now,
    onProgress: (done, total) => {
      if (done % Math.max(1000, total / 10) === 0) process.stdout.write(`  generating: ${done}/${total}\r`);
    },
  });
  report('generated', `${made.written} new families in ${((performance.now() - generating) / 1000).toFixed(0)} s (${made.skipped} were there)`, undefined);
  await db.query('analyze');
  const families = await sessionsFor(db, n, now);
  const [logRows] = await db.query<{ families: string; accounts: string }>('select (select count(*) from access_log) as families, (select count(*) from account_log) as accounts');
  report('access-log rows', `${Number(logRows?.families).toLocaleString('en')} in family chains, ${Number(logRows?.accounts).toLocaleString('en')} account events`, undefined);

  const server = await startServer(databaseUrl, dataDir, port);
  try {
    report('start time', `${Math.round(server.startMs)} ms`, undefined);
    // The server checks the whole access log after it starts, beside the serving: minutes of CPU at
    // 100,000 families. Measured while it runs, every figure would carry it; so the bench waits.
    const checking = performance.now();
    await logChecked(dataDir);
    report('check of the whole access log after the start (beside the serving)', `${((performance.now() - checking) / 1000).toFixed(0)} s`, undefined);
    const load = (clients: number, requests: LoadRequest[]) => measured(db, server.child.pid!, () => runLoad(port, clients, requests));
    const headers = (f: BenchFamily) => ({ cookie: f.cookie, origin: server.origin, 'x-ons-plan': '1', 'accept-encoding': 'gzip' });
    const reads = (slice: BenchFamily[], path: (f: BenchFamily) => string): LoadRequest[] => slice.map((f) => ({ method: 'GET', path: path(f), headers: headers(f) }));
    const plan = (f: BenchFamily) => `/api/v1/gezinnen/${f.familyId}/plan`;
    const sync = (f: BenchFamily) => `/api/v1/gezinnen/${f.familyId}/synchronisatie?since=0`;
    // Disjoint slices, so every cold figure reads families this server never read before.
    const k = Math.min(1000, Math.floor(n / 6));
    const slice = (i: number) => families.slice(i * k, (i + 1) * k);
    // Warm-up (JIT, connection pool): families the cold figures do not use; the server's check of the
    // whole access-log chain at start also runs now, in the background, as after every start.
    await runLoad(port, 10, reads(families.slice(-Math.min(200, k)), plan));
    const coldTargets = n === 100_000 ? { p99: 50 } : {};
    // Warm right after cold, each slice within the snapshot cache (96 MB: about 2,000 families).
    line('plan read, cold, 10 clients', await load(10, reads(slice(0), plan)), coldTargets);
    line('plan read, warm, 10 clients', await load(10, reads(slice(0), plan)));
    line('plan read, cold, 50 clients', await load(50, reads(slice(1), plan)), coldTargets);
    line('plan read, warm, 50 clients', await load(50, reads(slice(1), plan)));
    const syncTargets = n === 100_000 ? { p99: 100 } : {};
    line('sync, cold, 10 clients', await load(10, reads(slice(2), sync)), syncTargets);
    line('sync, cold, 50 clients', await load(50, reads(slice(3), sync)), syncTargets);
    line('sync, warm, 50 clients', await load(50, reads(slice(3), sync)));
    const comment = (f: BenchFamily): LoadRequest => ({
      method: 'POST', path: `/api/v1/gezinnen/${f.familyId}/reacties`, headers: { ...headers(f), 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: randomUUID(), body: 'Dank voor het plan.' }),
    });
    line('comment write, 10 writers (warm families)', await load(10, slice(2).map(comment)));
    line('comment write, 50 writers (warm families)', await load(50, slice(3).map(comment)), { p99: 100, perSecond: 1000 });
    line('comment write, 50 writers (cold families)', await load(50, slice(4).map(comment)), { p99: 100, perSecond: 1000 });
    // PostgreSQL writes a page whole into the WAL the first time it changes after a checkpoint. A
    // burst of writes into families spread over the database meets mostly pages not yet changed
    // since the last checkpoint; a steady load changes the same index pages many times between two.
    console.log('    "whole pages": the first change of a page after a checkpoint writes all 8 kB of it to the WAL; a short burst across many families pays this on almost every page it touches, a steady load far less often  (information)');
    // Every family once: the snapshot cache must stay within its bound.
    // In parts of 20,000, each with the memory after it: a long run shows its trend as it goes.
    const rest = families.slice(5 * k);
    for (let from = 0; from < rest.length; from += 20_000) {
      const part = rest.slice(from, from + 20_000);
      line(`plan read of every other family, cold, 50 clients, ${(5 * k + from + part.length).toLocaleString('en')} of ${n.toLocaleString('en')} read`, await load(50, reads(part, plan)), coldTargets);
      report('server RSS', `${Math.round(rssMb(server.child.pid!))} MB`, undefined);
    }
    const rss = rssMb(server.child.pid!);
    report('server RSS after reading every family', `${Math.round(rss)} MB`, '< 512 MB', rss < 512);
    const status = await serverStatus(dataDir);
    const snapshots = status.caches.snapshots;
    report('server JS heap', `${status.memoryMb.heapUsed} MB used of at most ${status.memoryMb.heapLimit} MB`, undefined);
    report('snapshot cache', `${snapshots.entries} families, ${Math.round(snapshots.cost / 1048576)} of ${Math.round(snapshots.maxCost / 1048576)} MB; ${snapshots.hits} hits, ${snapshots.misses} misses, ${snapshots.evictions} dropped`, undefined);
    return server.startMs;
  } finally {
    await stopServer(server);
  }
}

/**
 * The same reads and writes with one and with two API processes (WORKERS=2, node:cluster) on the
 * families of the largest size benched (issue 12 point 5). Two processes help only where one
 * process's CPU is the limit; on a machine with two cores that the database shares, expect little.
 */
async function benchWorkers(db: Db, databaseUrl: string, n: number, dataDir: string, port: number, now: Date): Promise<void> {
  const k = Math.min(500, Math.floor(n / 4));
  const families = await sessionsFor(db, 4 * k, now);
  console.log(`\n1 and 2 API processes, ${n.toLocaleString('en')} families, 50 clients`);
  const results: Record<number, { read: LoadResult; write: LoadResult }> = {};
  for (const workers of [1, 2]) {
    const server = await startServer(databaseUrl, dataDir, port, workers);
    try {
      await logChecked(dataDir);
      const headers = (f: BenchFamily) => ({ cookie: f.cookie, origin: server.origin, 'x-ons-plan': '1', 'accept-encoding': 'gzip' });
      // Each run its own families: the second server's cold reads are cold too.
      const mine = families.slice((workers - 1) * 2 * k, workers * 2 * k);
      const reads = mine.slice(0, k).map((f): LoadRequest => ({ method: 'GET', path: `/api/v1/gezinnen/${f.familyId}/plan`, headers: headers(f) }));
      await runLoad(port, 10, reads.slice(0, 50));
      const cold = await runLoad(port, 50, reads);
      const warm = await runLoad(port, 50, reads);
      const write = await runLoad(port, 50, mine.slice(k).map((f): LoadRequest => ({
        method: 'POST', path: `/api/v1/gezinnen/${f.familyId}/reacties`, headers: { ...headers(f), 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: randomUUID(), body: 'Dank voor het plan.' }),
      })));
      line(`plan read, cold, ${workers} process${workers > 1 ? 'es' : ''}`, cold, n === 100_000 ? { p99: 50 } : {});
      line(`plan read, warm, ${workers} process${workers > 1 ? 'es' : ''}`, warm);
      line(`comment write, 50 writers, ${workers} process${workers > 1 ? 'es' : ''}`, write, { p99: 100, perSecond: 1000 });
      results[workers] = { read: warm, write };
    } finally {
      await stopServer(server);
    }
  }
  const gain = (kind: 'read' | 'write') => (results[2]![kind].perSecond / results[1]![kind].perSecond).toFixed(2);
  report('2 processes vs 1', `warm reads ${gain('read')}×, comment writes ${gain('write')}× the requests per second`, undefined);
}

const max = Number(option('max') ?? 100_000);
// A database already grown to 100,000 holds every smaller size's families too, but is not that size:
// --sizes names the sizes to measure, so a grown database is not reported as a small one.
const sizes = (option('sizes') ?? '1000,10000,100000').split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 6)) {
  console.error('scale bench: --sizes wants whole numbers of families of at least 6, with commas between, e.g. --sizes 10000,100000');
  process.exit(2);
}
const cluster = process.env.DATABASE_URL ? undefined : await throwawayCluster();
const databaseUrl = process.env.DATABASE_URL ?? cluster!.url;
// The server's data folder holds the key that seals the access log. On a database the bench keeps
// (DATABASE_URL), the folder stays for the next run: with a new key each run, the check after the
// start would find the earlier runs' checkpoints sealed with another key, and say so.
const dataDir = cluster
  ? await mkdtemp(join(tmpdir(), 'onsplan-scale-'))
  : join(tmpdir(), `onsplan-scale-${createHash('sha256').update(databaseUrl).digest('hex').slice(0, 12)}`);
await mkdir(dataDir, { recursive: true });
const db = await openPostgres(databaseUrl);
const startTimes: [number, number][] = [];
try {
  await migrate(db);
  const keeping = setInterval(() => void keepSessionsInUse(db).catch((error: Error) => console.error(`scale bench: sessions not kept in use: ${error.message}`)), 10 * 60_000);
  keeping.unref();
  console.log(`scale bench on PostgreSQL${cluster ? ' (a throwaway cluster)' : ' (DATABASE_URL)'}, 1 API process`);
  // The generated families and the bench server share the system clock, as in production.
  const now = systemClock.now();
  for (const n of sizes) {
    if (process.argv.includes('--processes-only')) {
      // Only the comparison of 1 and 2 processes, on a database grown before (--sizes names its size).
      startTimes.push([n, Number.NaN]);
      continue;
    }
    if (n > max) {
      console.log(`\n${n.toLocaleString('en')} families: skipped (--max ${max})`);
      continue;
    }
    startTimes.push([n, await benchSize(db, databaseUrl, n, dataDir, 3900 + (process.pid % 1000), now)]);
  }
  const largest = startTimes.at(-1);
  if (largest) await benchWorkers(db, databaseUrl, largest[0], dataDir, 3900 + (process.pid % 1000), now);
  if (startTimes.length > 1 && !process.argv.includes('--processes-only')) {
    const [first, last] = [startTimes[0]!, startTimes.at(-1)!];
    const ratio = last[1] / first[1];
    report(`\nstart time at ${last[0]} vs ${first[0]} families`, `${ratio.toFixed(2)}×`, 'independent of N (< 1.5×)', ratio < 1.5);
  }
} catch (error) {
  console.error(`scale bench: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
  if (cluster) await rm(dataDir, { recursive: true, force: true });
  await cluster?.stop();
}
