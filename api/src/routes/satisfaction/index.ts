import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SatisfactionStatus } from '@onsplan/shared';
import { SatisfactionInputSchema, SatisfactionOverviewSchema, SatisfactionStatusSchema } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** "Wat vindt u ervan?": a member's short opinion, and the organisation's totals. */
export default async function satisfactionRoutes(fastify: FastifyInstance, { config }: { config: Pick<Config, 'complaintsUrl'> }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const withComplaints = (status: SatisfactionStatus): SatisfactionStatus => (config.complaintsUrl ? { ...status, complaintsUrl: config.complaintsUrl } : status);

  app.get(
    '/gezinnen/:familyId/wat-vindt-u-ervan',
    { schema: { summary: 'Mag ik nu mijn mening geven over het plan?', params: familyIdParams, response: { 200: SatisfactionStatusSchema, ...problemResponses(400, 401, 403, 404) } } },
    async (request) => withComplaints(await signedIn(request).repo.satisfaction.status(request.params.familyId)),
  );

  app.post(
    '/gezinnen/:familyId/wat-vindt-u-ervan',
    {
      schema: {
        summary: 'Mijn mening over het plan geven (anoniem voor de hulpverlener)',
        params: familyIdParams,
        body: SatisfactionInputSchema,
        response: { 201: SatisfactionStatusSchema, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      const status = await signedIn(request).repo.satisfaction.answer(request.params.familyId, request.body);
      reply.code(201);
      return withComplaints(status);
    },
  );

  app.get(
    '/werk/tevredenheid',
    { schema: { summary: 'Wat vinden gezinnen ervan? Per maand, alleen bij 5 antwoorden of meer', response: { 200: SatisfactionOverviewSchema, ...problemResponses(401, 403) } } },
    async (request) => signedIn(request).repo.satisfaction.overview(),
  );
}
