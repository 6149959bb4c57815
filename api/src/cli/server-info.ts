import { join } from 'node:path';

/** Where a running server leaves its port and admin token for the command line. */
export function serverInfoPath(dataDir: string): string {
  return join(dataDir, '..', 'server.json');
}
