import type { AccessLogPage } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { accessLogPageSize } from '../../data/access-log-view.ts';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import { accessLogPageSchema } from './schemas.ts';

// Query strings are not coerced (coerceTypes is off), so numbers arrive as digits.
const pageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    before: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,2}$' },
  },
} as const;

/** "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3). */
export default async function accessLogRoutes(app: FastifyInstance): Promise<void> {
  app.addSchema(accessLogPageSchema);

  app.get<{ Params: { familyId: string }; Querystring: { before?: string; limit?: string } }>(
    '/families/:familyId/access-log',
    {
      schema: {
        summary: 'Wie mijn gegevens bekeek, nieuwste eerst',
        params: familyIdParams,
        querystring: pageQuery,
        response: { 200: { $ref: 'AccessLogPage#' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request): Promise<AccessLogPage> => {
      const { before, limit } = request.query;
      return signedIn(request).repo.accessLog.page(request.params.familyId, {
        ...(before ? { before } : {}),
        limit: limit ? Math.min(Number(limit), accessLogPageSize.max) : accessLogPageSize.default,
      });
    },
  );
}
