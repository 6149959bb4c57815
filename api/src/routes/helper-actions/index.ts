import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { HelperActionsPageSchema } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** "Wat Ria voor u deed" (issue 11): what a member's helpers did on her behalf. */
export default async function helperActionsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/gezinnen/:familyId/namens-gedaan',
    {
      schema: {
        summary: 'Wat helpers namens mij deden: nieuwste eerst',
        params: familyIdParams,
        response: { 200: HelperActionsPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => signedIn(request).repo.helperActions(request.params.familyId),
  );
}
