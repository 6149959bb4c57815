// Where a filtered plan read spends its time: runs plan-server.ts under `node --cpu-prof`, loads it
// like the bench does (10 connections), and prints the CPU of the loaded seconds only (not start-up
// and seeding) by area and by function. Run: node tests/bench/profile-plan.ts [seconds] [plan|sync]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { sessionCookieName } from '../../api/src/http/session-cookie.ts';

const seconds = Number(process.argv[2] ?? 5);
const reads = { plan: 'plan', sync: 'synchronisatie?since=0' } as const;
const what = (process.argv[3] ?? 'plan') as keyof typeof reads;
if (!Number.isFinite(seconds) || seconds <= 0 || !(what in reads)) {
  console.error('profile: give a number of seconds and what to read, plan or sync, e.g. node tests/bench/profile-plan.ts 5 sync');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '../..');
const autocannon = createRequire(import.meta.url)('autocannon') as (o: object) => Promise<{ requests: { total: number } }>;

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface Profile { nodes: { id: number; callFrame: CallFrame; children?: number[] }[]; samples: number[]; timeDeltas: number[] }

const dir = mkdtempSync(join(tmpdir(), 'onsplan-profile-'));
const env = { ...process.env };
delete env.TEST_DATABASE_URL;
const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--disable-warning=ExperimentalWarning', resolve(import.meta.dirname, 'plan-server.ts')], { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'] });
child.stdin.end('');
const line = await new Promise<string>((done) => createInterface({ input: child.stdout }).once('line', done));
const { port, cookie, familyId } = JSON.parse(line) as { port: number; cookie: string; familyId: string };
const options = { url: `http://127.0.0.1:${port}/api/v1/gezinnen/${familyId}/${reads[what]}`, connections: 10, pipelining: 1, headers: { cookie: `${sessionCookieName}=${cookie}` } };
await autocannon({ ...options, duration: 1 });
const { requests } = await autocannon({ ...options, duration: seconds });
child.kill('SIGTERM');
await new Promise((done) => child.once('exit', done));

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written in ${dir}`);
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
rmSync(dir, { recursive: true });

// Keep the samples of the loaded seconds; the few after it (shutdown) barely count.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const end = profile.timeDeltas.reduce((a, b) => a + b, 0);
const self = new Map<number, number>();
let elapsed = 0;
let total = 0;
profile.samples.forEach((id, i) => {
  elapsed += profile.timeDeltas[i]!;
  if (elapsed < end - seconds * 1e6) return;
  self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]!);
  total += profile.timeDeltas[i]!;
});

// A sample belongs to the first area found walking up from the function that ran.
const areas: [string, (f: CallFrame) => boolean][] = [
  ['Intl (dutchDay)', (f) => f.functionName === 'dutchDay'],
  ['PGlite (SQL in WebAssembly)', (f) => f.url.includes('pglite') || f.url.startsWith('wasm')],
  ['access log (hashes, batch)', (f) => f.url.includes('access-log.ts')],
  ['sessions and sign-in hook', (f) => /sessions\.ts|authenticate\.ts|cookie/.test(f.url)],
  ['shared (visibility, dates)', (f) => f.url.includes('/shared/src/')],
  ['api data layer', (f) => f.url.includes('/api/src/data/')],
  ['response serialisation', (f) => f.url.includes('fast-json-stringify')],
  ['fastify', (f) => /fastify|find-my-way|avvio/.test(f.url)],
  ['node http and sockets', (f) => f.url.startsWith('node:') || f.functionName === 'writev'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['idle (waiting for requests)', (f) => f.functionName === '(idle)'],
];
const byArea = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, micros] of self) {
  let area = 'other';
  for (let cur: number | undefined = id; cur !== undefined && area === 'other'; cur = parentOf.get(cur)) {
    area = areas.find(([, test]) => test(byId.get(cur!)!.callFrame))?.[0] ?? 'other';
  }
  byArea.set(area, (byArea.get(area) ?? 0) + micros);
  const f = byId.get(id)!.callFrame;
  const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\//, '').replace(`file://${root}/`, '')}:${f.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
}

const perRequest = (micros: number) => `${(micros / requests.total).toFixed(1).padStart(6)} µs/req`;
const show = (title: string, rows: Map<string, number>, limit: number) => {
  console.log(`\n${title}`);
  for (const [name, micros] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${perRequest(micros)}  ${name}`);
  }
};
console.log(`${requests.total} ${what} reads in ${seconds} s (${Math.round(requests.total / seconds)} req/s); ${perRequest(total)} of wall time in the server`);
show('by area', byArea, areas.length + 1);
show('by function (self time)', byFunction, 25);
