import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from './problems.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Header the portal sends on every write; a cross-site form or image cannot set it (CSRF, ASVS 4.2.2). */
export const csrfHeader = 'x-ons-plan';

/** CSRF check for writes, and the headers every answer carries. */
export function installSecurity(app: FastifyInstance, config: Config): void {
  app.addHook('onRequest', async (request) => {
    if (safeMethods.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.headers.origin !== config.origin || request.headers[csrfHeader] !== '1') throw new AppError('verkeerde-herkomst');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'geolocation=(), microphone=(), camera=(self)');
    if (request.url.startsWith('/api/')) {
      // F2: no API answer may stay in any cache, on the phone or on the way.
      reply.header('cache-control', 'private, no-store');
    } else if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
      );
    }
    return payload;
  });
}
