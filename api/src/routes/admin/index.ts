import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/problems.ts';
import { problemResponses } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { findInvitee } from '../../cli/invitee.ts';
import { processStatus } from '../../process-status.ts';

/**
 * The command line's way in while the server runs: embedded PGlite allows one process only, so
 * `npm run cli -- invite samira` asks the running server. Loopback only, with a random token that
 * the server wrote to its data folder.
 */
export default async function adminRoutes(app: FastifyInstance, opts: { services: Services; adminToken: string }): Promise<void> {
  app.addHook('onRequest', async (request) => {
    const given = Buffer.from(String(request.headers.authorization ?? ''));
    const expected = Buffer.from(`Bearer ${opts.adminToken}`);
    const loopback = request.ip === '127.0.0.1' || request.ip === '::1' || request.ip === '::ffff:127.0.0.1';
    if (!loopback || given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('verkeerde-herkomst');
  });

  app.post<{ Body: { who: string } }>(
    '/admin/uitnodigingen',
    {
      schema: {
        hide: true,
        body: { type: 'object', required: ['who'], additionalProperties: false, properties: { who: { type: 'string', minLength: 1, maxLength: 100 } } },
        response: {
          200: { type: 'object', required: ['code', 'name', 'expiresAt'], properties: { code: { type: 'string' }, name: { type: 'string' }, expiresAt: { type: 'string' } } },
          ...problemResponses(403, 404),
        },
      },
    },
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
    { schema: { hide: true, body: { type: 'object', additionalProperties: false, properties: {} }, response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(403) } } },
    async () => opts.services.log.verify(),
  );

  // `npm run cli -- status` and the scale bench: memory and cache figures of this process.
  app.get('/admin/status', { schema: { hide: true, response: { 200: { type: 'object', additionalProperties: true }, ...problemResponses(403) } } }, async () =>
    processStatus(opts.services.cacheStats()),
  );
}
