import type { AfspraakInput, AfspraakView, AfsprakenOverview, NewAfspraak, NewVerplaatsverzoek, VerplaatsAntwoord } from '@onsplan/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { contentDisposition } from '../../documents/file-name.ts';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import { afspraakInput, afspraakParams, afspraakSchema, afsprakenSchema, cancelAfspraak, newAfspraak, newVerplaatsverzoek, verplaatsAntwoord, verzoekParams } from './schemas.ts';

/** The agenda (issue 13, point 1): professionals plan appointments; members read theirs, save them in a calendar and ask to move them. */
export default async function agendaRoutes(app: FastifyInstance): Promise<void> {
  for (const schema of [afspraakSchema, afsprakenSchema]) app.addSchema(schema);
  const base = '/gezinnen/:familyId/afspraken';

  app.get<{ Params: { familyId: string } }>(
    base,
    {
      schema: {
        summary: 'Afspraken: voor een gezinslid de afspraken waaraan het meedoet, voor een professional alle afspraken',
        params: familyIdParams,
        response: { 200: { $ref: 'Afspraken#' }, ...problemResponses(400, 401, 404) },
      },
    },
    async (request): Promise<AfsprakenOverview> => signedIn(request).repo.agenda.overview(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: NewAfspraak }>(
    base,
    {
      schema: {
        summary: 'Een afspraak plannen met gezinsleden en professionals',
        params: familyIdParams,
        body: newAfspraak,
        response: { 200: { $ref: 'Afspraak#' }, 201: { $ref: 'Afspraak#' }, ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request, reply): Promise<AfspraakView> => {
      const { view, created } = await signedIn(request).repo.agenda.plan(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return view;
    },
  );

  app.put<{ Params: { familyId: string; afspraakId: string }; Body: AfspraakInput }>(
    `${base}/:afspraakId`,
    {
      schema: {
        summary: 'Een afspraak wijzigen: wat, wanneer, waar en wie',
        params: afspraakParams,
        body: afspraakInput,
        response: { 200: { $ref: 'Afspraak#' }, ...problemResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request): Promise<AfspraakView> => signedIn(request).repo.agenda.change(request.params.familyId, request.params.afspraakId, request.body),
  );

  app.post<{ Params: { familyId: string; afspraakId: string }; Body: Record<string, never> }>(
    `${base}/:afspraakId/annulering`,
    {
      schema: {
        summary: 'Een afspraak annuleren',
        params: afspraakParams,
        body: cancelAfspraak,
        response: { 200: { $ref: 'Afspraak#' }, ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request): Promise<AfspraakView> => signedIn(request).repo.agenda.cancel(request.params.familyId, request.params.afspraakId),
  );

  app.get<{ Params: { familyId: string; afspraakId: string } }>(
    `${base}/:afspraakId/ics`,
    {
      schema: {
        summary: 'Eén afspraak als agendabestand (.ics) om in de eigen agenda te zetten',
        params: afspraakParams,
        response: { 200: { type: 'string' }, ...problemResponses(400, 401, 404) },
      },
    },
    async (request, reply): Promise<FastifyReply> => {
      const { fileName, text } = await signedIn(request).repo.agenda.ics(request.params.familyId, request.params.afspraakId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', contentDisposition(fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(text);
    },
  );

  app.post<{ Params: { familyId: string; afspraakId: string }; Body: NewVerplaatsverzoek }>(
    `${base}/:afspraakId/verplaatsverzoeken`,
    {
      schema: {
        summary: 'Vragen of een afspraak op een ander moment kan, met een reden',
        params: afspraakParams,
        body: newVerplaatsverzoek,
        response: { 200: { $ref: 'Afspraak#' }, 201: { $ref: 'Afspraak#' }, ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply): Promise<AfspraakView> => {
      const { view, created } = await signedIn(request).repo.agenda.askToMove(request.params.familyId, request.params.afspraakId, request.body);
      reply.code(created ? 201 : 200);
      return view;
    },
  );

  app.post<{ Params: { familyId: string; afspraakId: string; verzoekId: string }; Body: VerplaatsAntwoord }>(
    `${base}/:afspraakId/verplaatsverzoeken/:verzoekId/antwoord`,
    {
      schema: {
        summary: 'Antwoord op een vraag om te verplaatsen: een nieuw moment of nee, met een kort bericht',
        params: verzoekParams,
        body: verplaatsAntwoord,
        response: { 200: { $ref: 'Afspraak#' }, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request): Promise<AfspraakView> =>
      signedIn(request).repo.agenda.answerMove(request.params.familyId, request.params.afspraakId, request.params.verzoekId, request.body),
  );
}
