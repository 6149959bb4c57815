import { quickExitPath, safeNeutralSite } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { endBrowserSession } from './end-session.ts';
import { clearSessionCookie } from './session-cookie.ts';

/**
 * What a browser may keep of this site, all dropped when Snel weg leaves (REQUIREMENTS F1): the
 * local copy in IndexedDB, the app shell and the service worker ("storage"), anything cached, the cookie.
 */
export const leaveEverything = '"cache", "cookies", "storage"';

/**
 * Snel weg without the page's script (REQUIREMENTS F3): the drawn button is a link here, so it
 * leaves from the first paint, before the JavaScript has loaded on a slow phone, or when it never
 * does. It ends the session, tells the browser to forget this site, and sends it on to NEUTRAL_SITE.
 * A page route, not part of the API or its OpenAPI document. A GET that ends a session cannot be
 * abused from another site: the session cookie is SameSite=Strict, so it only comes along from the
 * portal itself. A link and not a form: CSP `form-action 'self'` would stop a form's redirect away.
 */
export async function snelWegRoute(app: FastifyInstance, { services }: { services: Services }): Promise<void> {
  app.get(quickExitPath, { schema: { hide: true } }, async (request, reply) => {
    // The way out comes first: a failing database must not keep anyone on the page.
    await endBrowserSession(services, request, reply).catch((error: unknown) => {
      request.log.error({ error: error instanceof Error ? error.message : String(error) }, 'snel weg: the session could not be ended');
      clearSessionCookie(reply);
    });
    return reply
      .code(303)
      .header('location', safeNeutralSite(services.config.neutralSite))
      .header('clear-site-data', leaveEverything)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .send();
  });
}
