// A PostgreSQL cluster for one bench run, made as scripts/test.sh makes one for the tests: in /tmp,
// on 127.0.0.1, trust auth, removed afterwards. fsync stays on, as in production.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';

function pgBin(): string {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : '';
  if (!bin || !existsSync(`${bin}/initdb`)) throw new Error('PostgreSQL is not installed (apt-get install postgresql), and DATABASE_URL is not set.');
  return bin;
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

export async function throwawayCluster(): Promise<{ url: string; stop(): Promise<void> }> {
  const bin = pgBin();
  const dir = mkdtempSync('/tmp/onsplan-scale-pg.');
  // PostgreSQL refuses to run as root.
  const asPg = (command: string, args: string[]) =>
    process.getuid?.() === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { cwd: '/', stdio: 'pipe' }) : execFileSync(command, args, { stdio: 'pipe' });
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:', dir]);
  let port = 54350;
  while (await portTaken(port)) port++;
  asPg(`${bin}/initdb`, ['-D', `${dir}/data`, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  asPg(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-l', `${dir}/server.log`, '-w', '-t', '60', 'start', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=100 -c shared_buffers=256MB`]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      asPg(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
