import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { CommentListSchema, CommentsSeenSchema, CommentViewSchema, NewCommentSchema, NewConversationSchema, NewReplySchema, NoContent, Ref, Uuid } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

const commentParams = Type.Object({ familyId: Uuid(), commentId: Uuid() }, { additionalProperties: false });

const written = { 200: Ref(CommentViewSchema), 201: Ref(CommentViewSchema), ...problemResponses(400, 401, 403, 404, 415) };
const started = { ...written, ...problemResponses(422) };

export default async function commentRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/gezinnen/:familyId/reacties',
    { schema: { summary: 'Reacties op het plan die ik mag zien', params: familyIdParams, response: { 200: Ref(CommentListSchema), ...problemResponses(400, 401, 404) } } },
    async (request) => signedIn(request).repo.comments.list(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/reacties',
    { schema: { summary: 'Reageren op het plan of een onderdeel', params: familyIdParams, body: NewCommentSchema, response: written } },
    async (request, reply) => {
      const { comment, created } = await signedIn(request).repo.comments.add(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return comment;
    },
  );

  app.post(
    '/gezinnen/:familyId/gesprekken',
    { schema: { summary: 'Een professional begint een gesprek met gekozen gezinsleden', params: familyIdParams, body: NewConversationSchema, response: started } },
    async (request, reply) => {
      const { comment, created } = await signedIn(request).repo.comments.start(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return comment;
    },
  );

  app.post(
    '/gezinnen/:familyId/reacties/:commentId/antwoorden',
    { schema: { summary: 'Antwoorden op een reactie', params: commentParams, body: NewReplySchema, response: written } },
    async (request, reply) => {
      const { comment, created } = await signedIn(request).repo.comments.reply(request.params.familyId, request.params.commentId, request.body);
      reply.code(created ? 201 : 200);
      return comment;
    },
  );

  app.post(
    '/gezinnen/:familyId/reacties/leesbevestiging',
    { schema: { summary: 'Reacties gelezen tot een moment', params: familyIdParams, body: CommentsSeenSchema, response: { 204: NoContent(), ...problemResponses(400, 401, 404) } } },
    async (request, reply) => {
      await signedIn(request).repo.comments.markSeen(request.params.familyId, request.body.until);
      return reply.code(204).send();
    },
  );
}
