import type { FastifyInstance } from 'fastify';
import { endSessionByHandle, liveSessions } from '../../auth/session-list.ts';
import { accountEntry } from '../../data/account-entries.ts';
import { signedIn } from '../../http/authenticate.ts';
import { passkeyIdMaxLength, problemResponses } from '../../http/schemas.ts';
import { clearSessionCookie } from '../../http/session-cookie.ts';
import type { Services } from '../../services.ts';

const handleParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id: { type: 'string', pattern: '^[0-9a-f]{16}$' } } } as const;
const passkeyParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id: { type: 'string', minLength: 1, maxLength: passkeyIdMaxLength } } } as const;

const sessionList = {
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'createdAt', 'lastSeenAt', 'device', 'isCurrent'],
    properties: { id: { type: 'string' }, createdAt: { type: 'string' }, lastSeenAt: { type: 'string' }, device: { type: 'string' }, isCurrent: { type: 'boolean' } },
  },
} as const;

const passkeyList = {
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'name', 'createdAt', 'lastUsedAt', 'backedUp'],
    properties: { id: { type: 'string' }, name: { type: 'string' }, createdAt: { type: 'string' }, lastUsedAt: { type: ['string', 'null'] }, backedUp: { type: 'boolean' } },
  },
} as const;

/** Where am I signed in, with which passkeys; end a session or revoke a passkey (REQUIREMENTS C2). */
export default async function deviceRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;

  app.get('/ik/sessies', { schema: { summary: 'Waar ben ik ingelogd', response: { 200: sessionList, ...problemResponses(401) } } }, async (request) => {
    const { session, principal } = signedIn(request);
    return liveSessions(services.authDb, principal.userId, session, services.clock.now());
  });

  app.delete<{ Params: { id: string } }>(
    '/ik/sessies/:id',
    { schema: { summary: 'Een sessie beëindigen', params: handleParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 404) } } },
    async (request, reply) => {
      const { session, principal } = signedIn(request);
      await endSessionByHandle(services.authDb, services.sessions, principal.userId, request.params.id);
      // Ending a session, here or on another device, is signing that device out (NEN 7513 afmelden).
      await services.log.record(accountEntry(principal, 'uitloggen', request.ip, services.clock.now()));
      if (session.tokenHash.startsWith(request.params.id)) clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.get('/ik/inlogsleutels', { schema: { summary: 'Mijn inlogsleutels', response: { 200: passkeyList, ...problemResponses(401) } } }, async (request) =>
    services.passkeys.list(signedIn(request).principal.userId),
  );

  app.delete<{ Params: { id: string } }>(
    '/ik/inlogsleutels/:id',
    { schema: { summary: 'Een inlogsleutel intrekken', params: passkeyParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 404, 409) } } },
    async (request, reply) => {
      const { session, principal } = signedIn(request);
      // Revoking ends every session the passkey opened; when that is this one, this browser is out too.
      await services.passkeys.revoke(principal.userId, request.params.id);
      if (session.passkeyId === request.params.id) clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );
}
