import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { NoContent, PasskeyIdParamsSchema, PasskeyViewSchema, SessionHandleParamsSchema, SessionViewSchema } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { endSessionByHandle, liveSessions } from '../../auth/session-list.ts';
import { accountEntry } from '../../data/account-entries.ts';
import { signedIn } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/schemas.ts';
import { clearSessionCookie } from '../../http/session-cookie.ts';
import type { Services } from '../../services.ts';

/** Where am I signed in, with which passkeys; end a session or revoke a passkey (REQUIREMENTS C2). */
export default async function deviceRoutes(fastify: FastifyInstance, opts: { services: Services }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = opts;

  app.get('/ik/sessies', { schema: { summary: 'Waar ben ik ingelogd', response: { 200: Type.Array(SessionViewSchema), ...problemResponses(401) } } }, async (request) => {
    const { session, principal } = signedIn(request);
    return liveSessions(services.authDb, principal.userId, session, services.clock.now());
  });

  app.delete(
    '/ik/sessies/:id',
    { schema: { summary: 'Een sessie beëindigen', params: SessionHandleParamsSchema, response: { 204: NoContent(), ...problemResponses(400, 401, 404) } } },
    async (request, reply) => {
      const { session, principal } = signedIn(request);
      await endSessionByHandle(services.authDb, services.sessions, principal.userId, request.params.id);
      // Ending a session, here or on another device, is signing that device out (NEN 7513 afmelden).
      await services.log.record(accountEntry(principal, 'uitloggen', request.ip, services.clock.now()));
      if (session.tokenHash.startsWith(request.params.id)) clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );

  app.get('/ik/inlogsleutels', { schema: { summary: 'Mijn inlogsleutels', response: { 200: Type.Array(PasskeyViewSchema), ...problemResponses(401) } } }, async (request) =>
    services.passkeys.list(signedIn(request).principal.userId),
  );

  app.delete(
    '/ik/inlogsleutels/:id',
    { schema: { summary: 'Een inlogsleutel intrekken', params: PasskeyIdParamsSchema, response: { 204: NoContent(), ...problemResponses(400, 401, 404, 409) } } },
    async (request, reply) => {
      const { session, principal } = signedIn(request);
      // Revoking ends every session the passkey opened; when that is this one, this browser is out too.
      await services.passkeys.revoke(principal.userId, request.params.id);
      if (session.passkeyId === request.params.id) clearSessionCookie(reply);
      return reply.code(204).send();
    },
  );
}
