import type {
  CorrectieBesluit,
  CorrectieInbox,
  CorrectieVerlenging,
  CorrectieverzoekList,
  CorrectieverzoekView,
  EigenVerklaringList,
  EigenVerklaringView,
  NewCorrectieverzoek,
  NewEigenVerklaring,
} from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import {
  decision,
  extension,
  inboxSchema,
  newRequest,
  newVerklaring,
  requestListSchema,
  requestParams,
  requestSchema,
  verklaringListSchema,
  verklaringSchema,
} from './schemas.ts';

type RequestParams = { familyId: string; requestId: string };

/**
 * Correctieverzoeken (REQUIREMENTS A1–A4) and eigen verklaringen (A3). There is deliberately no
 * route that deletes an eigen verklaring: nobody may, and the database refuses it too.
 */
export default async function correctionRoutes(app: FastifyInstance): Promise<void> {
  for (const schema of [verklaringSchema, requestSchema, requestListSchema, inboxSchema, verklaringListSchema]) app.addSchema(schema);
  const step = { 200: { $ref: 'Correctieverzoek#' }, ...problemResponses(400, 401, 403, 404, 409, 415) };

  app.post<{ Params: { familyId: string }; Body: NewCorrectieverzoek }>(
    '/gezinnen/:familyId/correctieverzoeken',
    {
      schema: {
        summary: 'Vragen om iets te wijzigen, aan te vullen of te verwijderen',
        params: familyIdParams,
        body: newRequest,
        response: { 200: { $ref: 'Correctieverzoek#' }, 201: { $ref: 'Correctieverzoek#' }, ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply): Promise<CorrectieverzoekView> => {
      const { request: created, created: isNew } = await signedIn(request).repo.corrections.create(request.params.familyId, request.body);
      reply.code(isNew ? 201 : 200);
      return created;
    },
  );

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/correctieverzoeken',
    {
      schema: {
        summary: 'Mijn correctieverzoeken (een professional: alle van het gezin)',
        params: familyIdParams,
        response: { 200: { $ref: 'CorrectieverzoekList#' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request): Promise<CorrectieverzoekList> => signedIn(request).repo.corrections.list(request.params.familyId),
  );

  app.get(
    '/correctieverzoeken/inbox',
    { schema: { summary: 'Open correctieverzoeken van mijn gezinnen, het dringendst eerst', response: { 200: { $ref: 'CorrectieInbox#' }, ...problemResponses(401, 403) } } },
    async (request): Promise<CorrectieInbox> => signedIn(request).repo.corrections.inbox(),
  );

  app.post<{ Params: RequestParams }>(
    '/gezinnen/:familyId/correctieverzoeken/:requestId/behandeling',
    { schema: { summary: 'Een verzoek in behandeling nemen', params: requestParams, response: step } },
    async (request): Promise<CorrectieverzoekView> => signedIn(request).repo.corrections.start(request.params.familyId, request.params.requestId),
  );

  app.post<{ Params: RequestParams; Body: CorrectieVerlenging }>(
    '/gezinnen/:familyId/correctieverzoeken/:requestId/verlenging',
    { schema: { summary: 'Eén keer meer tijd nemen, met de reden', params: requestParams, body: extension, response: step } },
    async (request): Promise<CorrectieverzoekView> =>
      signedIn(request).repo.corrections.extend(request.params.familyId, request.params.requestId, request.body.reason),
  );

  app.post<{ Params: RequestParams; Body: CorrectieBesluit }>(
    '/gezinnen/:familyId/correctieverzoeken/:requestId/besluit',
    { schema: { summary: 'Beslissen: toekennen, deels of afwijzen met redenen', params: requestParams, body: decision, response: step } },
    async (request): Promise<CorrectieverzoekView> => signedIn(request).repo.corrections.takeDecision(request.params.familyId, request.params.requestId, request.body),
  );

  app.post<{ Params: RequestParams; Body: NewEigenVerklaring }>(
    '/gezinnen/:familyId/correctieverzoeken/:requestId/eigen-verklaringen',
    {
      schema: {
        summary: 'Een eigen verklaring toevoegen na een afwijzing',
        params: requestParams,
        body: newVerklaring,
        response: { 200: { $ref: 'EigenVerklaring#' }, 201: { $ref: 'EigenVerklaring#' }, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply): Promise<EigenVerklaringView> => {
      const { verklaring, created } = await signedIn(request).repo.corrections.addEigenVerklaring(request.params.familyId, request.params.requestId, request.body);
      reply.code(created ? 201 : 200);
      return verklaring;
    },
  );

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/eigen-verklaringen',
    {
      schema: {
        summary: 'Eigen verklaringen bij wat ik mag zien',
        params: familyIdParams,
        response: { 200: { $ref: 'EigenVerklaringList#' }, ...problemResponses(400, 401, 404) },
      },
    },
    async (request): Promise<EigenVerklaringList> => signedIn(request).repo.corrections.eigenVerklaringen(request.params.familyId),
  );

  app.delete<{ Params: { familyId: string; verklaringId: string } }>(
    '/gezinnen/:familyId/eigen-verklaringen/:verklaringId',
    {
      schema: {
        summary: 'Een eigen verklaring wissen: kan nooit (Jeugdwet 7.3.8)',
        params: {
          type: 'object',
          required: ['familyId', 'verklaringId'],
          additionalProperties: false,
          properties: { familyId: { type: 'string', format: 'uuid' }, verklaringId: { type: 'string', format: 'uuid' } },
        },
        response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => signedIn(request).repo.corrections.refuseDeleteEigenVerklaring(request.params.familyId, request.params.verklaringId),
  );
}
