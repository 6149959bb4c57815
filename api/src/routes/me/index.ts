import type { Me } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import { meOf } from './me-of.ts';

export default async function meRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  app.get('/me', { schema: { summary: 'Wie ben ik', response: { 200: { $ref: 'Me#' }, ...problemResponses(401) } } }, async (request): Promise<Me> => {
    const { session, principal } = signedIn(request);
    return meOf(principal, session, opts.services);
  });
}
