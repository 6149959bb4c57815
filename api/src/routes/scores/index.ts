import type { NewScore, ScoresPage, ScoreView } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { clientIdSchema, familyIdParams, problemResponses } from '../../http/schemas.ts';

const uuid = { type: 'string', format: 'uuid' } as const;

const scoreReaders = {
  oneOf: [
    { type: 'object', required: ['kind'], additionalProperties: false, properties: { kind: { const: 'professionals' } } },
    {
      type: 'object',
      required: ['kind', 'memberIds'],
      additionalProperties: false,
      properties: { kind: { const: 'leden' }, memberIds: { type: 'array', minItems: 1, maxItems: 20, uniqueItems: true, items: uuid } },
    },
  ],
} as const;

const newScore = {
  type: 'object',
  required: ['clientId', 'itemKey', 'value'],
  additionalProperties: false,
  properties: {
    clientId: clientIdSchema,
    itemKey: uuid,
    value: { type: 'integer', minimum: 0, maximum: 10 },
    note: { type: 'string', maxLength: 500 },
    readers: scoreReaders,
  },
} as const;

const scoreView = {
  type: 'object',
  required: ['id', 'itemKey', 'value', 'createdAt', 'isMine', 'readers'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    itemKey: { type: 'string' },
    value: { type: 'integer' },
    note: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    memberId: { type: 'string' },
    memberName: { type: 'string' },
    isMine: { type: 'boolean' },
    readers: { $ref: 'Readers#' },
  },
} as const;

const scoresPage = {
  type: 'object',
  required: ['familyId', 'doelen'],
  additionalProperties: false,
  properties: {
    familyId: { type: 'string' },
    doelen: {
      type: 'array',
      items: {
        type: 'object',
        required: ['itemKey', 'what', 'scores'],
        additionalProperties: false,
        properties: {
          itemKey: { type: 'string' },
          what: { type: 'string' },
          scaleLow: { type: 'string' },
          scaleHigh: { type: 'string' },
          scores: { type: 'array', items: scoreView },
          readerChoices: {
            type: 'array',
            items: { type: 'object', required: ['id', 'firstName'], additionalProperties: false, properties: { id: { type: 'string' }, firstName: { type: 'string' } } },
          },
        },
      },
    },
  },
} as const;

export default async function scoreRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/scores',
    { schema: { summary: 'Hoe gaat het nu? De doelen met de scores die ik mag zien', params: familyIdParams, response: { 200: scoresPage, ...problemResponses(400, 401, 404) } } },
    async (request): Promise<ScoresPage> => signedIn(request).repo.scores.page(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: NewScore }>(
    '/gezinnen/:familyId/scores',
    {
      schema: {
        summary: 'Een doel een cijfer geven (0 tot 10)',
        params: familyIdParams,
        body: newScore,
        response: { 200: scoreView, 201: scoreView, ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request, reply): Promise<ScoreView> => {
      const { score, created } = await signedIn(request).repo.scores.add(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return score;
    },
  );
}
