import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

export const printables = ['plan', 'mijn-gegevens'] as const;

/**
 * The portal says it prints a page, so the print is in the access log (REQUIREMENTS D1): the plan
 * as one page "wie doet wat wanneer" (G3) or the printable "Mijn gegevens" (A7). The browser prints
 * what it already has; this only records it, with what this person sees on that page.
 */
export default async function printRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Params: { familyId: string }; Body: { what: (typeof printables)[number] } }>(
    '/gezinnen/:familyId/afdrukken',
    {
      schema: {
        summary: 'Ik print een pagina (voor het toegangslog)',
        params: familyIdParams,
        body: { type: 'object', required: ['what'], additionalProperties: false, properties: { what: { type: 'string', enum: printables } } },
        response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await signedIn(request).repo.printed(request.params.familyId, request.body.what);
      return reply.code(204).send();
    },
  );
}
