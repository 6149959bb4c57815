import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AfspraakInputSchema,
  AfspraakParamsSchema,
  AfspraakViewSchema,
  AfsprakenOverviewSchema,
  CancelAfspraakSchema,
  IcsFileSchema,
  NewAfspraakSchema,
  NewVerplaatsverzoekSchema,
  Ref,
  VerplaatsAntwoordSchema,
  VerplaatsverzoekParamsSchema,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { contentDisposition } from '../../documents/file-name.ts';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** The agenda (issue 13, point 1): professionals plan appointments; members read theirs, save them in a calendar and ask to move them. */
export default async function agendaRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  for (const schema of [AfspraakViewSchema, AfsprakenOverviewSchema]) app.addSchema(schema);
  const base = '/gezinnen/:familyId/afspraken';

  app.get(
    base,
    {
      schema: {
        summary: 'Afspraken: voor een gezinslid de afspraken waaraan het meedoet, voor een professional alle afspraken',
        params: familyIdParams,
        response: { 200: Ref(AfsprakenOverviewSchema), ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => signedIn(request).repo.agenda.overview(request.params.familyId),
  );

  app.post(
    base,
    {
      schema: {
        summary: 'Een afspraak plannen met gezinsleden en professionals',
        params: familyIdParams,
        body: NewAfspraakSchema,
        response: { 200: Ref(AfspraakViewSchema), 201: Ref(AfspraakViewSchema), ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request, reply) => {
      const { view, created } = await signedIn(request).repo.agenda.plan(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return view;
    },
  );

  app.put(
    `${base}/:afspraakId`,
    {
      schema: {
        summary: 'Een afspraak wijzigen: wat, wanneer, waar en wie',
        params: AfspraakParamsSchema,
        body: AfspraakInputSchema,
        response: { 200: Ref(AfspraakViewSchema), ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request) => signedIn(request).repo.agenda.change(request.params.familyId, request.params.afspraakId, request.body),
  );

  app.post(
    `${base}/:afspraakId/annulering`,
    {
      schema: {
        summary: 'Een afspraak annuleren',
        params: AfspraakParamsSchema,
        body: CancelAfspraakSchema,
        response: { 200: Ref(AfspraakViewSchema), ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request) => signedIn(request).repo.agenda.cancel(request.params.familyId, request.params.afspraakId),
  );

  app.get(
    `${base}/:afspraakId/ics`,
    {
      schema: {
        summary: 'Eén afspraak als agendabestand (.ics) om in de eigen agenda te zetten',
        params: AfspraakParamsSchema,
        response: { 200: IcsFileSchema, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { fileName, text } = await signedIn(request).repo.agenda.ics(request.params.familyId, request.params.afspraakId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', contentDisposition(fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(text);
    },
  );

  app.post(
    `${base}/:afspraakId/verplaatsverzoeken`,
    {
      schema: {
        summary: 'Vragen of een afspraak op een ander moment kan, met een reden',
        params: AfspraakParamsSchema,
        body: NewVerplaatsverzoekSchema,
        response: { 200: Ref(AfspraakViewSchema), 201: Ref(AfspraakViewSchema), ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply) => {
      const { view, created } = await signedIn(request).repo.agenda.askToMove(request.params.familyId, request.params.afspraakId, request.body);
      reply.code(created ? 201 : 200);
      return view;
    },
  );

  app.post(
    `${base}/:afspraakId/verplaatsverzoeken/:verzoekId/antwoord`,
    {
      schema: {
        summary: 'Antwoord op een vraag om te verplaatsen: een nieuw moment of nee, met een kort bericht',
        params: VerplaatsverzoekParamsSchema,
        body: VerplaatsAntwoordSchema,
        response: { 200: Ref(AfspraakViewSchema), ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request) =>
      signedIn(request).repo.agenda.answerMove(request.params.familyId, request.params.afspraakId, request.params.verzoekId, request.body),
  );
}
