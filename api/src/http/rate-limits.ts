import type { ProblemCode } from '@onsplan/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './problems.ts';

/**
 * A per-minute limit keyed by what a request names (an account, a code, an IP), for REQUIREMENTS
 * C4: attempts spread over many IPs still hit the account's limit. Answers 429 with `code`
 * (`te-veel-pogingen` for sign-in attempts, `te-veel-tegelijk` for writes).
 */
export function limitPerMinute(app: FastifyInstance, max: number, name: string, key: (request: FastifyRequest) => string | undefined, code: ProblemCode = 'te-veel-pogingen') {
  const limit = app.createRateLimit({ max, timeWindow: 60_000, keyGenerator: (request) => `${name}:${key(request) ?? `ip:${request.ip}`}` });
  return async (request: FastifyRequest): Promise<void> => {
    const result = await limit(request);
    if (!result.isAllowed && result.isExceeded) throw new AppError(code, { retryAfter: result.ttlInSeconds });
  };
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every write to family data (comments, replies, uploads, removals, correction requests,
 * toestemming and instemming, contact changes, a professional's decisions) counts against one
 * budget per account (REQUIREMENTS C4), so one account cannot flood a family's plan, the
 * professionals' inbox or the change log, whichever routes it spreads the burst over. Keyed by the
 * account, not the IP: family members often share one connection (a shelter, a school, one home),
 * and one of them must not use up the others' writes. A helper has her own account and budget.
 *
 * Writes to one's own account (ending a session, removing a passkey) stay outside it: ending the
 * session of a lost phone must always work. Call after `requireSignIn`, in the same plugin.
 */
export function limitFamilyWrites(app: FastifyInstance, max: number): void {
  const limit = limitPerMinute(app, max, 'gezin-schrijven', (request) => request.principal?.userId, 'te-veel-tegelijk');
  app.addHook('onRequest', async (request) => {
    if (isFamilyWrite(request.method, request.routeOptions.url)) await limit(request);
  });
  // Each such route can answer 429, and its schema says so (in the OpenAPI document, too).
  app.addHook('onRoute', (route) => {
    if (![route.method].flat().some((method) => isFamilyWrite(method, route.url))) return;
    const schema = (route.schema ??= {}) as { response?: Record<number, unknown> };
    (schema.response ??= {})[429] ??= { $ref: 'Problem#' };
  });
}

const isFamilyWrite = (method: string, url: string | undefined) => writeMethods.has(method) && Boolean(url?.startsWith('/api/v1/gezinnen/'));
