import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { AppError } from './problems.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Header the portal sends on every write; a cross-site form or image cannot set it (CSRF, ASVS 4.2.2). */
export const csrfHeader = 'x-ons-plan';

/** The headers every answer carries, also those written before routing (see framework-errors.ts). */
export const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'geolocation=(), microphone=(), camera=(self)',
};

/** F2: no API answer may stay in any cache, on the phone or on the way. */
export const noStore = 'private, no-store';

const apiPrefix = '/api';

/**
 * The path of a request target as a lenient router could read it: without query, scheme and host,
 * percent-decoded until nothing changes, in lower case, with doubled slashes (and backslashes)
 * folded and dot segments resolved. `undefined` when it cannot be decoded.
 */
export function normalisedPath(target: string): string | undefined {
  let path = target.split(/[?#]/, 1)[0]!;
  // A request line may name the whole URL (absolute form): only its path counts.
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(path);
  if (absolute) path = path.slice(absolute[0].length) || '/';
  // Decoding more than once, unlike the router, only ever makes more paths count as the API.
  for (let round = 0; round < 5 && path.includes('%'); round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return undefined;
    }
    if (decoded === path) break;
    path = decoded;
  }
  const segments: string[] = [];
  for (const segment of path.toLowerCase().replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

const underApi = (path: string) => path === apiPrefix || path.startsWith(`${apiPrefix}/`);

/**
 * True for a request to the API. The router decodes and can be lenient, so the raw URL is not
 * enough (`/%61pi/…` reached API routes): a request counts as the API when the route that matched
 * is one, or when its normalised path lies under /api, or when its path cannot be decoded at all.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  const route = request.is404 ? undefined : request.routeOptions.url;
  if (route !== undefined && underApi(route)) return true;
  const path = normalisedPath(request.url);
  return path === undefined || underApi(path);
}

/** Sets the security headers and, for the API and anything without its own caching rule, no-store. */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(securityHeaders);
  // Only the portal's own files say how they may be cached; every other answer is not stored.
  if (isApiRequest(request) || !reply.hasHeader('cache-control')) reply.header('cache-control', noStore);
}

/** CSRF check for writes, and the headers every answer carries. */
export function installSecurity(app: FastifyInstance, config: Config): void {
  app.addHook('onRequest', async (request) => {
    // Every write, whatever its path: no route outside the API takes one, and a check that does
    // not depend on how a path is spelled cannot be walked around by spelling it differently.
    if (safeMethods.has(request.method)) return;
    if (request.headers.origin !== config.origin || request.headers[csrfHeader] !== '1') throw new AppError('verkeerde-herkomst');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    applySecurityHeaders(request, reply);
    if (!isApiRequest(request) && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
      );
    }
    return payload;
  });
}
