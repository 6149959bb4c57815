import type { AcceptContactChange, ContactChangeList, ContactChangeStatus, ContactChangeView, DeclineContactChange, NewContactChange } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import {
  acceptContactChangeSchema,
  contactChangeListQuery,
  contactChangeListSchema,
  contactChangeParams,
  contactChangeSchema,
  declineContactChangeSchema,
  newContactChangeSchema,
} from './schemas.ts';

type ChangeParams = { familyId: string; changeId: string };

/** "Contactgegevens wijzigen": a member proposes, a professional of the family accepts or declines. */
export default async function contactChangeRoutes(app: FastifyInstance): Promise<void> {
  app.addSchema(contactChangeSchema);
  app.addSchema(contactChangeListSchema);
  const decided = { 200: { $ref: 'ContactChange#' }, ...problemResponses(400, 401, 403, 404, 409, 415) };

  app.get<{ Params: { familyId: string }; Querystring: { status?: ContactChangeStatus } }>(
    '/gezinnen/:familyId/contactwijzigingen',
    {
      schema: {
        summary: 'Voorstellen voor nieuwe contactgegevens die ik mag zien',
        params: familyIdParams,
        querystring: contactChangeListQuery,
        response: { 200: { $ref: 'ContactChangeList#' }, ...problemResponses(400, 401, 404) },
      },
    },
    async (request): Promise<ContactChangeList> => signedIn(request).repo.contactChanges.list(request.params.familyId, request.query.status),
  );

  app.post<{ Params: { familyId: string }; Body: NewContactChange }>(
    '/gezinnen/:familyId/contactwijzigingen',
    {
      schema: {
        summary: 'Een nieuw adres, telefoonnummer of e-mailadres voorstellen',
        params: familyIdParams,
        body: newContactChangeSchema,
        response: { 200: { $ref: 'ContactChange#' }, 201: { $ref: 'ContactChange#' }, ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request, reply): Promise<ContactChangeView> => {
      const { change, created } = await signedIn(request).repo.contactChanges.propose(request.params.familyId, request.body);
      reply.code(created ? 201 : 200);
      return change;
    },
  );

  app.post<{ Params: ChangeParams; Body: AcceptContactChange }>(
    '/gezinnen/:familyId/contactwijzigingen/:changeId/akkoord',
    { schema: { summary: 'Een voorstel overnemen (professional), eventueel afgeschermd', params: contactChangeParams, body: acceptContactChangeSchema, response: decided } },
    async (request): Promise<ContactChangeView> => signedIn(request).repo.contactChanges.accept(request.params.familyId, request.params.changeId, request.body ?? {}),
  );

  app.post<{ Params: ChangeParams; Body: DeclineContactChange }>(
    '/gezinnen/:familyId/contactwijzigingen/:changeId/afwijzing',
    { schema: { summary: 'Een voorstel niet overnemen (professional)', params: contactChangeParams, body: declineContactChangeSchema, response: decided } },
    async (request): Promise<ContactChangeView> => signedIn(request).repo.contactChanges.decline(request.params.familyId, request.params.changeId, request.body ?? {}),
  );
}
