import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Clock } from '../config.ts';
import type { Db } from '../db/database.ts';

type Incr = FastifyRateLimitStore['incr'];
type Callback = Parameters<Incr>[1];

// Ended windows are cleared after this many counted requests of one process: often enough to keep
// the table near the number of keys active in the last minutes, rarely enough to cost nothing.
const clearEvery = 500;

/**
 * Rate-limit counters in PostgreSQL, shared by every API process on the database and kept over a
 * restart (REQUIREMENTS C4, issue 12 point 5). The same window as the plugin's own memory store:
 * it starts at a key's first request and lasts `timeWindow`; one upsert counts the request and
 * returns the count. Time comes from the app's clock, so tests decide when a window ends.
 */
export function rateLimitStore(db: Db, clock: Clock, onError: (error: unknown) => void): FastifyRateLimitStoreCtor {
  let counted = 0;
  const clearEnded = () => {
    db.query('delete from rate_limits where window_ends_at <= $1', [clock.now().toISOString()]).catch(onError);
  };

  class PostgresRateLimitStore implements FastifyRateLimitStore {
    readonly #prefix: string;

    constructor(_options: unknown, prefix = '') {
      this.#prefix = prefix;
    }

    incr(key: string, callback: Callback, timeWindow: number, _max: number): void {
      const now = clock.now();
      const ends = new Date(now.getTime() + timeWindow);
      db.query<{ hits: number; endsAt: Date }>(
        `insert into rate_limits (key, window_ends_at, hits) values ($1, $3, 1)
         on conflict (key) do update set
           hits = case when rate_limits.window_ends_at <= $2 then 1 else rate_limits.hits + 1 end,
           window_ends_at = case when rate_limits.window_ends_at <= $2 then excluded.window_ends_at else rate_limits.window_ends_at end
         returning hits, window_ends_at as "endsAt"`,
        [this.#prefix + key, now.toISOString(), ends.toISOString()],
      ).then(
        ([row]) => callback(null, { current: row!.hits, ttl: Math.max(0, new Date(row!.endsAt).getTime() - now.getTime()) }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
      if (++counted % clearEvery === 0) clearEnded();
    }

    /** A limit set on a route counts apart from the same key on another route, as in the plugin's own stores. */
    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The plugin passes the merged limit settings with the route under `routeInfo` (empty for `createRateLimit`).
      const { routeInfo } = routeOptions as unknown as { routeInfo?: { method?: string | string[]; url?: string } };
      const route = routeInfo?.url ? `${[routeInfo.method].flat().join(',')} ${routeInfo.url} ` : '';
      return new PostgresRateLimitStore(undefined, this.#prefix + route);
    }
  }
  return PostgresRateLimitStore;
}
