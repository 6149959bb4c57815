import type { CommentList, CommentView, NewComment, NewConversation, NewReply } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { bodyTextSchema, clientIdSchema, familyIdParams, problemResponses } from '../../http/schemas.ts';

const commentParams = {
  type: 'object',
  required: ['familyId', 'commentId'],
  additionalProperties: false,
  properties: { familyId: { type: 'string', format: 'uuid' }, commentId: { type: 'string', format: 'uuid' } },
} as const;

const newComment = {
  type: 'object',
  required: ['clientId', 'body'],
  additionalProperties: false,
  properties: {
    clientId: clientIdSchema,
    itemKey: { type: ['string', 'null'], format: 'uuid' },
    body: bodyTextSchema,
    audience: { type: 'string', enum: ['zoals-onderdeel', 'alleen-professionals'] },
  },
} as const;

const conversationTo = {
  oneOf: [
    {
      type: 'object',
      required: ['kind', 'memberIds'],
      additionalProperties: false,
      properties: { kind: { const: 'leden' }, memberIds: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', format: 'uuid' } } },
    },
    { type: 'object', required: ['kind'], additionalProperties: false, properties: { kind: { const: 'volwassenen' } } },
    { type: 'object', required: ['kind'], additionalProperties: false, properties: { kind: { const: 'gezin' } } },
  ],
} as const;

const newConversation = {
  type: 'object',
  required: ['clientId', 'to', 'body'],
  additionalProperties: false,
  properties: { clientId: clientIdSchema, itemKey: { type: ['string', 'null'], format: 'uuid' }, to: conversationTo, body: bodyTextSchema },
} as const;

const newReply = { type: 'object', required: ['clientId', 'body'], additionalProperties: false, properties: { clientId: clientIdSchema, body: bodyTextSchema } } as const;

const seen = { type: 'object', required: ['until'], additionalProperties: false, properties: { until: { type: 'string', format: 'date-time' } } } as const;

const written = { 200: { $ref: 'Comment#' }, 201: { $ref: 'Comment#' }, ...problemResponses(400, 401, 403, 404, 415) };
const started = { ...written, ...problemResponses(422) };

export default async function commentRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/reacties',
    { schema: { summary: 'Reacties op het plan die ik mag zien', params: familyIdParams, response: { 200: { $ref: 'CommentList#' }, ...problemResponses(400, 401, 404) } } },
    async (request): Promise<CommentList> => signedIn(request).repo.comments.list(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: NewComment }>(
    '/gezinnen/:familyId/reacties',
    { schema: { summary: 'Reageren op het plan of een onderdeel', params: familyIdParams, body: newComment, response: written } },
    async (request, reply): Promise<CommentView> => {
      const { comment, created } = await signedIn(request).repo.comments.add(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return comment;
    },
  );

  app.post<{ Params: { familyId: string }; Body: NewConversation }>(
    '/gezinnen/:familyId/gesprekken',
    { schema: { summary: 'Een professional begint een gesprek met gekozen gezinsleden', params: familyIdParams, body: newConversation, response: started } },
    async (request, reply): Promise<CommentView> => {
      const { comment, created } = await signedIn(request).repo.comments.start(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return comment;
    },
  );

  app.post<{ Params: { familyId: string; commentId: string }; Body: NewReply }>(
    '/gezinnen/:familyId/reacties/:commentId/antwoorden',
    { schema: { summary: 'Antwoorden op een reactie', params: commentParams, body: newReply, response: written } },
    async (request, reply): Promise<CommentView> => {
      const { comment, created } = await signedIn(request).repo.comments.reply(request.params.familyId, request.params.commentId, request.body);
      reply.code(created ? 201 : 200);
      return comment;
    },
  );

  app.post<{ Params: { familyId: string }; Body: { until: string } }>(
    '/gezinnen/:familyId/reacties/leesbevestiging',
    { schema: { summary: 'Reacties gelezen tot een moment', params: familyIdParams, body: seen, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 404) } } },
    async (request, reply) => {
      await signedIn(request).repo.comments.markSeen(request.params.familyId, request.body.until);
      return reply.code(204).send();
    },
  );
}
