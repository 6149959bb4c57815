import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The installable app (issue 4). The name and icon say nothing about youth care or protection
 * (REQUIREMENTS F4): on a shared phone it is just "Mijn plan" with a note icon. The service worker
 * keeps the app shell only (F2): API answers, sign-in and downloads always go to the network and
 * are never stored, so nothing of a member lands in Cache Storage.
 */
export const appName = 'Mijn plan';

/** Requests the service worker must never answer from a cache or keep: the whole API, sign-in included. */
export const neverCached = [/^\/api\//];

export const pwaOptions: Partial<VitePWAOptions> = {
  // A new version waits until the person agrees to reload: a form being filled in is not lost.
  registerType: 'prompt',
  // Registered from the app (a lazy chunk), not by an inline script: the CSP allows no inline scripts.
  injectRegister: false,
  // The glob below already takes the icons along.
  includeManifestIcons: false,
  manifest: {
    id: '/',
    name: appName,
    short_name: appName,
    description: 'Uw afspraken, ook zonder internet.',
    lang: 'nl',
    start_url: '/plan',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#2f6f73',
    icons: [
      { src: '/app-icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/app-icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/app-icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/app-icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // The shell: the page, its code, styles and icons. Nothing else is precached.
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
    // Opening any screen without a network starts the app from the cached page...
    navigateFallback: '/index.html',
    // ...except API addresses (a download link opened as a page): those must reach the server.
    navigateFallbackDenylist: neverCached,
    // No runtime caching at all: every API answer stays out of Cache Storage.
    runtimeCaching: [],
    cleanupOutdatedCaches: true,
    // The new version takes over only after "Herladen" (registerType prompt).
    skipWaiting: false,
    clientsClaim: false,
  },
};
