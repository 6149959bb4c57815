import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  ContactInboxSchema,
  ContactSeenSchema,
  ContactThreadListSchema,
  ContactThreadParamsSchema,
  ContactThreadViewSchema,
  NewContactAnswerSchema,
  NewContactThreadSchema,
  NoContent,
  Ref,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

const written = { 200: Ref(ContactThreadViewSchema), 201: Ref(ContactThreadViewSchema), ...problemResponses(400, 401, 403, 404, 415) };

/** Contact with the professionals: asking for help, "bel mij terug", a message, and the answers. */
export default async function contactMessageRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  for (const schema of [ContactThreadViewSchema, ContactThreadListSchema, ContactInboxSchema]) app.addSchema(schema);

  app.get(
    '/gezinnen/:familyId/contact',
    { schema: { summary: 'Vragen en berichten aan de hulpverleners die ik mag zien', params: familyIdParams, response: { 200: Ref(ContactThreadListSchema), ...problemResponses(400, 401, 404) } } },
    async (request) => signedIn(request).repo.contactMessages.list(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/contact',
    { schema: { summary: 'Om hulp vragen, vragen om terug te bellen of een bericht sturen', params: familyIdParams, body: NewContactThreadSchema, response: written } },
    async (request, reply) => {
      const { thread, created } = await signedIn(request).repo.contactMessages.start(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return thread;
    },
  );

  app.post(
    '/gezinnen/:familyId/contact/leesbevestiging',
    { schema: { summary: 'Berichten gelezen tot een moment', params: familyIdParams, body: ContactSeenSchema, response: { 204: NoContent(), ...problemResponses(400, 401, 404, 415) } } },
    async (request, reply) => {
      await signedIn(request).repo.contactMessages.markSeen(request.params.familyId, request.body.until);
      return reply.code(204).send();
    },
  );

  app.post(
    '/gezinnen/:familyId/contact/:threadId/antwoorden',
    { schema: { summary: 'Antwoorden in een gesprek met de hulpverleners', params: ContactThreadParamsSchema, body: NewContactAnswerSchema, response: written } },
    async (request, reply) => {
      const { thread, created } = await signedIn(request).repo.contactMessages.answer(request.params.familyId, request.params.threadId, request.body);
      reply.code(created ? 201 : 200);
      return thread;
    },
  );

  app.post(
    '/gezinnen/:familyId/contact/:threadId/afhandeling',
    { schema: { summary: 'Een vraag of terugbelverzoek afgehandeld (professionals)', params: ContactThreadParamsSchema, response: { 200: Ref(ContactThreadViewSchema), ...problemResponses(400, 401, 403, 404) } } },
    async (request) => signedIn(request).repo.contactMessages.close(request.params.familyId, request.params.threadId),
  );

  app.get(
    '/werk/berichten',
    { schema: { summary: 'Vragen en berichten van mijn gezinnen die nog niet af zijn (professionals)', response: { 200: Ref(ContactInboxSchema), ...problemResponses(401, 403) } } },
    async (request) => signedIn(request).repo.contactInbox(),
  );
}
