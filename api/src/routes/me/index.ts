import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { MeSchema, Ref } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { actingAsOf } from '../../http/acting-as.ts';
import { signedIn } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { meOf } from './me-of.ts';

export default async function meRoutes(fastify: FastifyInstance, opts: { services: Services }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/ik', { schema: { summary: 'Wie ben ik', response: { 200: Ref(MeSchema), ...problemResponses(401) } } }, async (request) => {
    const { session, principal } = signedIn(request);
    // A choice the helper no longer has (help ended) names nobody: the portal then asks again.
    return meOf(principal, session, opts.services, actingAsOf(request));
  });
}
