// A small HTTP client for the scale bench: a fixed number of clients, each sending its next request
// when the answer to the last one is in, and every request's own latency (autocannon cannot give
// each request its own session and family, which a cold read needs).
import { Agent, request } from 'node:http';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requests: number;
  /** How many requests were open at once. */
  clients: number;
  failures: number;
  /** The first failing answer, to say what went wrong. */
  firstFailure?: string;
  p50: number;
  p99: number;
  perSecond: number;
}

function send(agent: Agent, port: number, r: LoadRequest): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers: r.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8').slice(0, 300) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(r.body);
  });
}

/** The `p`-th percentile (0–100) of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Sends every request once, `clients` at a time, and measures. */
export async function runLoad(port: number, clients: number, requests: readonly LoadRequest[]): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  let next = 0;
  const started = performance.now();
  const client = async () => {
    while (next < requests.length) {
      const r = requests[next++]!;
      const sent = performance.now();
      try {
        const answer = await send(agent, port, r);
        latencies.push(performance.now() - sent);
        if (answer.status >= 300) {
          failures++;
          firstFailure ??= `${r.method} ${r.path}: ${answer.status} ${answer.body}`;
        }
      } catch (error) {
        failures++;
        firstFailure ??= `${r.method} ${r.path}: ${(error as Error).message}`;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: requests.length, clients, failures, ...(firstFailure ? { firstFailure } : {}), p50: percentile(latencies, 50), p99: percentile(latencies, 99), perSecond: requests.length / seconds };
}
