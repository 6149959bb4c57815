import type { InstemmingAnswerView, InstemmingOverview, InstemmingRemindersSent, NewInstemming, NewInstemmingReminders } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import { instemmingAnswerSchema, instemmingOverviewSchema, newInstemming, newReminders, overviewQuery, remindersSentSchema } from './schemas.ts';

/** Instemming with a plan version (REQUIREMENTS B1, B3, B4); toestemming has its own routes. */
export default async function instemmingRoutes(app: FastifyInstance): Promise<void> {
  app.addSchema(instemmingAnswerSchema);
  app.addSchema(instemmingOverviewSchema);
  app.addSchema(remindersSentSchema);

  app.get<{ Params: { familyId: string }; Querystring: { versionId?: string } }>(
    '/gezinnen/:familyId/instemming',
    {
      schema: {
        summary: 'Instemming met een versie van het plan: de mijne, en voor professionals die van iedereen',
        params: familyIdParams,
        querystring: overviewQuery,
        response: { 200: { $ref: 'InstemmingOverview#' }, ...problemResponses(400, 401, 404) },
      },
    },
    async (request): Promise<InstemmingOverview> => signedIn(request).repo.instemming.overview(request.params.familyId, request.query.versionId),
  );

  app.post<{ Params: { familyId: string }; Body: NewInstemming }>(
    '/gezinnen/:familyId/instemming',
    {
      schema: {
        summary: 'Eens, eens met opmerking of niet eens met deze versie van het plan',
        params: familyIdParams,
        body: newInstemming,
        response: { 200: { $ref: 'InstemmingAnswer#' }, 201: { $ref: 'InstemmingAnswer#' }, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply): Promise<InstemmingAnswerView> => {
      const { answer, created } = await signedIn(request).repo.instemming.answer(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return answer;
    },
  );

  app.post<{ Params: { familyId: string }; Body: NewInstemmingReminders }>(
    '/gezinnen/:familyId/instemming/herinneringen',
    {
      schema: {
        summary: 'Herinnering sturen aan wie nog niet reageerde op deze versie (één per gezinslid per dag)',
        params: familyIdParams,
        body: newReminders,
        response: { 200: { $ref: 'InstemmingRemindersSent#' }, 201: { $ref: 'InstemmingRemindersSent#' }, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply): Promise<InstemmingRemindersSent> => {
      const sent = await signedIn(request).repo.instemming.remind(request.params.familyId, request.body);
      reply.code(sent.reminded.length ? 201 : 200);
      return sent;
    },
  );
}
