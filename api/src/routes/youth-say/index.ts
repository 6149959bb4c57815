import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { YouthChoiceInputSchema, YouthSayPageSchema } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** "Wat zien je ouders van jou?" (issue 11): a youth sees what her parents see of her, and from 16 chooses it. */
export default async function youthSayRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/gezinnen/:familyId/wat-zien-je-ouders',
    {
      schema: {
        summary: 'Wat mijn ouders van mij zien, en waarom (jongere van 12 tot 18)',
        params: familyIdParams,
        response: { 200: YouthSayPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => signedIn(request).repo.youthSay(request.params.familyId),
  );

  app.put(
    '/gezinnen/:familyId/wat-zien-je-ouders/keuze',
    {
      schema: {
        summary: 'Een onderdeel, gegeven of deel van het plan laten zien aan of verbergen voor mijn ouders (vanaf 16)',
        params: familyIdParams,
        body: YouthChoiceInputSchema,
        response: { 200: YouthSayPageSchema, ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request) => signedIn(request).repo.chooseForParents(request.params.familyId, request.body),
  );
}
