import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { NewPlanVersionSchema, PlanVersionListSchema, PublishedPlanVersionSchema, Ref } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** The versions of the plan; a professional publishes a new one and the family is asked for instemming again. */
export default async function planVersionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.addSchema(PublishedPlanVersionSchema);
  app.addSchema(PlanVersionListSchema);

  app.get(
    '/gezinnen/:familyId/plan/versies',
    { schema: { summary: 'De gepubliceerde versies van het plan', params: familyIdParams, response: { 200: Ref(PlanVersionListSchema), ...problemResponses(400, 401, 404) } } },
    async (request) => signedIn(request).repo.planVersions.list(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/plan/versies',
    {
      schema: {
        summary: 'Een nieuwe versie van het plan publiceren (professional)',
        params: familyIdParams,
        body: NewPlanVersionSchema,
        response: { 201: Ref(PublishedPlanVersionSchema), ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request, reply) => {
      const published = await signedIn(request).repo.planVersions.publish(request.params.familyId, request.body);
      reply.code(201);
      return published;
    },
  );
}
