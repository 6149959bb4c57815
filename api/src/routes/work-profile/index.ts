import type { FamilyContactList, WorkProfile } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

const nullableText = (maxLength: number) => ({ type: ['string', 'null'], maxLength }) as const;

const workProfileSchema = {
  $id: 'WorkProfile',
  type: 'object',
  required: ['workPhone', 'workHours'],
  additionalProperties: false,
  properties: { workPhone: nullableText(40), workHours: nullableText(200) },
} as const;

const familyContactsSchema = {
  $id: 'FamilyContacts',
  type: 'object',
  required: ['professionals'],
  additionalProperties: false,
  properties: {
    professionals: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'jobTitle', 'organisation', 'workPhone', 'workHours'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, jobTitle: nullableText(200), organisation: nullableText(200), workPhone: nullableText(40), workHours: nullableText(200) },
      },
    },
  },
} as const;

/** A professional's work phone and hours (her profile), and "Contact met uw hulpverlener" for members. */
export default async function workProfileRoutes(app: FastifyInstance): Promise<void> {
  app.addSchema(workProfileSchema);
  app.addSchema(familyContactsSchema);

  app.get('/ik/werkprofiel', { schema: { summary: 'Mijn werktelefoon en bereikbaarheid (professionals)', response: { 200: { $ref: 'WorkProfile#' }, ...problemResponses(401, 403) } } }, async (request): Promise<WorkProfile> =>
    signedIn(request).repo.workProfile.mine(),
  );

  app.put<{ Body: WorkProfile }>(
    '/ik/werkprofiel',
    { schema: { summary: 'Mijn werktelefoon en bereikbaarheid wijzigen', body: workProfileSchema, response: { 200: { $ref: 'WorkProfile#' }, ...problemResponses(400, 401, 403, 415) } } },
    async (request): Promise<WorkProfile> => signedIn(request).repo.workProfile.update(request.body),
  );

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/hulpverleners',
    { schema: { summary: 'Contact met de hulpverleners van het gezin', params: familyIdParams, response: { 200: { $ref: 'FamilyContacts#' }, ...problemResponses(400, 401, 404) } } },
    async (request): Promise<FamilyContactList> => signedIn(request).repo.workProfile.familyContacts(request.params.familyId),
  );
}
