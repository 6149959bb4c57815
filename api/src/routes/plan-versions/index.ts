import type { NewPlanVersion, PlanVersionSummary, PublishedPlanVersion } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import { newPlanVersion, planVersionListSchema, publishedPlanVersionSchema } from './schemas.ts';

/** The versions of the plan; a professional publishes a new one and the family is asked for instemming again. */
export default async function planVersionRoutes(app: FastifyInstance): Promise<void> {
  app.addSchema(publishedPlanVersionSchema);
  app.addSchema(planVersionListSchema);

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/plan/versies',
    { schema: { summary: 'De gepubliceerde versies van het plan', params: familyIdParams, response: { 200: { $ref: 'PlanVersionList#' }, ...problemResponses(400, 401, 404) } } },
    async (request): Promise<PlanVersionSummary[]> => signedIn(request).repo.planVersions.list(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: NewPlanVersion }>(
    '/gezinnen/:familyId/plan/versies',
    {
      schema: {
        summary: 'Een nieuwe versie van het plan publiceren (professional)',
        params: familyIdParams,
        body: newPlanVersion,
        response: { 201: { $ref: 'PublishedPlanVersion#' }, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request, reply): Promise<PublishedPlanVersion> => {
      const published = await signedIn(request).repo.planVersions.publish(request.params.familyId, request.body);
      reply.code(201);
      return published;
    },
  );
}
