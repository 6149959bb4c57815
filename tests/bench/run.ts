// npm run bench: start-route bundle size, filtered plan read throughput, Lighthouse on the start page,
// the offline outbox replay and the offline start of the installed app, each against its target.
// A miss is reported, never fatal; a bench that cannot measure (server broken) exits non-zero.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { sessionCookieName } from '../../api/src/http/session-cookie.ts';
import { throwawayCluster } from './throwaway-pg.ts';

const root = resolve(import.meta.dirname, '../..');

function report(figure: string, value: string, target: string, ok: boolean): void {
  console.log(`${figure}: ${value}  (target ${target})  ${ok ? 'OK' : 'MISS'}`);
}

// --- a. initial JS and CSS of the start route ---

interface Chunk {
  file: string;
  isEntry?: boolean;
  src?: string;
  imports?: string[];
  css?: string[];
}

function bundleSizes(): void {
  const dist = resolve(root, 'dist/portal');
  const manifestPath = resolve(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    if (!existsSync(resolve(root, 'portal/index.html'))) {
      console.log('start route JS/CSS (gzip): portal not built (there is no portal/index.html yet), skipped');
      return;
    }
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0 || !existsSync(manifestPath)) {
      console.log('start route JS/CSS (gzip): portal not built (vite build failed), skipped');
      return;
    }
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry && manifest[k]!.src === 'index.html') ?? Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) {
    console.log('start route JS/CSS (gzip): no entry chunk in the manifest, skipped');
    return;
  }
  // Static imports load with the page; dynamic imports (other languages, later routes) do not.
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  const gzip = (files: Set<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(resolve(dist, f)), { level: 9 }).length, 0);
  const jsBytes = gzip(js);
  const cssBytes = gzip(css);
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  report(`start route JS (gzip, ${js.size} file${js.size === 1 ? '' : 's'})`, kB(jsBytes), '<= 140 kB', jsBytes <= 140_000);
  report(`start route CSS (gzip, ${css.size} file${css.size === 1 ? '' : 's'})`, kB(cssBytes), '<= 20 kB', cssBytes <= 20_000);
  // What a phone downloads: the server sends the build's .br copy (scripts/precompress.ts) when the browser accepts brotli.
  const served = (f: string) => {
    const path = resolve(dist, f);
    return existsSync(`${path}.br`) ? readFileSync(`${path}.br`).length : readFileSync(path).length;
  };
  const transferred = [...js, ...css].reduce((sum, f) => sum + served(f), 0);
  report(`start route JS+CSS transferred (brotli as served, ${js.size + css.size} files)`, kB(transferred), '<= 120 kB', transferred <= 120_000);
}

// --- b. filtered plan read against a bare Fastify route, both measured now ---

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: { url: string; connections: number; pipelining: number; duration: number; headers?: Record<string, string> }) => Promise<CannonResult>;
// autocannon ships no types; loaded through require with the little of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

/** Starts a bench server as a child process and resolves with the JSON line it prints once listening. */
function startChild<T>(script: string, stdin?: string, databaseUrl?: string, extraEnv: Record<string, string> = {}): Promise<T & { child: ChildProcess }> {
  const env = { ...process.env, ...extraEnv };
  // PGlite unless a PostgreSQL server is given for this child.
  delete env.TEST_DATABASE_URL;
  if (databaseUrl) env.TEST_DATABASE_URL = databaseUrl;
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', resolve(import.meta.dirname, script)], { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  child.stdin!.end(stdin ?? '');
  return new Promise((done, fail) => {
    createInterface({ input: child.stdout! }).once('line', (line) => done({ ...(JSON.parse(line) as T), child }));
    child.once('exit', (code) => fail(new Error(`${script} stopped (exit ${code}) before it listened`)));
  });
}

/** CPU time (user + system) a process has used so far, in microseconds; undefined where /proc is missing. */
function cpuMicros(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / 100) * 1e6; // utime + stime, in ticks of 1/100 s
  } catch {
    return undefined;
  }
}

// 10 connections without pipelining: every connection waits for its answer, so at most 10 reads
// share one access-log group commit (a busy portal would batch more). Both routes get the same.
async function measure(url: string, server: ChildProcess, headers: Record<string, string> = {}): Promise<CannonResult & { cpuPerRequest?: number }> {
  const options = { url, connections: 10, pipelining: 1, headers };
  await autocannon({ ...options, duration: 1 }); // warm-up: JIT, pools, caches
  const cpuBefore = cpuMicros(server.pid);
  const result = await autocannon({ ...options, duration: 5 });
  const cpuAfter = cpuMicros(server.pid);
  if (result.non2xx || result.errors || result.timeouts) {
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return cpuBefore === undefined || cpuAfter === undefined ? result : { ...result, cpuPerRequest: (cpuAfter - cpuBefore) / result.requests.total };
}

/** The filtered plan read against the bare route, on one engine (PostgreSQL when `databaseUrl` is given). */
async function throughput(engine: string, databaseUrl?: string): Promise<void> {
  const plan = await startChild<{ port: number; cookie: string; familyId: string }>('plan-server.ts', undefined, databaseUrl);
  const planUrl = `http://127.0.0.1:${plan.port}/api/v1/gezinnen/${plan.familyId}/plan`;
  const headers = { cookie: `${sessionCookieName}=${plan.cookie}` };
  const check = await fetch(planUrl, { headers });
  const body = await check.text();
  const items = check.status === 200 ? (JSON.parse(body) as { items?: unknown[] }).items : undefined;
  if (!items?.length) throw new Error(`plan read is not measurable: GET ${planUrl} answered ${check.status} with ${body.slice(0, 300)}`);

  // The reference right before each engine's run, so both see the same machine.
  const bare = await startChild<{ port: number }>('bare-server.ts', body);
  const bareResult = await measure(`http://127.0.0.1:${bare.port}/bare`, bare.child);
  bare.child.kill('SIGTERM');
  const planResult = await measure(planUrl, plan.child, headers);
  plan.child.kill('SIGTERM');

  // The same read with its access-log entry left out, only here in the bench: it shows how much of
  // the gap is the entry that must be stored before the answer (REQUIREMENTS D1), and how much is the rest.
  const unlogged = await startChild<{ port: number; cookie: string; familyId: string }>('plan-server.ts', undefined, databaseUrl, { BENCH_WITHOUT_ACCESS_LOG: '1' });
  const unloggedResult = await measure(`http://127.0.0.1:${unlogged.port}/api/v1/gezinnen/${unlogged.familyId}/plan`, unlogged.child, { cookie: `${sessionCookieName}=${unlogged.cookie}` });
  unlogged.child.kill('SIGTERM');

  const kB = (Buffer.byteLength(body) / 1000).toFixed(1);
  console.log(`\n${engine}: bare Fastify route ${Math.round(bareResult.requests.average)} req/s (reference, same ${kB} kB body); filtered plan read (Mark, ${items.length} items) ${Math.round(planResult.requests.average)} req/s`);
  const ratio = planResult.requests.average / bareResult.requests.average;
  report(`filtered plan read / bare route, ${engine}`, ratio.toFixed(2), '>= 0.35', ratio >= 0.35);
  console.log(`filtered plan read p99 latency, ${engine}: ${planResult.latency.p99} ms  (information)`);
  console.log(`the same read without storing its access-log entry (bench only; the portal never skips it), ${engine}: ${(unloggedResult.requests.average / bareResult.requests.average).toFixed(2)} of the bare route  (information)`);
  if (bareResult.cpuPerRequest !== undefined && planResult.cpuPerRequest !== undefined) {
    // Steadier than req/s when other work shares the machine: what one request costs its server.
    const us = (n: number) => `${Math.round(n)} µs`;
    console.log(`server CPU per request, ${engine}: bare ${us(bareResult.cpuPerRequest)}, plan read ${us(planResult.cpuPerRequest)}, ratio ${(bareResult.cpuPerRequest / planResult.cpuPerRequest).toFixed(2)}; without its log entry ${unloggedResult.cpuPerRequest === undefined ? '?' : us(unloggedResult.cpuPerRequest)}  (information)`);
  }
}

/** Both engines in one run (issue 12 point 7): PGlite as `npm start` runs it, and PostgreSQL. */
async function throughputOnBothEngines(): Promise<void> {
  await throughput('PGlite');
  const given = process.env.TEST_DATABASE_URL;
  const cluster = given ? undefined : await throwawayCluster().catch((error: Error) => (console.log(`PostgreSQL: not measured (${error.message})`), undefined));
  if (!given && !cluster) return;
  try {
    await throughput('PostgreSQL', given ?? cluster!.url);
  } finally {
    await cluster?.stop();
  }
}

// --- c. offline: 1,000 queued writes replayed, and the installed app opened without a network ---

/** Runs a bench script that prints its own figures; resolves to its exit code. */
function runScript(script: string, args: readonly string[] = []): Promise<number> {
  const env = { ...process.env };
  delete env.TEST_DATABASE_URL;
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', resolve(import.meta.dirname, script), ...args], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(child);
  return new Promise((done) => child.once('exit', (code) => done(code ?? 1)));
}

async function inChromium(): Promise<void> {
  for (const script of ['lighthouse.ts', 'offline-replay.ts', 'offline-open.ts']) {
    if ((await runScript(script)) !== 0) throw new Error(`${script} could not measure`);
  }
}

if (process.argv.includes('--scale')) {
  // npm run bench -- --scale [--max N | --sizes N,M]: many families on PostgreSQL (tests/bench/scale.ts).
  process.exitCode = await runScript('scale.ts', process.argv.slice(2));
} else if (process.argv.includes('--read')) {
  // npm run bench -- --read: only the filtered plan read against the bare route, on both engines.
  try {
    await throughputOnBothEngines();
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
} else {
  // The whole bench stays bounded even if a server hangs (the offline part starts Chromium).
  setTimeout(() => {
    console.error('bench: gave up after 600 s');
    process.exit(1);
  }, 600_000).unref();

  bundleSizes();
  try {
    await throughputOnBothEngines();
    if ((await runScript('cross-process.ts')) !== 0) throw new Error('cross-process.ts could not measure');
    await inChromium();
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}
