import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  AcceptContactChangeSchema,
  ContactChangeListQuerySchema,
  ContactChangeListSchema,
  ContactChangeParamsSchema,
  ContactChangeViewSchema,
  DeclineContactChangeSchema,
  NewContactChangeSchema,
  Ref,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** "Contactgegevens wijzigen": a member proposes, a professional of the family accepts or declines. */
export default async function contactChangeRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.addSchema(ContactChangeViewSchema);
  app.addSchema(ContactChangeListSchema);
  const decided = { 200: Ref(ContactChangeViewSchema), ...problemResponses(400, 401, 403, 404, 409, 415) };

  app.get(
    '/gezinnen/:familyId/contactwijzigingen',
    {
      schema: {
        summary: 'Voorstellen voor nieuwe contactgegevens die ik mag zien',
        params: familyIdParams,
        querystring: ContactChangeListQuerySchema,
        response: { 200: Ref(ContactChangeListSchema), ...problemResponses(400, 401, 404) },
      },
    },
    async (request) => signedIn(request).repo.contactChanges.list(request.params.familyId, request.query.status),
  );

  app.post(
    '/gezinnen/:familyId/contactwijzigingen',
    {
      schema: {
        summary: 'Een nieuw adres, telefoonnummer of e-mailadres voorstellen',
        params: familyIdParams,
        body: NewContactChangeSchema,
        response: { 200: Ref(ContactChangeViewSchema), 201: Ref(ContactChangeViewSchema), ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply) => {
      const { change, created } = await signedIn(request).repo.contactChanges.propose(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return change;
    },
  );

  app.post(
    '/gezinnen/:familyId/contactwijzigingen/:changeId/akkoord',
    { schema: { summary: 'Een voorstel overnemen (professional), eventueel afgeschermd', params: ContactChangeParamsSchema, body: AcceptContactChangeSchema, response: decided } },
    async (request) => signedIn(request).repo.contactChanges.accept(request.params.familyId, request.params.changeId, request.body ?? {}),
  );

  app.post(
    '/gezinnen/:familyId/contactwijzigingen/:changeId/afwijzing',
    { schema: { summary: 'Een voorstel niet overnemen (professional)', params: ContactChangeParamsSchema, body: DeclineContactChangeSchema, response: decided } },
    async (request) => signedIn(request).repo.contactChanges.decline(request.params.familyId, request.params.changeId, request.body ?? {}),
  );
}
