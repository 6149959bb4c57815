import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  InstemmingAnswerViewSchema,
  InstemmingOverviewQuerySchema,
  InstemmingOverviewSchema,
  InstemmingRemindersSentSchema,
  NewInstemmingRemindersSchema,
  NewInstemmingSchema,
  Ref,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** Instemming with a plan version (REQUIREMENTS B1, B3, B4); toestemming has its own routes. */
export default async function instemmingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  for (const schema of [InstemmingAnswerViewSchema, InstemmingOverviewSchema, InstemmingRemindersSentSchema]) app.addSchema(schema);

  app.get(
    '/gezinnen/:familyId/instemming',
    {
      schema: {
        summary: 'Instemming met een versie van het plan: de mijne, en voor professionals die van iedereen',
        params: familyIdParams,
        querystring: InstemmingOverviewQuerySchema,
        response: { 200: Ref(InstemmingOverviewSchema), ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => signedIn(request).repo.instemming.overview(request.params.familyId, request.query.versionId),
  );

  app.post(
    '/gezinnen/:familyId/instemming',
    {
      schema: {
        summary: 'Eens, eens met opmerking of niet eens met deze versie van het plan',
        params: familyIdParams,
        body: NewInstemmingSchema,
        response: { 200: Ref(InstemmingAnswerViewSchema), 201: Ref(InstemmingAnswerViewSchema), ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const { answer, created } = await signedIn(request).repo.instemming.answer(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return answer;
    },
  );

  app.post(
    '/gezinnen/:familyId/instemming/herinneringen',
    {
      schema: {
        summary: 'Herinnering sturen aan wie nog niet reageerde op deze versie (één per gezinslid per dag)',
        params: familyIdParams,
        body: NewInstemmingRemindersSchema,
        response: { 200: Ref(InstemmingRemindersSentSchema), 201: Ref(InstemmingRemindersSentSchema), ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const sent = await signedIn(request).repo.instemming.remind(request.params.familyId, request.body);
      reply.code(sent.reminded.length ? 201 : 200);
      return sent;
    },
  );
}
