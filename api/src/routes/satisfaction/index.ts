import type { SatisfactionInput, SatisfactionOverview, SatisfactionStatus } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

const satisfactionInput = {
  type: 'object',
  required: ['helps'],
  additionalProperties: false,
  properties: {
    helps: { type: 'integer', minimum: 1, maximum: 5 },
    better: { type: 'string', maxLength: 1000 },
  },
} as const;

const satisfactionStatus = {
  type: 'object',
  required: ['mayAnswer', 'answeredThisMonth'],
  additionalProperties: false,
  properties: { mayAnswer: { type: 'boolean' }, answeredThisMonth: { type: 'boolean' }, discussedVersion: { type: 'integer', minimum: 1 }, complaintsUrl: { type: 'string' } },
} as const;

const counts = { type: 'array', minItems: 5, maxItems: 5, items: { type: 'integer' } } as const;
const satisfactionOverview = {
  type: 'object',
  required: ['organisation', 'minimumAnswers', 'periods'],
  additionalProperties: false,
  properties: {
    organisation: { type: 'string' },
    minimumAnswers: { type: 'integer' },
    periods: {
      type: 'array',
      items: {
        type: 'object',
        required: ['period', 'answers', 'helps', 'average', 'better'],
        additionalProperties: false,
        properties: { period: { type: 'string' }, answers: { type: 'integer' }, helps: counts, average: { type: 'number' }, better: { type: 'array', items: { type: 'string' } } },
      },
    },
  },
} as const;

/** "Wat vindt u ervan?": a member's short opinion, and the organisation's totals. */
export default async function satisfactionRoutes(app: FastifyInstance, { config }: { config: Pick<Config, 'complaintsUrl'> }): Promise<void> {
  const withComplaints = (status: SatisfactionStatus): SatisfactionStatus => (config.complaintsUrl ? { ...status, complaintsUrl: config.complaintsUrl } : status);

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/wat-vindt-u-ervan',
    { schema: { summary: 'Mag ik nu mijn mening geven over het plan?', params: familyIdParams, response: { 200: satisfactionStatus, ...problemResponses(400, 401, 403, 404) } } },
    async (request): Promise<SatisfactionStatus> => withComplaints(await signedIn(request).repo.satisfaction.status(request.params.familyId)),
  );

  app.post<{ Params: { familyId: string }; Body: SatisfactionInput }>(
    '/gezinnen/:familyId/wat-vindt-u-ervan',
    {
      schema: {
        summary: 'Mijn mening over het plan geven (anoniem voor de hulpverlener)',
        params: familyIdParams,
        body: satisfactionInput,
        response: { 201: satisfactionStatus, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply): Promise<SatisfactionStatus> => {
      const status = await signedIn(request).repo.satisfaction.answer(request.params.familyId, request.body);
      reply.code(201);
      return withComplaints(status);
    },
  );

  app.get(
    '/werk/tevredenheid',
    { schema: { summary: 'Wat vinden gezinnen ervan? Per maand, alleen bij 5 antwoorden of meer', response: { 200: satisfactionOverview, ...problemResponses(401, 403) } } },
    async (request): Promise<SatisfactionOverview> => signedIn(request).repo.satisfaction.overview(),
  );
}
