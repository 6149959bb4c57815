import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { FamilyContactListSchema, Ref, WorkProfileSchema } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** A professional's work phone and hours (her profile), and "Contact met uw hulpverlener" for members. */
export default async function workProfileRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.addSchema(WorkProfileSchema);
  app.addSchema(FamilyContactListSchema);

  app.get('/ik/werkprofiel', { schema: { summary: 'Mijn werktelefoon en bereikbaarheid (professionals)', response: { 200: Ref(WorkProfileSchema), ...problemResponses(401, 403) } } }, async (request) =>
    signedIn(request).repo.workProfile.mine(),
  );

  app.put(
    '/ik/werkprofiel',
    { schema: { summary: 'Mijn werktelefoon en bereikbaarheid wijzigen', body: WorkProfileSchema, response: { 200: Ref(WorkProfileSchema), ...problemResponses(400, 401, 403, 415) } } },
    async (request) => signedIn(request).repo.workProfile.update(request.body),
  );

  app.get(
    '/gezinnen/:familyId/hulpverleners',
    { schema: { summary: 'Contact met de hulpverleners van het gezin', params: familyIdParams, response: { 200: Ref(FamilyContactListSchema), ...problemResponses(400, 401, 404) } } },
    async (request) => signedIn(request).repo.workProfile.familyContacts(request.params.familyId),
  );
}
