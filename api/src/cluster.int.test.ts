import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './db/database.ts';
import { serverInfoPath } from './cli/server-info.ts';
import { freshDatabase, testDatabaseUrl, testEngine } from './test/db.ts';
import { freePort } from './test/free-port.ts';

/**
 * `WORKERS=2 npm start` on PostgreSQL, as real processes (issue 12 point 5): two API processes on
 * one port, each with its pool and ONE listening connection for every cache, stopped together.
 */
describe.runIf(testEngine() === 'postgres')('WORKERS=2 npm start on postgres', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  let db: Db;
  let folder: string;
  let server: ChildProcess | undefined;
  beforeEach(async () => {
    db = await freshDatabase();
    folder = await mkdtemp(join(tmpdir(), 'onsplan-workers-'));
  });
  afterEach(async () => {
    if (server?.exitCode === null) server.kill('SIGKILL');
    await db.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** The database's connections of the server, by what each one did last. */
  const serverConnections = () =>
    db.query<{ pid: number; query: string }>(`select pid, query from pg_stat_activity where datname = current_database() and application_name = 'onsplan-worker'`);

  it('runs two processes that share the port, each with its pool and one LISTEN connection, and stops them all on SIGTERM', async () => {
    const url = new URL(testDatabaseUrl(db)!);
    url.searchParams.set('application_name', 'onsplan-worker');
    const port = await freePort();
    const dataDir = join(folder, 'pglite');
    const { DATABASE_URL: _url, LOG_SEAL_KEY: _key, ...env } = process.env;
    server = spawn(process.execPath, ['api/src/main.ts'], {
      cwd: root,
      env: { ...env, WORKERS: '2', DATABASE_POOL_SIZE: '3', DATABASE_URL: url.toString(), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PORTAL_DIST: '', LOG: 'false', SEED_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    server.stdout!.on('data', (chunk) => (out += String(chunk)));
    server.stderr!.on('data', (chunk) => (out += String(chunk)));
    const exited = new Promise<number | null>((resolve) => server!.once('exit', (code) => resolve(code)));

    // Both processes have started their services once each holds its listening connection.
    let listening: number[] = [];
    while (listening.length < 2) {
      if (server.exitCode !== null) throw new Error(`the server stopped:\n${out}`);
      listening = (await serverConnections()).filter((c) => /^(un)?listen /i.test(c.query)).map((c) => c.pid);
      await new Promise((resolve) => setImmediate(resolve));
    }
    // And the port answers once a process listens on it (node:cluster gives new connections only to those).
    while (!out.includes('Ons Plan draait.')) {
      if (server.exitCode !== null) throw new Error(`the server stopped:\n${out}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(out).toContain('Ons Plan start 2 processen op PostgreSQL, elk met 3 + 1 verbindingen');
    expect(existsSync(serverInfoPath(dataDir))).toBe(true);

    // Requests to the one port: every one answered, and the pools stay within their budget.
    const answers = await Promise.all(Array.from({ length: 40 }, () => fetch(`http://127.0.0.1:${port}/api/v1/auth/uitnodiging`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: `http://localhost:${port}`, 'x-ons-plan': '1' }, body: JSON.stringify({ code: 'ABCD-EFGH-JKLM' }),
    }).then((r) => r.status)));
    expect(answers.every((status) => status >= 400 && status < 500)).toBe(true);
    const connections = await serverConnections();
    expect(connections.filter((c) => /^(un)?listen /i.test(c.query))).toHaveLength(2);
    expect(connections.length).toBeLessThanOrEqual(2 * (3 + 1));

    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(serverInfoPath(dataDir))).toBe(false);
    expect(await serverConnections()).toEqual([]);
  }, 120_000);
});
