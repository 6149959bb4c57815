import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { AppError } from '../../http/problems.ts';
import { problemResponses } from '../../http/schemas.ts';
import { isAllowedEndpoint } from '../../push/push-services.ts';
import type { NewPushSubscription } from '../../push/subscriptions.ts';
import type { Services } from '../../services.ts';

// A P-256 public key is 65 bytes (87 base64url characters), the auth secret 16 bytes (22): RFC 8291.
const subscriptionBody = {
  type: 'object',
  required: ['endpoint', 'keys'],
  additionalProperties: false,
  properties: {
    endpoint: { type: 'string', minLength: 1, maxLength: 2048 },
    keys: {
      type: 'object',
      required: ['p256dh', 'auth'],
      additionalProperties: false,
      properties: { p256dh: { type: 'string', pattern: '^[A-Za-z0-9_-]{87}$' }, auth: { type: 'string', pattern: '^[A-Za-z0-9_-]{22}$' } },
    },
  },
} as const;

const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id: { type: 'string', format: 'uuid' } } } as const;

/**
 * Notices on this device (issue 11, point 5): the server's public key for the browser's subscribe
 * call, and the subscription itself, per device, which the person can end again.
 */
export default async function pushRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { notifier, subscriptions } = opts.services.push;

  app.get(
    '/ik/meldingen',
    {
      schema: {
        summary: 'De sleutel voor meldingen op dit apparaat',
        response: { 200: { type: 'object', required: ['publicKey'], properties: { publicKey: { type: 'string' } } }, ...problemResponses(401) },
      },
    },
    async () => ({ publicKey: notifier.publicKey }),
  );

  app.post<{ Body: NewPushSubscription }>(
    '/ik/meldingen',
    {
      schema: {
        summary: 'Meldingen aanzetten op dit apparaat',
        body: subscriptionBody,
        response: { 201: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }, ...problemResponses(400, 401, 422) },
      },
    },
    async (request, reply) => {
      const { session, principal } = signedIn(request);
      if (!isAllowedEndpoint(request.body.endpoint, opts.services.config.pushServices)) throw new AppError('pushdienst-onbekend', { fields: ['endpoint'] });
      const id = await subscriptions.save(principal.userId, session.passkeyId ?? null, request.body, opts.services.clock.now());
      return reply.code(201).send({ id });
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/ik/meldingen/:id',
    { schema: { summary: 'Meldingen uitzetten op dit apparaat', params: idParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 404) } } },
    async (request, reply) => {
      const { principal } = signedIn(request);
      if (!(await subscriptions.remove(principal.userId, request.params.id))) throw new AppError('niet-gevonden');
      return reply.code(204).send();
    },
  );
}
