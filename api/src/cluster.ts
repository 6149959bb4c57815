import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { removeServerInfo, writeServerInfo } from './cli/server-info.ts';
import { systemClock, type Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { loadLogSeal } from './data/log-seal.ts';
import { loadVapidKeys } from './push/vapid.ts';
import { prepareDatabase } from './serve.ts';

/** What a worker process gets from the primary, in its environment. */
export const workerEnv = { adminToken: 'ONSPLAN_ADMIN_TOKEN', index: 'ONSPLAN_WORKER' } as const;

/** How many API processes will run, and the line that says why when it is fewer than asked. */
export function workerPlan(config: Pick<Config, 'workers' | 'databaseUrl' | 'databasePoolSize'>): { workers: number; note?: string } {
  if (config.workers <= 1) return { workers: 1 };
  if (!config.databaseUrl) {
    return {
      workers: 1,
      note: `WORKERS=${config.workers}: de ingebouwde database (PGlite) werkt met één proces. Ons Plan start daarom één proces. Wilt u meer processen? Zet DATABASE_URL naar een PostgreSQL-server.`,
    };
  }
  const perProcess = config.databasePoolSize + 1;
  return {
    workers: config.workers,
    note: `Ons Plan start ${config.workers} processen op PostgreSQL, elk met ${config.databasePoolSize} + 1 verbindingen (DATABASE_POOL_SIZE + één voor LISTEN): samen ${config.workers * perProcess} van max_connections.`,
  };
}

/**
 * The primary of `WORKERS=N npm start`: migrates and seeds once, makes the keys once, writes the
 * file for the command line, then starts N API processes on the same port (node:cluster hands each
 * new connection to one of them). The first one seals and checks the access log. A process that
 * dies is started again; Ctrl+C or SIGTERM stops them all, each finishing its requests.
 */
export async function runPrimary(config: Config, options: { seedDemo: boolean; say: (line: string) => void }): Promise<void> {
  const { say } = options;
  const owner = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, preparedStatements: config.preparedStatements });
  try {
    await prepareDatabase(owner, { seedDemo: options.seedDemo, clock: systemClock, say });
  } finally {
    await owner.close();
  }
  // Made here, before the workers start, so they find the same files instead of racing to make them.
  const sealed = await loadLogSeal({ env: process.env, dataDir: config.dataDir, create: true });
  if (sealed?.source === 'nieuw bestand') say(`Nieuwe zegelsleutel voor het toegangslog gemaakt: ${sealed.path}. Bewaar een kopie op een veilige plek.`);
  await loadVapidKeys({ env: process.env, dataDir: config.dataDir });

  const adminToken = randomBytes(32).toString('base64url');
  await writeServerInfo(config.dataDir, { pid: process.pid, port: config.port, origin: config.origin, adminToken });
  let stopping = false;
  const running = new Map<Worker, number>();
  const listening = new Set<number>();
  cluster.on('listening', (worker) => {
    const index = running.get(worker);
    if (index === undefined || listening.has(index)) return;
    listening.add(index);
    if (listening.size === config.workers) say(`Alle ${config.workers} processen van Ons Plan draaien.`);
  });
  const start = (index: number) => {
    const worker = cluster.fork({ [workerEnv.adminToken]: adminToken, [workerEnv.index]: String(index) });
    running.set(worker, index);
  };
  cluster.on('exit', (worker, code, signal) => {
    const index = running.get(worker);
    running.delete(worker);
    if (stopping || index === undefined) return;
    say(`Proces ${index} van Ons Plan stopte (${signal ?? `code ${code}`}); het start opnieuw.`);
    start(index);
  });
  for (let index = 1; index <= config.workers; index++) start(index);

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const exited = [...running.keys()].map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
    for (const worker of running.keys()) worker.process.kill('SIGTERM');
    await Promise.all(exited);
    await removeServerInfo(config.dataDir, process.pid);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** In a worker: what the primary passed on, or undefined when this is not a worker of `runPrimary`. */
export function workerRole(env: NodeJS.ProcessEnv = process.env): { adminToken: string; guard: boolean; index: number } | undefined {
  if (cluster.isPrimary) return undefined;
  const adminToken = env[workerEnv.adminToken];
  const index = Number(env[workerEnv.index]);
  if (!adminToken || !Number.isInteger(index)) return undefined;
  return { adminToken, guard: index === 1, index };
}
