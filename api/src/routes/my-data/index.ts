import type { MyDataExport, SyncResponse } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import { fhirBundleOf, fhirJson } from '../../export/fhir/bundle.ts';

// The parts come from the other routes, whose response schemas already filter them; here they pass as they are.
const anyObject = { type: 'object', additionalProperties: true } as const;
const nullableObject = { type: ['object', 'null'], additionalProperties: true } as const;

const exportSchema = {
  type: 'object',
  required: ['exportedAt', 'familyId', 'family'],
  properties: {
    exportedAt: { type: 'string' },
    familyId: { type: 'string' },
    family: anyObject,
    plan: nullableObject,
    comments: nullableObject,
    instemming: nullableObject,
    toestemming: nullableObject,
    correctieverzoeken: nullableObject,
    eigenVerklaringen: nullableObject,
    documents: nullableObject,
    contactChanges: nullableObject,
    contact: nullableObject,
    agenda: nullableObject,
    scores: nullableObject,
    accessLog: { type: ['array', 'null'], items: anyObject },
  },
} as const;

const syncQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { since: { type: 'string', pattern: '^\\d{1,15}$' }, day: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
} as const;

const syncSchema = {
  type: 'object',
  required: ['familyId', 'cursor', 'day', 'unchanged', 'records', 'tombstones'],
  properties: {
    familyId: { type: 'string' },
    cursor: { type: 'integer' },
    day: { type: 'string' },
    unchanged: { type: 'boolean' },
    records: { type: 'array', items: { type: 'object', required: ['kind', 'id', 'data'], properties: { kind: { type: 'string' }, id: { type: 'string' }, data: anyObject } } },
    tombstones: { type: 'array', items: { type: 'object', required: ['kind', 'id'], properties: { kind: { type: 'string' }, id: { type: 'string' } } } },
  },
} as const;

/** "Mijn gegevens downloaden" (A7) and the sync of the offline copy: both the whole view of one person. */
export default async function myDataRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/export',
    { schema: { summary: 'Alles wat Ons Plan over mij heeft, als JSON', params: familyIdParams, response: { 200: exportSchema, ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply): Promise<MyDataExport> => {
      const data = await signedIn(request).repo.exportMine(request.params.familyId);
      reply.header('content-disposition', `attachment; filename="ons-plan-mijn-gegevens-${data.exportedAt.slice(0, 10)}.json"`);
      return data;
    },
  );

  // The same export, as a FHIR R4 Bundle for another care system: made from the filtered export
  // above, so it holds no more than that; logged the same way, as an export of "mijn gegevens".
  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/export/fhir',
    {
      schema: {
        summary: 'Alles wat Ons Plan over mij heeft, als FHIR R4 Bundle (application/fhir+json)',
        params: familyIdParams,
        response: {
          200: { description: 'Een FHIR R4 Bundle (collection)', content: { [fhirJson]: { schema: { type: 'object', required: ['resourceType', 'type', 'entry'], additionalProperties: true } } } },
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

  app.get<{ Params: { familyId: string }; Querystring: { since?: string; day?: string } }>(
    '/gezinnen/:familyId/synchronisatie',
    { schema: { summary: 'Wat er veranderde voor mij sinds een volgnummer', params: familyIdParams, querystring: syncQuery, response: { 200: syncSchema, ...problemResponses(400, 401, 404) } } },
    async (request): Promise<SyncResponse> => signedIn(request).repo.sync(request.params.familyId, Number(request.query.since ?? 0), request.query.day),
  );
}
