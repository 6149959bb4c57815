import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { NoContent, PrintedSchema } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/**
 * The portal says it prints a page, so the print is in the access log (REQUIREMENTS D1): the plan
 * as one page "wie doet wat wanneer" (G3) or the printable "Mijn gegevens" (A7). The browser prints
 * what it already has; this only records it, with what this person sees on that page.
 */
export default async function printRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.post(
    '/gezinnen/:familyId/afdrukken',
    { schema: { summary: 'Ik print een pagina (voor het toegangslog)', params: familyIdParams, body: PrintedSchema, response: { 204: NoContent(), ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      await signedIn(request).repo.printed(request.params.familyId, request.body.what);
      return reply.code(204).send();
    },
  );
}
