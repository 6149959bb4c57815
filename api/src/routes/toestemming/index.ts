import type { NewToestemming, RevokeToestemming, ToestemmingOverview, ToestemmingStateView } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import { newToestemming, revokeToestemming, toestemmingDecisionSchema, toestemmingOverviewSchema, toestemmingParams, toestemmingStateSchema } from './schemas.ts';

const written = { 200: { $ref: 'ToestemmingState#' }, 201: { $ref: 'ToestemmingState#' }, ...problemResponses(400, 401, 403, 404, 409, 415) };

/** Toestemming to share data (REQUIREMENTS B1, B4); instemming with the plan has its own routes. */
export default async function toestemmingRoutes(app: FastifyInstance): Promise<void> {
  for (const schema of [toestemmingDecisionSchema, toestemmingStateSchema, toestemmingOverviewSchema]) app.addSchema(schema);

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/toestemmingen',
    {
      schema: {
        summary: 'Toestemmingen om gegevens te delen: wie beslist, de stand per ontvanger en de hele geschiedenis',
        params: familyIdParams,
        response: { 200: { $ref: 'ToestemmingOverview#' }, ...problemResponses(400, 401, 404) },
      },
    },
    async (request): Promise<ToestemmingOverview> => signedIn(request).repo.toestemming.overview(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: NewToestemming }>(
    '/gezinnen/:familyId/toestemmingen',
    { schema: { summary: 'Toestemming geven of weigeren', params: familyIdParams, body: newToestemming, response: written } },
    async (request, reply): Promise<ToestemmingStateView> => {
      const { state, created } = await signedIn(request).repo.toestemming.makeDecision(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return state;
    },
  );

  app.post<{ Params: { familyId: string; toestemmingId: string }; Body: RevokeToestemming }>(
    '/gezinnen/:familyId/toestemmingen/:toestemmingId/intrekking',
    { schema: { summary: 'Mijn toestemming intrekken', params: toestemmingParams, body: revokeToestemming, response: written } },
    async (request, reply): Promise<ToestemmingStateView> => {
      const { state, created } = await signedIn(request).repo.toestemming.revoke(request.params.familyId, request.params.toestemmingId, request.body);
      reply.code(created ? 201 : 200);
      return state;
    },
  );
}
