import type { FamilySummary } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

export default async function familyRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/gezinnen',
    { schema: { summary: 'Mijn gezinnen', response: { 200: { type: 'array', items: { $ref: 'Family#' } }, ...problemResponses(401) } } },
    async (request): Promise<FamilySummary[]> => signedIn(request).repo.myFamilies(),
  );

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId',
    { schema: { summary: 'Eén gezin', params: familyIdParams, response: { 200: { $ref: 'Family#' }, ...problemResponses(400, 401, 404) } } },
    async (request): Promise<FamilySummary> => signedIn(request).repo.family(request.params.familyId),
  );
}
