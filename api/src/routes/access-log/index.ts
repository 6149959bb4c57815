import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AccessLogPageSchema, Ref, StringEnum, Uuid } from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { accessLogCursor, accessLogPageSize } from '../../data/access-log-view.ts';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

// Query strings are not coerced (coerceTypes is off), so numbers and switches arrive as text.
// `own`: "Ook wat ik zelf bekeek", 1 also shows the member's own entries; `person`: only this person, an id from the page's `people`.
const pageQuery = Type.Object(
  {
    before: Type.Optional(Type.String({ pattern: accessLogCursor.source })),
    limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}$' })),
    own: Type.Optional(StringEnum(['0', '1'])),
    person: Type.Optional(Uuid()),
  },
  { additionalProperties: false },
);

/** "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3). */
export default async function accessLogRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.addSchema(AccessLogPageSchema);

  app.get(
    '/gezinnen/:familyId/logboek',
    {
      schema: {
        summary: 'Wie mijn gegevens bekeek: per persoon en per dag, nieuwste dag eerst; eigen bezoeken alleen op verzoek',
        params: familyIdParams,
        querystring: pageQuery,
        response: { 200: Ref(AccessLogPageSchema), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { before, limit, own, person } = request.query;
      return signedIn(request).repo.accessLog.page(request.params.familyId, {
        ...(before ? { before } : {}),
        ...(person ? { person } : {}),
        own: own === '1',
        limit: limit ? Math.min(Number(limit), accessLogPageSize.max) : accessLogPageSize.default,
      });
    },
  );
}
