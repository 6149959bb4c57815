import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { NewPushSubscriptionSchema, NoContent, PushPublicKeySchema, PushSubscriptionIdSchema, Uuid } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { AppError } from '../../http/problems.ts';
import { problemResponses } from '../../http/schemas.ts';
import { isAllowedEndpoint } from '../../push/push-services.ts';
import type { Services } from '../../services.ts';

/**
 * Notices on this device (issue 11, point 5): the server's public key for the browser's subscribe
 * call, and the subscription itself, per device, which the person can end again.
 */
export default async function pushRoutes(fastify: FastifyInstance, opts: { services: Services }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { notifier, subscriptions } = opts.services.push;

  app.get(
    '/ik/meldingen',
    {
      schema: {
        summary: 'De sleutel voor meldingen op dit apparaat',
        response: { 200: PushPublicKeySchema, ...problemResponses(401) },
      },
    },
    async () => ({ publicKey: notifier.publicKey }),
  );

  app.post(
    '/ik/meldingen',
    {
      schema: {
        summary: 'Meldingen aanzetten op dit apparaat',
        body: NewPushSubscriptionSchema,
        response: { 201: PushSubscriptionIdSchema, ...problemResponses(400, 401, 422) },
      },
    },
    async (request, reply) => {
      const { session, principal } = signedIn(request);
      if (!isAllowedEndpoint(request.body.endpoint, opts.services.config.pushServices)) throw new AppError('pushdienst-onbekend', { fields: ['endpoint'] });
      const id = await subscriptions.save(principal.userId, session.passkeyId ?? null, request.body, opts.services.clock.now());
      return reply.code(201).send({ id });
    },
  );

  app.delete(
    '/ik/meldingen/:id',
    { schema: { summary: 'Meldingen uitzetten op dit apparaat', params: Type.Object({ id: Uuid() }, { additionalProperties: false }), response: { 204: NoContent(), ...problemResponses(400, 401, 404) } } },
    async (request, reply) => {
      const { principal } = signedIn(request);
      if (!(await subscriptions.remove(principal.userId, request.params.id))) throw new AppError('niet-gevonden');
      return reply.code(204).send();
    },
  );
}
