/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { neverCached } from './app/pwa-options.ts';
import { isQuickExitNavigation, leaveThroughWorker } from './offline/quick-exit-worker.ts';
import { newsNotification } from './push/news-notification.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0] };

// The app shell only (REQUIREMENTS F2): the built page, code, styles and icons. No runtime caching
// at all, so no API answer ever lands in Cache Storage.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Snel weg's link, pressed before the page's script runs: to the server, and without a network
// straight on to the neutral site (quick-exit-worker.ts). Never the app page.
registerRoute(isQuickExitNavigation, ({ request, event }) =>
  leaveThroughWorker(request, {
    network: (r) => fetch(r),
    shellPage: () => matchPrecache('/index.html'),
    indexedDB: self.indexedDB,
    caches: self.caches,
    waitUntil: (work) => (event as ExtendableEvent).waitUntil(work),
  }),
);
// Opening any screen without a network starts the app from the cached page, except API addresses
// (a download link opened as a page): those must reach the server.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: neverCached }));

// A new version takes over only after "Herladen" (UpdatePrompt): a form being filled in is not lost.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Every push shows the one neutral notice, whatever it carries: browsers stop delivering to a
// site that receives pushes without showing anything (userVisibleOnly).
self.addEventListener('push', (event: PushEvent) => {
  event.waitUntil(self.registration.showNotification(newsNotification.title, newsNotification.options));
});

// A tap opens the app: an open window of it comes to the front, else a new one starts on the plan.
self.addEventListener('notificationclick', (event: NotificationEvent) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (open) return void (await open.focus());
      await self.clients.openWindow(newsNotification.options.data.open);
    })(),
  );
});
