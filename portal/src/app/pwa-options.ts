import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The installable app (issue 4). The name and icon say nothing about youth care or protection
 * (REQUIREMENTS F4): on a shared phone it is just "Mijn plan" with a note icon. The service worker
 * keeps the app shell only (F2): API answers, sign-in and downloads always go to the network and
 * are never stored, so nothing of a member lands in Cache Storage. It also shows the one neutral
 * notice of Web Push (portal/src/sw.ts).
 */
export const appName = 'Mijn plan';

/**
 * Requests the service worker must never answer from a cache or keep: the whole API, sign-in
 * included, and Snel weg's way out (which must leave, never open the app page).
 */
export const neverCached = [/^\/api\//, /^\/snel-weg$/];

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
  // Our own service worker (portal/src/sw.ts): the app shell as before, plus the push handler.
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  injectManifest: {
    // The shell: the page, its code, styles and icons. Nothing else is precached.
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
  },
};
