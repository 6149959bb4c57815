import { CliProblem } from './invite.ts';
import type { ServerInfo } from './server-info.ts';

/** Asks the running server through its loopback admin routes, with the token it left in the data folder. */
export async function askServer<T>(server: ServerInfo, method: 'GET' | 'POST', path: string): Promise<T> {
  const { port, adminToken, origin } = server;
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, origin, 'x-ons-plan': '1', ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    ...(method === 'POST' ? { body: '{}' } : {}),
  });
  if (!response.ok) throw new CliProblem(`De server gaf fout ${response.status}. Start Ons Plan opnieuw met npm start en probeer het dan nog eens.`);
  return (await response.json()) as T;
}
