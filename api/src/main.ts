import { loadConfig } from './config.ts';
import { startOnsPlan } from './serve.ts';

/** `npm start`: Ons Plan on one port until Ctrl+C. */
try {
  const { stop } = await startOnsPlan({ config: loadConfig(), seedDemo: process.env.SEED_DEMO !== 'false', logger: process.env.LOG !== 'false' });
  const quit = async () => {
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
} catch (error) {
  // EADDRINUSE and the like: one line that says what is wrong, not a stack trace.
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Poort ${loadConfig().port} is al in gebruik. Stop wat daar draait, of start met een andere poort: PORT=3001 npm start` : error instanceof Error ? error.message : error);
  process.exit(1);
}
