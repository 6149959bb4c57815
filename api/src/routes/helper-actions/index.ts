import type { HelperActionsPage } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

const helperActionsPage = {
  type: 'object',
  required: ['member', 'actions'],
  additionalProperties: false,
  properties: {
    member: { type: 'object', required: ['id', 'firstName'], additionalProperties: false, properties: { id: { type: 'string' }, firstName: { type: 'string' } } },
    actions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'at', 'verb', 'what', 'helper'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          at: { type: 'string', format: 'date-time' },
          verb: { type: 'string', enum: ['aanmaken', 'wijzigen', 'verwijderen'] },
          what: { type: 'string' },
          helper: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string' }, organisation: { type: 'string' } } },
        },
      },
    },
  },
} as const;

/** "Wat Ria voor u deed" (issue 11): what a member's helpers did on her behalf. */
export default async function helperActionsRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/namens-gedaan',
    {
      schema: {
        summary: 'Wat helpers namens mij deden: nieuwste eerst',
        params: familyIdParams,
        response: { 200: helperActionsPage, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request): Promise<HelperActionsPage> => signedIn(request).repo.helperActions(request.params.familyId),
  );
}
