import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sessionState, type Session } from '../auth/sessions.ts';
import type { Principal } from '../data/principals.ts';
import { attemptedAction, idsIn } from '../data/refusals.ts';
import type { ScopedRepository } from '../data/scoped-repository.ts';
import type { Services } from '../services.ts';
import { actingAsOf, refuseWritesWhilePreviewing } from './acting-as.ts';
import { AppError } from './problems.ts';
import { clearSessionCookie, sessionToken } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
    principal: Principal | null;
    repo: ScopedRepository | null;
  }
}

/** The signed-in context of a request inside the authenticated prefix. */
export function signedIn(request: FastifyRequest): { session: Session; principal: Principal; repo: ScopedRepository } {
  if (!request.session || !request.principal || !request.repo) throw new AppError('niet-ingelogd');
  return { session: request.session, principal: request.principal, repo: request.repo };
}

/**
 * One hook for a whole prefix (fastify/demo style): a request gets through only with a live
 * session of an existing user, and leaves with the scoped repository built from it.
 */
export function requireSignIn(app: FastifyInstance, services: Services): void {
  app.decorateRequest('session', null);
  app.decorateRequest('principal', null);
  app.decorateRequest('repo', null);
  app.addHook('onRequest', async (request, reply) => {
    const token = sessionToken(request);
    const session = token ? await services.sessions.find(token) : undefined;
    if (!session?.userId) {
      if (token) clearSessionCookie(reply);
      throw new AppError('niet-ingelogd');
    }
    const state = sessionState(session, services.clock.now(), services.config.sessionIdleMs);
    if (state !== 'actief') {
      if (state !== 'beeindigd') await services.sessions.end(session, state);
      clearSessionCookie(reply);
      throw new AppError(state === 'beeindigd' ? 'niet-ingelogd' : 'sessie-verlopen');
    }
    const principal = await services.directory.resolve(session.userId);
    if (!principal) throw new AppError('niet-ingelogd');
    const actingAs = actingAsOf(request);
    await services.sessions.touch(session);
    request.session = session;
    request.principal = principal;
    request.repo = services.repositoryFor(principal, request.ip, actingAs);
    // After the repo exists, so the refused write is logged like any other 403.
    refuseWritesWhilePreviewing(request, actingAs);
  });
  // A refused attempt (403, or 404 on something that exists but is hidden) goes into the access
  // log (REQUIREMENTS D1). The data layer knows what was hidden; the answer stays the same.
  app.addHook('onError', async (request, _reply, error) => {
    if (!request.repo || !(error instanceof AppError) || error.code === 'verkeerde-herkomst') return;
    if (error.statusCode !== 403 && error.statusCode !== 404) return;
    request.repo.refused(
      { status: error.statusCode, action: attemptedAction(request.method), route: `${request.method} ${request.routeOptions.url ?? ''}`, ids: idsIn(request.params, request.query, request.body) },
      (failure) => request.log.error({ err: { type: failure instanceof Error ? failure.name : 'unknown', message: failure instanceof Error ? failure.message : '' } }, 'access log: a refused attempt could not be stored'),
    );
  });
}
