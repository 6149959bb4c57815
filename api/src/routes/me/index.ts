import type { Me } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { actingAsOf } from '../../http/acting-as.ts';
import { signedIn } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { meOf } from './me-of.ts';

export default async function meRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  app.get('/ik', { schema: { summary: 'Wie ben ik', response: { 200: { $ref: 'Me#' }, ...problemResponses(401) } } }, async (request): Promise<Me> => {
    const { session, principal } = signedIn(request);
    // A choice the helper no longer has (help ended) names nobody: the portal then asks again.
    return meOf(principal, session, opts.services, actingAsOf(request));
  });
}
