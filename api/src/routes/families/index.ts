import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { FamilySummarySchema, Ref } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { Type } from '@fastify/type-provider-typebox';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

export default async function familyRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/gezinnen',
    { schema: { summary: 'Mijn gezinnen', response: { 200: Type.Array(Ref(FamilySummarySchema)), ...problemResponses(401) } } },
    async (request) => signedIn(request).repo.myFamilies(),
  );

  app.get(
    '/gezinnen/:familyId',
    { schema: { summary: 'Eén gezin', params: familyIdParams, response: { 200: Ref(FamilySummarySchema), ...problemResponses(400, 401, 404) } } },
    async (request) => signedIn(request).repo.family(request.params.familyId),
  );
}
