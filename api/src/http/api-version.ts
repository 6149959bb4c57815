import type { FastifyInstance } from 'fastify';
import { normalisedPath } from './security.ts';

/**
 * The version of the API's contract (semver). The major is in every path (`/api/v1/…`), the whole
 * version in the OpenAPI document and in the API-Version header of every answer (API Design Rules,
 * /core/version-header and /core/uri-version).
 */
export const apiVersion = '1.0.0';

/** Where the current API lives; everything else under /api is an old client's path. */
export const apiBase = `/api/v${apiVersion.split('.')[0]}`;

export const apiVersionHeader = 'api-version';

/** True for an API path that is not under the current major version (`/api/gezinnen`, `/api/families/…`). */
export function isPreV1Path(target: string): boolean {
  const path = normalisedPath(target);
  return path !== undefined && path !== apiBase && !path.startsWith(`${apiBase}/`);
}

/** Adds the API-Version header to every answer, errors and 304s included. */
export function installApiVersionHeader(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header(apiVersionHeader, apiVersion);
    return payload;
  });
}
