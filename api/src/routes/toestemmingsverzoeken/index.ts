import type { AnswerToestemmingsverzoek, NewToestemmingsverzoek, ToestemmingsverzoekenOverview, ToestemmingsverzoekView, ToestemmingsverzoekWorkView } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import {
  answerToestemmingsverzoek,
  newToestemmingsverzoek,
  toestemmingsverzoekenSchema,
  toestemmingsverzoekSchema,
  toestemmingsverzoekWorkSchema,
  verzoekParams,
  withdrawToestemmingsverzoek,
} from './schemas.ts';

/** A professional asks for toestemming; the people who decide answer from a card (issue 10, point 8). */
export default async function toestemmingsverzoekRoutes(app: FastifyInstance): Promise<void> {
  for (const schema of [toestemmingsverzoekSchema, toestemmingsverzoekWorkSchema, toestemmingsverzoekenSchema]) app.addSchema(schema);

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/toestemmingsverzoeken',
    {
      schema: {
        summary: 'Vragen om toestemming: voor een gezinslid de eigen vragen, voor een professional alle vragen met de antwoorden',
        params: familyIdParams,
        response: { 200: { $ref: 'Toestemmingsverzoeken#' }, ...problemResponses(400, 401, 404) },
      },
    },
    async (request): Promise<ToestemmingsverzoekenOverview> => signedIn(request).repo.toestemmingsverzoeken.overview(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: NewToestemmingsverzoek }>(
    '/gezinnen/:familyId/toestemmingsverzoeken',
    {
      schema: {
        summary: 'Een gezinslid om toestemming vragen om gegevens met een organisatie te delen',
        params: familyIdParams,
        body: newToestemmingsverzoek,
        response: { 200: { $ref: 'ToestemmingsverzoekWerk#' }, 201: { $ref: 'ToestemmingsverzoekWerk#' }, ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply): Promise<ToestemmingsverzoekWorkView> => {
      const { view, created } = await signedIn(request).repo.toestemmingsverzoeken.ask(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return view;
    },
  );

  app.post<{ Params: { familyId: string; requestId: string }; Body: AnswerToestemmingsverzoek }>(
    '/gezinnen/:familyId/toestemmingsverzoeken/:requestId/antwoord',
    {
      schema: {
        summary: 'Antwoord geven op een vraag om toestemming: ja (toestemming) of nee (geweigerd)',
        params: verzoekParams,
        body: answerToestemmingsverzoek,
        response: { 200: { $ref: 'Toestemmingsverzoek#' }, 201: { $ref: 'Toestemmingsverzoek#' }, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply): Promise<ToestemmingsverzoekView> => {
      const { view, created } = await signedIn(request).repo.toestemmingsverzoeken.answer(request.params.familyId, request.params.requestId, request.body);
      reply.code(created ? 201 : 200);
      return view;
    },
  );

  app.post<{ Params: { familyId: string; requestId: string }; Body: Record<string, never> }>(
    '/gezinnen/:familyId/toestemmingsverzoeken/:requestId/intrekking',
    {
      schema: {
        summary: 'Een open vraag om toestemming intrekken',
        params: verzoekParams,
        body: withdrawToestemmingsverzoek,
        response: { 200: { $ref: 'ToestemmingsverzoekWerk#' }, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request): Promise<ToestemmingsverzoekWorkView> =>
      signedIn(request).repo.toestemmingsverzoeken.withdraw(request.params.familyId, request.params.requestId),
  );
}
