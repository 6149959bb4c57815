import type { PlanView } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

export default async function planRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/plan',
    { schema: { summary: 'Het plan van het gezin, zoals ik het mag zien', params: familyIdParams, response: { 200: { $ref: 'Plan#' }, ...problemResponses(400, 401, 404) } } },
    async (request): Promise<PlanView> => signedIn(request).repo.currentPlan(request.params.familyId),
  );
}
