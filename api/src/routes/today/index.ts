import type { TodayView } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/schemas.ts';
import { todayFor } from '../../data/today.ts';

const todaySchema = {
  $id: 'Today',
  type: 'object',
  required: ['corrections', 'unansweredComments', 'newDocuments', 'families'],
  additionalProperties: false,
  properties: {
    corrections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'familyId', 'familyName', 'dueOn', 'overdue', 'warning'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          familyId: { type: 'string' },
          familyName: { type: 'string' },
          requesterName: { type: 'string' },
          dueOn: { type: 'string', format: 'date' },
          overdue: { type: 'boolean' },
          warning: { type: 'boolean' },
        },
      },
    },
    unansweredComments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'familyId', 'familyName', 'lastAt', 'body'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          familyId: { type: 'string' },
          familyName: { type: 'string' },
          authorName: { type: 'string' },
          lastAt: { type: 'string', format: 'date-time' },
          body: { type: 'string' },
        },
      },
    },
    newDocuments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'familyId', 'familyName', 'name', 'createdAt'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          familyId: { type: 'string' },
          familyName: { type: 'string' },
          name: { type: 'string' },
          uploaderName: { type: 'string' },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
    },
    families: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'contactChanges', 'instemming', 'openCodes', 'openConsentRequests', 'openMoveRequests', 'unansweredComments', 'newDocuments'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          contactChanges: { type: 'integer' },
          instemming: {
            type: ['object', 'null'],
            required: ['answered', 'total'],
            additionalProperties: false,
            properties: { answered: { type: 'integer' }, total: { type: 'integer' } },
          },
          openCodes: { type: 'integer' },
          openConsentRequests: { type: 'integer' },
          openMoveRequests: { type: 'integer' },
          unansweredComments: { type: 'integer' },
          newDocuments: { type: 'integer' },
        },
      },
    },
  },
} as const;

/** The professional's "Vandaag": one answer with what waits for her across her families. */
export default async function todayRoutes(app: FastifyInstance): Promise<void> {
  app.addSchema(todaySchema);
  app.get(
    '/werk/vandaag',
    { schema: { summary: 'Wat vandaag op mij wacht in mijn gezinnen (professionals)', response: { 200: { $ref: 'Today#' }, ...problemResponses(401, 403) } } },
    async (request): Promise<TodayView> => {
      const { repo, principal } = signedIn(request);
      return todayFor(repo, principal);
    },
  );
}
