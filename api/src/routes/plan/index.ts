import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { PlanViewSchema, Ref } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

export default async function planRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/gezinnen/:familyId/plan',
    { schema: { summary: 'Het plan van het gezin, zoals ik het mag zien', params: familyIdParams, response: { 200: Ref(PlanViewSchema), ...problemResponses(400, 401, 404) } } },
    async (request) => signedIn(request).repo.currentPlan(request.params.familyId),
  );
}
