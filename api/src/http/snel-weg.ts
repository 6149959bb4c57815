import { quickExitPath, safeNeutralSite } from '@onsplan/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Services } from '../services.ts';
import { endServerSession } from './end-session.ts';
import { clearSessionCookie } from './session-cookie.ts';

/**
 * What a browser may keep of this site, all dropped when Snel weg leaves (REQUIREMENTS F1): the
 * local copy in IndexedDB, the app shell and the service worker ("storage"), anything cached, the cookie.
 */
export const leaveEverything = '"cache", "cookies", "storage"';

/** How long the way out waits for the session to end; after that it ends on its own, behind the person's back. */
export const sessionEndWaitMs = 1_000;

/**
 * Only a Snel weg from the portal itself (or typed, or a bookmark) wipes the site: another site
 * linking here must not delete a member's offline writes that have not been sent. Browsers that do
 * not say where a navigation came from are trusted: without the wipe, the phone would keep the copy.
 */
function fromThePortal(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * Snel weg without the page's script (REQUIREMENTS F3): the drawn button is a link here, so it
 * leaves from the first paint, before the JavaScript has loaded on a slow phone, or when it never
 * does. It ends the session, tells the browser to forget this site, and sends it on to NEUTRAL_SITE.
 * A page route, not part of the API or its OpenAPI document. A GET that ends a session cannot be
 * abused from another site: the session cookie is SameSite=Strict, so it only comes along from the
 * portal itself. A link and not a form: CSP `form-action 'self'` would stop a form's redirect away.
 */
export async function snelWegRoute(app: FastifyInstance, { services }: { services: Services }): Promise<void> {
  // No HEAD twin: a link checker or prefetcher asking HEAD must not end anyone's session.
  app.get(quickExitPath, { schema: { hide: true }, exposeHeadRoute: false }, async (request, reply) => {
    // The way out comes first: a failing or stalled database must not keep anyone on the page.
    const ending = endServerSession(services, request).catch((error: unknown) => {
      request.log.error({ error: error instanceof Error ? error.message : String(error) }, 'snel weg: the session could not be ended');
    });
    let waited: NodeJS.Timeout | undefined;
    await Promise.race([ending, new Promise((done) => (waited = setTimeout(done, sessionEndWaitMs)))]);
    clearTimeout(waited);
    clearSessionCookie(reply);
    if (fromThePortal(request)) reply.header('clear-site-data', leaveEverything);
    return reply
      .code(303)
      .header('location', safeNeutralSite(services.config.neutralSite))
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .send();
  });
}
