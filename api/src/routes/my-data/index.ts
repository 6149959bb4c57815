import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { MyDataExportSchema, SyncQuerySchema, SyncResponseSchema } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import { fhirBundleOf, fhirBundleSchema, fhirJson } from '../../export/fhir/bundle.ts';

/** "Mijn gegevens downloaden" (A7) and the sync of the offline copy: both the whole view of one person. */
export default async function myDataRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/gezinnen/:familyId/export',
    { schema: { summary: 'Alles wat Ons Plan over mij heeft, als JSON', params: familyIdParams, response: { 200: MyDataExportSchema, ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const data = await signedIn(request).repo.exportMine(request.params.familyId);
      reply.header('content-disposition', `attachment; filename="ons-plan-mijn-gegevens-${data.exportedAt.slice(0, 10)}.json"`);
      return data;
    },
  );

  // The same export, as a FHIR R4 Bundle for another care system: made from the filtered export
  // above, so it holds no more than that; logged the same way, as an export of "mijn gegevens".
  app.get(
    '/gezinnen/:familyId/export/fhir',
    {
      schema: {
        summary: 'Alles wat Ons Plan over mij heeft, als FHIR R4 Bundle (application/fhir+json)',
        params: familyIdParams,
        response: {
          200: { description: 'Een FHIR R4 Bundle (collection)', content: { [fhirJson]: { schema: fhirBundleSchema } } },
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const data = await signedIn(request).repo.exportMine(request.params.familyId);
      reply.type(`${fhirJson}; charset=utf-8`);
      reply.header('content-disposition', `attachment; filename="ons-plan-mijn-gegevens-${data.exportedAt.slice(0, 10)}.fhir.json"`);
      return fhirBundleOf(data);
    },
  );

  app.get(
    '/gezinnen/:familyId/synchronisatie',
    { schema: { summary: 'Wat er veranderde voor mij sinds een volgnummer', params: familyIdParams, querystring: SyncQuerySchema, response: { 200: SyncResponseSchema, ...problemResponses(400, 401, 404) } } },
    async (request) => signedIn(request).repo.sync(request.params.familyId, Number(request.query.since ?? 0), request.query.day),
  );
}
