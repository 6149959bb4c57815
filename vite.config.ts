import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { pwaOptions } from './portal/src/app/pwa-options.ts';
import { dutchTextParts } from './scripts/dutch-text-parts.ts';
import { precompress } from './scripts/precompress.ts';
import { prerenderStartPage } from './scripts/prerender-start-page.ts';

// The portal is built from portal/ into dist/portal, which the API serves on the same port.
export default defineConfig({
  root: 'portal',
  publicDir: 'public',
  plugins: [react(), dutchTextParts(), VitePWA(pwaOptions), prerenderStartPage(), precompress()],
  build: {
    outDir: '../dist/portal',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  test: {
    root: '.',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core CI machine.
    // Two keep both cores busy (the PostgreSQL server and PGlite work beside the tests); e2e stays one file at a time.
    maxWorkers: 2,
    projects: [
      {
        // The portal's code imports the Dutch texts in parts, as the build makes them.
        plugins: [dutchTextParts()],
        test: {
          name: 'unit',
          root: '.',
          include: ['shared/src/**/*.test.ts', 'api/src/**/*.test.ts', 'portal/src/**/*.test.{ts,tsx}', 'tests/architecture/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'int',
          root: '.',
          include: ['api/src/**/*.int.test.ts', 'tests/**/*.int.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One worker runs many files: each worker builds the seeded template database once, not per file.
          isolate: false,
        },
      },
      // The same integration tests again on a real PostgreSQL server, when scripts/test.sh started one.
      ...(process.env.PG_TEST_URL
        ? [
            {
              test: {
                name: 'int-pg',
                root: '.',
                include: ['api/src/**/*.int.test.ts', 'tests/**/*.int.test.ts'],
                env: { TEST_DATABASE_URL: process.env.PG_TEST_URL },
                testTimeout: 30_000,
                hookTimeout: 60_000,
                isolate: false,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // Files share one module graph, so the seeded template database and the compiled schemas are
          // made once for all files instead of once per file (about seven seconds of CPU each).
          isolate: false,
          // One file at a time, after the other projects (Vitest runs projects with other worker counts in their own group).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
