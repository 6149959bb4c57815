import type { FastifyReply, FastifyRequest } from 'fastify';
import { accountEntry } from '../data/account-entries.ts';
import type { Services } from '../services.ts';
import { clearSessionCookie, sessionToken } from './session-cookie.ts';

/**
 * Ends the browser's session, as signing out and Snel weg both do: the server forgets it, the
 * account log says "uitloggen" (NEN 7513), and the cookie is cleared. Nothing happens to a session
 * that was already over.
 */
export async function endBrowserSession(services: Services, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  await endServerSession(services, request);
  clearSessionCookie(reply);
}

/** The server's half: forgets the session the request came with, and logs "uitloggen". */
export async function endServerSession(services: Services, request: FastifyRequest): Promise<void> {
  const token = sessionToken(request);
  const session = token ? await services.sessions.find(token) : undefined;
  if (session && !session.endedAt) {
    await services.sessions.end(session, 'uitgelogd');
    // An account that was switched off meanwhile has no one left to name.
    const principal = session.userId ? await services.directory.resolve(session.userId) : undefined;
    if (principal) await services.log.record(accountEntry(principal, 'uitloggen', request.ip, services.clock.now()));
  }
}
