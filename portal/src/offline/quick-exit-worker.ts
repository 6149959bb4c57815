import { defaultNeutralSite, quickExitPath, safeNeutralSite } from '@onsplan/shared';
import { isShellCache } from './shell-cache.ts';

/** What the service worker needs to let Snel weg leave without a network: a seam, so a test can stand in for each. */
export interface WorkerExitSeam {
  network(request: Request): Promise<Response>;
  /** The app page as the worker keeps it: the server wrote its NEUTRAL_SITE into it (api/src/http/portal-page.ts). */
  shellPage(): Promise<Response | undefined>;
  indexedDB?: Pick<IDBFactory, 'databases' | 'deleteDatabase'>;
  caches?: Pick<CacheStorage, 'keys' | 'delete'>;
  /** Keeps the worker alive for the deletes after the answer has gone. */
  waitUntil(work: Promise<unknown>): void;
}

/** A page opening Snel weg's link (the drawn button, before or without the page's script). */
export const isQuickExitNavigation = ({ request, url }: { request: Pick<Request, 'mode'>; url: URL }): boolean =>
  request.mode === 'navigate' && url.pathname === quickExitPath;

/**
 * Snel weg's link through the service worker. Online the server answers: it ends the session and
 * tells the browser to forget the site. Without a network the worker must never show the app page
 * or an error page with the portal's address: it sends the person on to the neutral site at once,
 * and deletes the local copy and any cache but the app shell, as the page would have.
 */
export async function leaveThroughWorker(request: Request, seam: WorkerExitSeam, waitMs = networkWaitMs): Promise<Response> {
  let waited: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = await Promise.race([
      seam.network(request),
      new Promise<never>((_, fail) => (waited = setTimeout(() => fail(new Error('no answer')), waitMs))),
    ]);
    // Only the server's way out will do: a proxy's 502 or a gateway page would keep the person at the portal's address.
    if (answer.type === 'opaqueredirect' || (answer.status >= 300 && answer.status < 400)) return answer;
    throw new Error(`Snel weg answered ${answer.status}`);
  } catch {
    seam.waitUntil(forgetWhatTheWorkerCan(seam).catch(() => undefined));
    return Response.redirect(await neutralSiteOfShell(seam).catch(() => defaultNeutralSite), 303);
  } finally {
    clearTimeout(waited);
  }
}

/** How long Snel weg's link waits for the server on a bad connection before the worker leaves by itself. */
export const networkWaitMs = 3_000;

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>' };

async function neutralSiteOfShell(seam: WorkerExitSeam): Promise<string> {
  const page = await (await seam.shellPage())?.text();
  const named = /<meta name="onsplan-neutral-site" content="([^"]*)"/.exec(page ?? '')?.[1];
  return safeNeutralSite(named?.replace(/&(amp|quot|lt|gt);/g, (entity) => entities[entity]!));
}

async function forgetWhatTheWorkerCan(seam: WorkerExitSeam): Promise<void> {
  const databases = (await seam.indexedDB?.databases().catch(() => [])) ?? [];
  for (const { name } of databases) if (name) seam.indexedDB!.deleteDatabase(name);
  const caches = (await seam.caches?.keys()) ?? [];
  await Promise.all(caches.filter((name) => !isShellCache(name)).map((name) => seam.caches!.delete(name)));
}
