import { timingSafeEqual } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AdminInvitationSchema, AdminInviteeSchema, EmptyBodySchema, Passed } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/problems.ts';
import { problemResponses } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { findInvitee } from '../../cli/invitee.ts';
import { processStatus, type ProcessStatus } from '../../process-status.ts';

type LogVerification = Awaited<ReturnType<Services['log']['verify']>>;

/**
 * The command line's way in while the server runs: embedded PGlite allows one process only, so
 * `npm run cli -- invite samira` asks the running server. Loopback only, with a random token that
 * the server wrote to its data folder.
 */
export default async function adminRoutes(fastify: FastifyInstance, opts: { services: Services; adminToken: string }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.addHook('onRequest', async (request) => {
    const given = Buffer.from(String(request.headers.authorization ?? ''));
    const expected = Buffer.from(`Bearer ${opts.adminToken}`);
    const loopback = request.ip === '127.0.0.1' || request.ip === '::1' || request.ip === '::ffff:127.0.0.1';
    if (!loopback || given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('verkeerde-herkomst');
  });

  app.post(
    '/admin/uitnodigingen',
    { schema: { hide: true, body: AdminInviteeSchema, response: { 200: AdminInvitationSchema, ...problemResponses(403, 404) } } },
    async (request) => {
      const invitee = await findInvitee(opts.services.authDb, request.body.who);
      if (!invitee) throw new AppError('niet-gevonden');
      const { code, expiresAt } = await opts.services.invitations.create(invitee.userId, null);
      return { code, name: invitee.name, expiresAt: expiresAt.toISOString() };
    },
  );

  // `npm run cli -- verify-log` while the server holds the embedded database: the server checks it.
  app.post(
    '/admin/logboek/verificatie',
    { schema: { hide: true, body: EmptyBodySchema, response: { 200: Passed<LogVerification>(), ...problemResponses(403) } } },
    async () => opts.services.log.verify(),
  );

  // `npm run cli -- status` and the scale bench: memory and cache figures of this process.
  app.get('/admin/status', { schema: { hide: true, response: { 200: Passed<ProcessStatus>(), ...problemResponses(403) } } }, async () =>
    processStatus(opts.services.cacheStats(), opts.services.logCheck.state),
  );
}
