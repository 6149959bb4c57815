import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  NewToestemmingSchema,
  Ref,
  RevokeToestemmingSchema,
  ToestemmingDecisionViewSchema,
  ToestemmingOverviewSchema,
  ToestemmingParamsSchema,
  ToestemmingStateViewSchema,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

const written = { 200: Ref(ToestemmingStateViewSchema), 201: Ref(ToestemmingStateViewSchema), ...problemResponses(400, 401, 403, 404, 409, 415) };

/** Toestemming to share data (REQUIREMENTS B1, B4); instemming with the plan has its own routes. */
export default async function toestemmingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  for (const schema of [ToestemmingDecisionViewSchema, ToestemmingStateViewSchema, ToestemmingOverviewSchema]) app.addSchema(schema);

  app.get(
    '/gezinnen/:familyId/toestemmingen',
    {
      schema: {
        summary: 'Toestemmingen om gegevens te delen: wie beslist, de stand per ontvanger en de hele geschiedenis',
        params: familyIdParams,
        response: { 200: Ref(ToestemmingOverviewSchema), ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => signedIn(request).repo.toestemming.overview(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/toestemmingen',
    { schema: { summary: 'Toestemming geven of weigeren', params: familyIdParams, body: NewToestemmingSchema, response: written } },
    async (request, reply) => {
      const { state, created } = await signedIn(request).repo.toestemming.makeDecision(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return state;
    },
  );

  app.post(
    '/gezinnen/:familyId/toestemmingen/:toestemmingId/intrekking',
    { schema: { summary: 'Mijn toestemming intrekken', params: ToestemmingParamsSchema, body: RevokeToestemmingSchema, response: written } },
    async (request, reply) => {
      const { state, created } = await signedIn(request).repo.toestemming.revoke(request.params.familyId, request.params.toestemmingId, request.body);
      reply.code(created ? 201 : 200);
      return state;
    },
  );
}
