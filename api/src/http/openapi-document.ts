import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { Config } from '../config.ts';
import { apiBase, apiVersion } from './api-version.ts';

type Json = Record<string, unknown>;
type Responses = Record<string, Json>;

const problemRef = { $ref: '#/components/schemas/Problem' };
const versionHeaderRef = { $ref: '#/components/headers/API-Version' };
const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Who answers questions about this API: the operator that PUSH_SUBJECT names (mailto:), on the portal's address. */
function contactOf(config: Config): Json {
  const mail = /^mailto:(.+)$/.exec(config.pushSubject)?.[1];
  const host = new URL(config.origin).hostname;
  return { name: config.rpName, url: config.origin, email: mail ?? `beheer@${host.includes('.') ? host : 'example.org'}` };
}

/**
 * Every answer the API gives carries API-Version, and every error is problem+json: that is true
 * of the server as a whole (api-version.ts, problems.ts), so it is written down here once, for
 * every operation, instead of in each route's schema.
 */
function describeSharedResponses(operation: Json, method: (typeof methods)[number]): void {
  const responses = (operation.responses ?? {}) as Responses;
  const hasParameters = Array.isArray(operation.parameters) && operation.parameters.length > 0;
  // Any input can be refused by its schema; a route without input still says so (Design Rules /core/error-handling/invalid-input).
  if (!responses['400'] && (hasParameters || (method !== 'get' && method !== 'delete'))) {
    responses['400'] = { description: 'Ongeldige invoer' };
  }
  for (const [status, response] of Object.entries(responses)) {
    if (/^[23]/.test(status)) {
      response.headers = { ...(response.headers as Json | undefined), 'API-Version': versionHeaderRef };
    } else if (/^[45]/.test(status)) {
      if (response.description === 'Default Response') response.description = 'Fout, als problem+json (RFC 9457)';
      response.content = { 'application/problem+json': { schema: problemRef } };
    }
  }
  operation.responses = responses;
}

/** The options of @fastify/swagger: the document as the API Design Rules want it. */
export function openapiOptions(config: Config): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ons Plan API',
        version: apiVersion,
        description: 'Burgerportaal voor kind- en gezinsbescherming. Fouten zijn application/problem+json.',
        contact: contactOf(config),
      },
      // Paths in the document are relative to this (the plugin strips it from every route).
      servers: [{ url: apiBase }],
    },
    // Named schemas keep their $id (Problem, Plan, …) instead of def-0, def-1, …
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `Schema${i}`) },
    transformObject: (documentObject) => {
      const document = ('openapiObject' in documentObject ? documentObject.openapiObject : {}) as Json & { paths?: Record<string, Json>; components?: Json };
      for (const pathItem of Object.values(document.paths ?? {})) {
        for (const method of methods) {
          const operation = pathItem[method] as Json | undefined;
          if (!operation) continue;
          describeSharedResponses(operation, method);
        }
      }
      document.components = {
        ...document.components,
        headers: {
          'API-Version': { description: 'De volledige versie van de API (semver), gelijk aan info.version.', schema: { type: 'string', example: apiVersion } },
        },
      };
      return document;
    },
  };
}

/** Where a route (`/api/v1/gezinnen/:familyId`) stands in the OpenAPI document (`/gezinnen/{familyId}`, relative to the server). */
export const openapiPathOf = (routeUrl: string) => routeUrl.slice(apiBase.length).replace(/\/$/, '').replace(/:(\w+)/g, '{$1}');
