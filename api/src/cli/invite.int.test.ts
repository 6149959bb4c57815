import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { startOnsPlan } from '../serve.ts';
import { testClock } from '../test/clock.ts';
import { freshDatabase } from '../test/db.ts';
import { CliProblem, demoNames, invite } from './invite.ts';
import { readServerInfo, writeServerInfo } from './server-info.ts';
import { freePort } from '../test/free-port.ts';

/**
 * `npm run cli -- invite samira` beside a running `npm start`, as people use it: the server on a
 * port of its own (PORT=…), with a data folder of its own where it leaves server.json. Its database
 * is the test database of the project (a fresh PGlite folder costs half a minute to create here).
 */
const clock = testClock();
let root: string;
let dataDir: string;
let port: number;
let server: Awaited<ReturnType<typeof startOnsPlan>> | undefined;
const log: string[] = [];
const said: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'onsplan-cli-'));
  dataDir = join(root, 'data', 'pglite');
  port = await freePort();
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => log.push(...chunk.toString().split('\n').filter(Boolean)));
  const config = { ...loadConfig({ DATA_DIR: dataDir, PORT: String(port) }), portalDist: undefined };
  server = await startOnsPlan({ config, db: await freshDatabase(), clock, logStream, say: (line) => said.push(line) });
});

afterAll(async () => {
  await server?.stop();
  await rm(root, { recursive: true, force: true });
});

/** The command line as someone runs it in a second window: the same data folder, but no PORT (so 3000). */
const cliConfig = (dir = dataDir) => loadConfig({ DATA_DIR: dir });

async function problem(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliProblem);
  return (error as CliProblem).message;
}

describe('npm run cli -- invite, beside a running server', () => {
  it('starts with a line that says to open the localhost address, not the 127.0.0.1 it bound', () => {
    const start = log.map((line) => JSON.parse(line) as { msg: string }).find((entry) => entry.msg.startsWith('Ons Plan draait'));
    expect(start?.msg).toContain(`open http://localhost:${port} in uw browser`);
    expect(said).toContain(`\nOns Plan draait. Open http://localhost:${port} in uw browser.`);
    expect(readServerInfo(dataDir)).toMatchObject({ state: 'running', info: { port, origin: `http://localhost:${port}`, pid: process.pid } });
  });

  it('finds the server through its data folder although it runs on another PORT, and the code works there', async () => {
    const invited = await invite('samira', { config: cliConfig(), clock });
    expect(invited).toMatchObject({ name: 'Samira El Amrani', viaServer: true, code: expect.stringMatching(/^\w{4}-\w{4}-\w{4}$/) });
    const origin = `http://localhost:${port}`;
    const redeem = await fetch(`http://127.0.0.1:${port}/api/v1/auth/uitnodiging`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'x-ons-plan': '1' },
      body: JSON.stringify({ code: invited.code }),
    });
    expect(redeem.status).toBe(200);
  });

  it('knows every demo name the README lists, Willem and Peter too', async () => {
    expect(demoNames()).toEqual(['samira', 'mark', 'noor', 'daan', 'henk', 'willem', 'peter', 'ria', 'fatima', 'jeroen', 'karim', 'anouk']);
    for (const who of demoNames().slice(1)) expect((await invite(who, { config: cliConfig(), clock })).viaServer, who).toBe(true);
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8') + readFileSync(new URL('../../../docs/domein.md', import.meta.url), 'utf8');
    for (const who of demoNames()) expect(readme, who).toContain(`\`${who}\``);
  });

  it('an unknown name: says which names there are', async () => {
    const message = await problem(invite('sam', { config: cliConfig(), clock }));
    expect(message).toMatch(/^Niemand gevonden met de naam "sam"\. Gebruik een voornaam uit de demo: samira, mark, .*, willem, peter, .* of anouk\./);
  });

  it('a folder without a database: says to start Ons Plan, or to use the server\'s DATA_DIR', async () => {
    const empty = join(root, 'elders', 'pglite');
    const message = await problem(invite('samira', { config: cliConfig(empty), clock }));
    expect(message).toContain(`Er is geen database van Ons Plan in ${empty}. Start Ons Plan eerst met: npm start`);
    expect(message).toContain('dezelfde DATA_DIR');
  });

  it('another data folder while a server answers on the port: says to use the same DATA_DIR', async () => {
    const other = join(root, 'ander', 'pglite');
    await fakeDatabaseFolder(other);
    const message = await problem(invite('samira', { config: loadConfig({ DATA_DIR: other, PORT: String(port) }), clock }));
    expect(message).toBe(`Er draait een Ons Plan op poort ${port}, maar niet met de gegevens in ${other}. Geef deze opdracht dezelfde DATA_DIR als de server, anders werkt de code daar niet.`);
  });

  it('a server that does not answer: says to wait, or to start it again with npm start', async () => {
    const silent = join(root, 'stil', 'pglite');
    const nobody = await freePort();
    await writeServerInfo(silent, { pid: process.pid, port: nobody, origin: `http://localhost:${nobody}`, adminToken: 'x' });
    const message = await problem(invite('samira', { config: cliConfig(silent), clock }));
    expect(message).toMatch(new RegExp(`^Ons Plan \\(proces ${process.pid}\\) hoort op poort ${nobody} te draaien, maar antwoordt niet\\.`));
    expect(message).toContain('start het opnieuw met: npm start');
  });

  it('a key that does not fit the server (the old 403): says to start it again', async () => {
    const stale = join(root, 'oud', 'pglite');
    await writeServerInfo(stale, { pid: process.pid, port, origin: `http://localhost:${port}`, adminToken: 'een-oude-sleutel' });
    const message = await problem(invite('samira', { config: cliConfig(stale), clock }));
    expect(message).toContain(`Ons Plan op poort ${port} weigert deze opdracht`);
    expect(message).toContain('start het opnieuw met: npm start');
    expect(message).not.toMatch(/fout 403/);
  });

  it('a server that was killed (its file stayed): counts as not running, and says to start it', async () => {
    const killed = join(root, 'weg', 'pglite');
    await writeServerInfo(killed, { pid: 2 ** 22 + 1, port, origin: `http://localhost:${port}`, adminToken: 'x' });
    expect(readServerInfo(killed).state).toBe('stopped');
    expect(await problem(invite('samira', { config: cliConfig(killed), clock }))).toContain('Start Ons Plan eerst met: npm start');
  });

  it('stopping the server removes its file', async () => {
    await server!.stop();
    server = undefined;
    expect(readServerInfo(dataDir).state).toBe('none');
  });
});

/** What the check looks for in a PGlite folder: the version file PostgreSQL writes first. */
async function fakeDatabaseFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'PG_VERSION'), '17\n');
}

