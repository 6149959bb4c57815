import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { startPageFile } from '../api/src/http/portal-page.ts';
import { dutchTextParts } from './dutch-text-parts.ts';

/**
 * Renders the start page (portal/src/prerender/start-page.tsx) with React on the server side once
 * per build, through Vite itself so the portal's TSX, its virtual text modules and its CSS imports
 * resolve as in the app. Only the signed-out start page is prerendered: every other screen depends
 * on who is signed in. The markup goes beside Vite's manifest: a folder the server does not serve
 * as files (dotfiles) and the service worker does not precache.
 */
export function prerenderStartPage(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'onsplan-prerender-start-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const server = await createServer({
        configFile: false,
        root,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
        plugins: [react(), dutchTextParts(), noServiceWorkerYet()],
      });
      try {
        const { startPageMarkup } = (await server.ssrLoadModule('/src/prerender/start-page.tsx')) as { startPageMarkup: () => Promise<string> };
        const target = resolve(outDir, startPageFile);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, await startPageMarkup());
      } finally {
        await server.close();
      }
    },
  };
}

/** At build time there is no service worker and so no new version: the update prompt shows nothing. */
function noServiceWorkerYet(): Plugin {
  const id = 'virtual:pwa-register/react';
  return {
    name: 'onsplan-prerender-no-service-worker',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (loaded) =>
      loaded === `\0${id}` ? 'export const useRegisterSW = () => ({ needRefresh: [false, () => {}], offlineReady: [false, () => {}], updateServiceWorker: async () => {} });' : undefined,
  };
}
