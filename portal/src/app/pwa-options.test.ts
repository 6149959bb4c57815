import { describe, expect, it } from 'vitest';
import { neverCached, pwaOptions } from './pwa-options.ts';

describe('the installable app (F2, F4)', () => {
  const { workbox, manifest } = pwaOptions;

  it('caches no answer of the API or of sign-in at run time, and never answers them with the app page', () => {
    expect(workbox?.runtimeCaching ?? []).toEqual([]);
    for (const path of ['/api/me', '/api/auth/login', '/api/auth/login/options', '/api/families/x/plan', '/api/families/x/documents/y/download']) {
      expect(workbox?.navigateFallbackDenylist?.some((pattern) => pattern.test(path)), path).toBe(true);
      expect(neverCached.some((pattern) => pattern.test(path)), path).toBe(true);
    }
    expect(workbox?.navigateFallbackDenylist?.some((pattern) => pattern.test('/plan/x'))).toBe(false);
  });

  it('precaches only files of the built app shell', () => {
    expect(workbox?.globPatterns).toEqual(['**/*.{html,js,css,svg,png,webmanifest}']);
    expect(workbox?.globPatterns?.join()).not.toMatch(/json|api/);
  });

  it('waits for the person before a new version takes over', () => {
    expect(pwaOptions.registerType).toBe('prompt');
    expect(workbox?.skipWaiting).toBe(false);
  });

  it('has a neutral name and icons that say nothing about youth care', () => {
    const words = JSON.stringify(manifest).toLowerCase();
    for (const telling of ['ons plan', 'jeugd', 'bescherming', 'veilig', 'gezin', 'hulp', 'zorg']) expect(words).not.toContain(telling);
    expect(manifest && manifest.name).toBe('Mijn plan');
    expect(manifest && manifest.icons?.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
});
