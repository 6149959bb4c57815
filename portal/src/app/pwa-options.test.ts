import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { quickExitPath } from '@onsplan/shared';
import { describe, expect, it } from 'vitest';
import { neverCached, pwaOptions } from './pwa-options.ts';

describe('the installable app (F2, F4)', () => {
  const { injectManifest, manifest } = pwaOptions;
  const worker = readFileSync(resolve(import.meta.dirname, '../sw.ts'), 'utf8');

  it('caches no answer of the API or of sign-in at run time, and never answers them with the app page', () => {
    // Two routes: Snel weg's way out (to the network, never a cache), and the app page for other navigations, except the API (the denylist below).
    expect(worker.match(/registerRoute\(/g)).toHaveLength(2);
    expect(worker).toContain('registerRoute(isQuickExitNavigation,');
    expect(worker).toContain('new NavigationRoute(createHandlerBoundToURL(\'/index.html\'), { denylist: neverCached })');
    expect(worker).not.toMatch(/workbox-strategies|CacheFirst|NetworkFirst|StaleWhileRevalidate|caches\.open/);
    for (const path of ['/api/v1/ik', '/api/v1/auth/inlog', '/api/v1/auth/inlog-opties', '/api/v1/gezinnen/x/plan', '/api/v1/gezinnen/x/documenten/y/download']) {
      expect(neverCached.some((pattern) => pattern.test(path)), path).toBe(true);
    }
    expect(neverCached.some((pattern) => pattern.test(quickExitPath)), 'Snel weg').toBe(true);
    expect(neverCached.some((pattern) => pattern.test('/plan/x'))).toBe(false);
  });

  it('precaches only files of the built app shell', () => {
    expect(injectManifest?.globPatterns).toEqual(['**/*.{html,js,css,svg,png,webmanifest}']);
    expect(injectManifest?.globPatterns?.join()).not.toMatch(/json|api/);
  });

  it('waits for the person before a new version takes over', () => {
    expect(pwaOptions.registerType).toBe('prompt');
    // skipWaiting only when the page asks for it ("Herladen"), and never clientsClaim.
    expect(worker.match(/skipWaiting\(/g)).toHaveLength(1);
    expect(worker).not.toContain('clientsClaim');
    expect(worker).toMatch(/SKIP_WAITING'\) void self\.skipWaiting\(\)/);
  });

  it('shows the one neutral notice on every push, whatever it carries', () => {
    expect(worker).toMatch(/addEventListener\('push', \(event: PushEvent\) => \{\s*event\.waitUntil\(self\.registration\.showNotification\(newsNotification\.title, newsNotification\.options\)\);/);
  });

  it('has a neutral name and icons that say nothing about youth care', () => {
    const words = JSON.stringify(manifest).toLowerCase();
    for (const telling of ['ons plan', 'jeugd', 'bescherming', 'veilig', 'gezin', 'hulp', 'zorg']) expect(words).not.toContain(telling);
    expect(manifest && manifest.name).toBe('Mijn plan');
    expect(manifest && manifest.icons?.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
});
