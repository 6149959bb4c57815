import cluster from 'node:cluster';
import { runPrimary, workerPlan, workerRole } from './cluster.ts';
import { loadConfig } from './config.ts';
import { startOnsPlan } from './serve.ts';

/** `npm start`: Ons Plan on one port until Ctrl+C; with WORKERS=N on PostgreSQL, N API processes. */
try {
  const config = loadConfig();
  const seedDemo = process.env.SEED_DEMO !== 'false';
  const plan = cluster.isPrimary ? workerPlan(config) : { workers: config.workers };
  if (plan.note) console.log(plan.note);
  if (cluster.isPrimary && plan.workers > 1) {
    await runPrimary(config, { seedDemo, say: (line) => console.log(line) });
  } else {
    const worker = workerRole();
    // Of several processes only the first says where to go; the primary said how many run.
    const say = !worker || worker.index === 1 ? (line: string) => console.log(line) : () => {};
    const { stop } = await startOnsPlan({ config, seedDemo, logger: process.env.LOG !== 'false', say, ...(worker ? { worker } : {}) });
    // A terminal's Ctrl+C reaches every process of the group, and the primary sends SIGTERM too: stop once.
    let quitting: Promise<void> | undefined;
    const quit = () => (quitting ??= stop().then(() => process.exit(0)));
    process.on('SIGINT', quit);
    process.on('SIGTERM', quit);
  }
} catch (error) {
  // EADDRINUSE and the like: one line that says what is wrong, not a stack trace.
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Poort ${loadConfig().port} is al in gebruik. Stop wat daar draait, of start met een andere poort: PORT=3001 npm start` : error instanceof Error ? error.message : error);
  process.exit(1);
}
