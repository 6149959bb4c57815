import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * `__Host-` makes the browser refuse the cookie unless it is Secure, has Path=/ and no Domain, so no
 * subdomain or plain-http page can set or read it. Browsers treat http://localhost as a secure
 * context and accept Secure cookies there, so the same cookie works for local use.
 */
export const sessionCookieName = '__Host-onsplan';

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[sessionCookieName];
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(sessionCookieName, token, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: '/', httpOnly: true, secure: true, sameSite: 'strict' });
}
