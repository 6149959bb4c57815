import type { AccessLogPage } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { accessLogCursor, accessLogPageSize } from '../../data/access-log-view.ts';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import { accessLogPageSchema } from './schemas.ts';

// Query strings are not coerced (coerceTypes is off), so numbers and switches arrive as text.
const pageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    before: { type: 'string', pattern: accessLogCursor.source },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,2}$' },
    /** "Ook wat ik zelf bekeek": 1 also shows the member's own entries. */
    own: { type: 'string', enum: ['0', '1'] },
    /** Only this person: an id from the page's `people`. */
    person: { type: 'string', format: 'uuid' },
  },
} as const;

interface PageQuery {
  before?: string;
  limit?: string;
  own?: '0' | '1';
  person?: string;
}

/** "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3). */
export default async function accessLogRoutes(app: FastifyInstance): Promise<void> {
  app.addSchema(accessLogPageSchema);

  app.get<{ Params: { familyId: string }; Querystring: PageQuery }>(
    '/gezinnen/:familyId/logboek',
    {
      schema: {
        summary: 'Wie mijn gegevens bekeek: per persoon en per dag, nieuwste dag eerst; eigen bezoeken alleen op verzoek',
        params: familyIdParams,
        querystring: pageQuery,
        response: { 200: { $ref: 'AccessLogPage#' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request): Promise<AccessLogPage> => {
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
