import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './problems.ts';

/**
 * A per-minute limit keyed by what a request names (an account, a code, an IP), for REQUIREMENTS
 * C4: attempts spread over many IPs still hit the account's limit. Answers 429 `te-veel-pogingen`.
 */
export function limitPerMinute(app: FastifyInstance, max: number, name: string, key: (request: FastifyRequest) => string | undefined) {
  const limit = app.createRateLimit({ max, timeWindow: 60_000, keyGenerator: (request) => `${name}:${key(request) ?? `ip:${request.ip}`}` });
  return async (request: FastifyRequest): Promise<void> => {
    const result = await limit(request);
    if (!result.isAllowed && result.isExceeded) throw new AppError('te-veel-pogingen', { retryAfter: result.ttlInSeconds });
  };
}
