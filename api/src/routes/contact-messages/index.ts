import { callMoments, contactBodyMaxLength, contactKinds, helpTopics, type ContactInbox, type ContactSeen, type ContactThreadList, type ContactThreadView, type NewContactAnswer, type NewContactThread } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { clientIdSchema, familyIdParams, problemResponses } from '../../http/schemas.ts';

const threadParams = {
  type: 'object',
  required: ['familyId', 'threadId'],
  additionalProperties: false,
  properties: { familyId: { type: 'string', format: 'uuid' }, threadId: { type: 'string', format: 'uuid' } },
} as const;

const words = { type: 'string', maxLength: contactBodyMaxLength } as const;

const newThread = {
  type: 'object',
  required: ['clientId', 'kind'],
  additionalProperties: false,
  properties: {
    clientId: clientIdSchema,
    kind: { type: 'string', enum: contactKinds },
    topic: { type: 'string', enum: helpTopics },
    callMoment: { type: 'string', enum: callMoments },
    body: words,
  },
} as const;

const newAnswer = { type: 'object', required: ['clientId', 'body'], additionalProperties: false, properties: { clientId: clientIdSchema, body: { ...words, minLength: 1 } } } as const;

/** A message's author is shown as a comment's. */
const author = { $ref: 'Comment#/properties/author' } as const;

const threadProperties = {
  id: { type: 'string', format: 'uuid' },
  kind: { type: 'string', enum: contactKinds },
  topic: { type: ['string', 'null'], enum: [...helpTopics, null] },
  callMoment: { type: ['string', 'null'], enum: [...callMoments, null] },
  status: { type: 'string', enum: ['open', 'beantwoord', 'afgehandeld'] },
  createdAt: { type: 'string', format: 'date-time' },
  memberName: { type: 'string' },
  memberPhone: { type: 'string' },
  messages: {
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'author', 'body', 'createdAt', 'isNew'],
      additionalProperties: false,
      properties: { id: { type: 'string', format: 'uuid' }, author, body: { type: ['string', 'null'] }, createdAt: { type: 'string', format: 'date-time' }, isNew: { type: 'boolean' } },
    },
  },
  mayAnswer: { type: 'boolean' },
  mayClose: { type: 'boolean' },
  newMessages: { type: 'integer', minimum: 0 },
} as const;
const threadRequired = ['id', 'kind', 'topic', 'callMoment', 'status', 'createdAt', 'messages', 'mayAnswer', 'mayClose', 'newMessages'];

const threadSchema = { $id: 'ContactThread', type: 'object', required: threadRequired, additionalProperties: false, properties: threadProperties } as const;

const threadListSchema = {
  $id: 'ContactThreadList',
  type: 'object',
  required: ['threads', 'mayStart', 'seenUntil'],
  additionalProperties: false,
  properties: { threads: { type: 'array', items: { $ref: 'ContactThread#' } }, mayStart: { type: 'boolean' }, seenUntil: { type: ['string', 'null'], format: 'date-time' } },
} as const;

const inboxSchema = {
  $id: 'ContactInbox',
  type: 'object',
  required: ['threads'],
  additionalProperties: false,
  properties: {
    threads: {
      type: 'array',
      items: {
        type: 'object',
        required: [...threadRequired, 'familyId', 'familyName'],
        additionalProperties: false,
        properties: { ...threadProperties, familyId: { type: 'string', format: 'uuid' }, familyName: { type: 'string' } },
      },
    },
  },
} as const;

const seen = { type: 'object', required: ['until'], additionalProperties: false, properties: { until: { type: 'string', format: 'date-time' } } } as const;

const written = { 200: { $ref: 'ContactThread#' }, 201: { $ref: 'ContactThread#' }, ...problemResponses(400, 401, 403, 404, 415) };

/** Contact with the professionals: asking for help, "bel mij terug", a message, and the answers. */
export default async function contactMessageRoutes(app: FastifyInstance): Promise<void> {
  app.addSchema(threadSchema);
  app.addSchema(threadListSchema);
  app.addSchema(inboxSchema);

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/contact',
    { schema: { summary: 'Vragen en berichten aan de hulpverleners die ik mag zien', params: familyIdParams, response: { 200: { $ref: 'ContactThreadList#' }, ...problemResponses(400, 401, 404) } } },
    async (request): Promise<ContactThreadList> => signedIn(request).repo.contactMessages.list(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: NewContactThread }>(
    '/gezinnen/:familyId/contact',
    { schema: { summary: 'Om hulp vragen, vragen om terug te bellen of een bericht sturen', params: familyIdParams, body: newThread, response: written } },
    async (request, reply): Promise<ContactThreadView> => {
      const { thread, created } = await signedIn(request).repo.contactMessages.start(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return thread;
    },
  );

  app.post<{ Params: { familyId: string }; Body: ContactSeen }>(
    '/gezinnen/:familyId/contact/leesbevestiging',
    { schema: { summary: 'Berichten gelezen tot een moment', params: familyIdParams, body: seen, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 404, 415) } } },
    async (request, reply) => {
      await signedIn(request).repo.contactMessages.markSeen(request.params.familyId, request.body.until);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { familyId: string; threadId: string }; Body: NewContactAnswer }>(
    '/gezinnen/:familyId/contact/:threadId/antwoorden',
    { schema: { summary: 'Antwoorden in een gesprek met de hulpverleners', params: threadParams, body: newAnswer, response: written } },
    async (request, reply): Promise<ContactThreadView> => {
      const { thread, created } = await signedIn(request).repo.contactMessages.answer(request.params.familyId, request.params.threadId, request.body);
      reply.code(created ? 201 : 200);
      return thread;
    },
  );

  app.post<{ Params: { familyId: string; threadId: string } }>(
    '/gezinnen/:familyId/contact/:threadId/afhandeling',
    { schema: { summary: 'Een vraag of terugbelverzoek afgehandeld (professionals)', params: threadParams, response: { 200: { $ref: 'ContactThread#' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request): Promise<ContactThreadView> => signedIn(request).repo.contactMessages.close(request.params.familyId, request.params.threadId),
  );

  app.get(
    '/werk/berichten',
    { schema: { summary: 'Vragen en berichten van mijn gezinnen die nog niet af zijn (professionals)', response: { 200: { $ref: 'ContactInbox#' }, ...problemResponses(401, 403) } } },
    async (request): Promise<ContactInbox> => signedIn(request).repo.contactInbox(),
  );
}
