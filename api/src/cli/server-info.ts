import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** Where a running server leaves its port, address and admin token for the command line. */
export function serverInfoPath(dataDir: string): string {
  return join(dataDir, '..', 'server.json');
}

/** What `npm start` tells the command line about itself. */
export interface ServerInfo {
  pid: number;
  port: number;
  /** The address the server answers to (its ORIGIN): the command line sends it as Origin, as the portal does. */
  origin: string;
  adminToken: string;
}

/** Written as soon as the server has the data folder, so the command line never opens it beside the server. */
export async function writeServerInfo(dataDir: string, info: ServerInfo): Promise<string> {
  const path = resolve(serverInfoPath(dataDir));
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(info), { mode: 0o600 });
  return path;
}

/** Removes the file, but only while it is still this process's (a second server may have taken over). */
export async function removeServerInfo(dataDir: string, pid: number): Promise<void> {
  const found = readServerInfo(dataDir);
  if (found.state !== 'none' && found.info.pid === pid) await rm(found.path, { force: true });
}

export type FoundServer =
  | { state: 'none'; path: string }
  /** The file is there but its process is gone (the server was killed): nobody holds the data folder. */
  | { state: 'stopped'; path: string; info: ServerInfo }
  | { state: 'running'; path: string; info: ServerInfo };

/** Reads what the server of this data folder left behind, and whether that process still runs. */
export function readServerInfo(dataDir: string): FoundServer {
  const path = resolve(serverInfoPath(dataDir));
  if (!existsSync(path)) return { state: 'none', path };
  let info: ServerInfo;
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<ServerInfo>;
    if (typeof raw.pid !== 'number' || typeof raw.port !== 'number' || typeof raw.adminToken !== 'string') return { state: 'none', path };
    // A file from before the origin was written: the server's default address.
    info = { pid: raw.pid, port: raw.port, adminToken: raw.adminToken, origin: raw.origin ?? `http://localhost:${raw.port}` };
  } catch {
    return { state: 'none', path };
  }
  try {
    process.kill(info.pid, 0);
    return { state: 'running', path, info };
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, so it still runs.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? { state: 'running', path, info } : { state: 'stopped', path, info };
  }
}
