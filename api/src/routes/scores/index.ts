import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { NewScoreSchema, ScoresPageSchema, ScoreViewSchema } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

export default async function scoreRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/gezinnen/:familyId/scores',
    { schema: { summary: 'Hoe gaat het nu? De doelen met de scores die ik mag zien', params: familyIdParams, response: { 200: ScoresPageSchema, ...problemResponses(400, 401, 404) } } },
    async (request) => signedIn(request).repo.scores.page(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/scores',
    {
      schema: {
        summary: 'Een doel een cijfer geven (0 tot 10)',
        params: familyIdParams,
        body: NewScoreSchema,
        response: { 200: ScoreViewSchema, 201: ScoreViewSchema, ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request, reply) => {
      const { score, created } = await signedIn(request).repo.scores.add(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return score;
    },
  );
}
