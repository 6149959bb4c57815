import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ref, TodayViewSchema } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/schemas.ts';
import { todayFor } from '../../data/today.ts';

/** The professional's "Vandaag": one answer with what waits for her across her families. */
export default async function todayRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.addSchema(TodayViewSchema);
  app.get(
    '/werk/vandaag',
    { schema: { summary: 'Wat vandaag op mij wacht in mijn gezinnen (professionals)', response: { 200: Ref(TodayViewSchema), ...problemResponses(401, 403) } } },
    async (request) => {
      const { repo, principal } = signedIn(request);
      return todayFor(repo, principal);
    },
  );
}
