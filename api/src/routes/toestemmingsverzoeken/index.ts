import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AnswerToestemmingsverzoekSchema,
  NewToestemmingsverzoekSchema,
  Ref,
  ToestemmingsverzoekenOverviewSchema,
  ToestemmingsverzoekParamsSchema,
  ToestemmingsverzoekViewSchema,
  ToestemmingsverzoekWorkViewSchema,
  WithdrawToestemmingsverzoekSchema,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** A professional asks for toestemming; the people who decide answer from a card (issue 10, point 8). */
export default async function toestemmingsverzoekRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  for (const schema of [ToestemmingsverzoekViewSchema, ToestemmingsverzoekWorkViewSchema, ToestemmingsverzoekenOverviewSchema]) app.addSchema(schema);

  app.get(
    '/gezinnen/:familyId/toestemmingsverzoeken',
    {
      schema: {
        summary: 'Vragen om toestemming: voor een gezinslid de eigen vragen, voor een professional alle vragen met de antwoorden',
        params: familyIdParams,
        response: { 200: Ref(ToestemmingsverzoekenOverviewSchema), ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => signedIn(request).repo.toestemmingsverzoeken.overview(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/toestemmingsverzoeken',
    {
      schema: {
        summary: 'Een gezinslid om toestemming vragen om gegevens met een organisatie te delen',
        params: familyIdParams,
        body: NewToestemmingsverzoekSchema,
        response: { 200: Ref(ToestemmingsverzoekWorkViewSchema), 201: Ref(ToestemmingsverzoekWorkViewSchema), ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply) => {
      const { view, created } = await signedIn(request).repo.toestemmingsverzoeken.ask(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return view;
    },
  );

  app.post(
    '/gezinnen/:familyId/toestemmingsverzoeken/:requestId/antwoord',
    {
      schema: {
        summary: 'Antwoord geven op een vraag om toestemming: ja (toestemming) of nee (geweigerd)',
        params: ToestemmingsverzoekParamsSchema,
        body: AnswerToestemmingsverzoekSchema,
        response: { 200: Ref(ToestemmingsverzoekViewSchema), 201: Ref(ToestemmingsverzoekViewSchema), ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const { view, created } = await signedIn(request).repo.toestemmingsverzoeken.answer(request.params.familyId, request.params.requestId, request.body);
      reply.code(created ? 201 : 200);
      return view;
    },
  );

  app.post(
    '/gezinnen/:familyId/toestemmingsverzoeken/:requestId/intrekking',
    {
      schema: {
        summary: 'Een open vraag om toestemming intrekken',
        params: ToestemmingsverzoekParamsSchema,
        body: WithdrawToestemmingsverzoekSchema,
        response: { 200: Ref(ToestemmingsverzoekWorkViewSchema), ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request) =>
      signedIn(request).repo.toestemmingsverzoeken.withdraw(request.params.familyId, request.params.requestId),
  );
}
