import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CorrectieBesluitSchema,
  CorrectieInboxSchema,
  CorrectieVerlengingSchema,
  CorrectieverzoekListSchema,
  CorrectieverzoekParamsSchema,
  CorrectieverzoekViewSchema,
  EigenVerklaringListSchema,
  EigenVerklaringParamsSchema,
  EigenVerklaringViewSchema,
  NewCorrectieverzoekSchema,
  NewEigenVerklaringSchema,
  NoContent,
  Ref,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/**
 * Correctieverzoeken (REQUIREMENTS A1–A4) and eigen verklaringen (A3). There is deliberately no
 * route that deletes an eigen verklaring: nobody may, and the database refuses it too.
 */
export default async function correctionRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  for (const schema of [EigenVerklaringViewSchema, CorrectieverzoekViewSchema, CorrectieverzoekListSchema, CorrectieInboxSchema, EigenVerklaringListSchema]) app.addSchema(schema);
  const step = { 200: Ref(CorrectieverzoekViewSchema), ...problemResponses(400, 401, 403, 404, 409, 415) };

  app.post(
    '/gezinnen/:familyId/correctieverzoeken',
    {
      schema: {
        summary: 'Vragen om iets te wijzigen, aan te vullen of te verwijderen',
        params: familyIdParams,
        body: NewCorrectieverzoekSchema,
        response: { 200: Ref(CorrectieverzoekViewSchema), 201: Ref(CorrectieverzoekViewSchema), ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply) => {
      const { request: created, created: isNew } = await signedIn(request).repo.corrections.create(request.params.familyId, request.body);
      reply.code(isNew ? 201 : 200);
      return created;
    },
  );

  app.get(
    '/gezinnen/:familyId/correctieverzoeken',
    {
      schema: {
        summary: 'Mijn correctieverzoeken (een professional: alle van het gezin)',
        params: familyIdParams,
        response: { 200: Ref(CorrectieverzoekListSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => signedIn(request).repo.corrections.list(request.params.familyId),
  );

  app.get(
    '/correctieverzoeken/inbox',
    { schema: { summary: 'Open correctieverzoeken van mijn gezinnen, het dringendst eerst', response: { 200: Ref(CorrectieInboxSchema), ...problemResponses(401, 403) } } },
    async (request) => signedIn(request).repo.corrections.inbox(),
  );

  app.post(
    '/gezinnen/:familyId/correctieverzoeken/:requestId/behandeling',
    { schema: { summary: 'Een verzoek in behandeling nemen', params: CorrectieverzoekParamsSchema, response: step } },
    async (request) => signedIn(request).repo.corrections.start(request.params.familyId, request.params.requestId),
  );

  app.post(
    '/gezinnen/:familyId/correctieverzoeken/:requestId/verlenging',
    { schema: { summary: 'Eén keer meer tijd nemen, met de reden', params: CorrectieverzoekParamsSchema, body: CorrectieVerlengingSchema, response: step } },
    async (request) =>
      signedIn(request).repo.corrections.extend(request.params.familyId, request.params.requestId, request.body.reason),
  );

  app.post(
    '/gezinnen/:familyId/correctieverzoeken/:requestId/besluit',
    { schema: { summary: 'Beslissen: toekennen, deels of afwijzen met redenen', params: CorrectieverzoekParamsSchema, body: CorrectieBesluitSchema, response: step } },
    async (request) => signedIn(request).repo.corrections.takeDecision(request.params.familyId, request.params.requestId, request.body),
  );

  app.post(
    '/gezinnen/:familyId/correctieverzoeken/:requestId/eigen-verklaringen',
    {
      schema: {
        summary: 'Een eigen verklaring toevoegen na een afwijzing',
        params: CorrectieverzoekParamsSchema,
        body: NewEigenVerklaringSchema,
        response: { 200: Ref(EigenVerklaringViewSchema), 201: Ref(EigenVerklaringViewSchema), ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const { verklaring, created } = await signedIn(request).repo.corrections.addEigenVerklaring(request.params.familyId, request.params.requestId, request.body);
      reply.code(created ? 201 : 200);
      return verklaring;
    },
  );

  app.get(
    '/gezinnen/:familyId/eigen-verklaringen',
    {
      schema: {
        summary: 'Eigen verklaringen bij wat ik mag zien',
        params: familyIdParams,
        response: { 200: Ref(EigenVerklaringListSchema), ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => signedIn(request).repo.corrections.eigenVerklaringen(request.params.familyId),
  );

  app.delete(
    '/gezinnen/:familyId/eigen-verklaringen/:verklaringId',
    {
      schema: {
        summary: 'Een eigen verklaring wissen: kan nooit (Jeugdwet 7.3.8)',
        params: EigenVerklaringParamsSchema,
        response: { 204: NoContent(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => signedIn(request).repo.corrections.refuseDeleteEigenVerklaring(request.params.familyId, request.params.verklaringId),
  );
}
