import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The meta tag in portal/index.html that tells Snel weg where to go. */
export const neutralSiteMeta = 'onsplan-neutral-site';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The portal's one page with this server's settings in it. Snel weg reads NEUTRAL_SITE from the
 * page itself, not from an API call: it must work at once and without a connection, and the
 * service worker keeps this page (never an API answer) as the app shell.
 */
export function portalPage(portalRoot: string, settings: { neutralSite: string }): string {
  const html = readFileSync(resolve(portalRoot, 'index.html'), 'utf8');
  const tag = new RegExp(`<meta name="${neutralSiteMeta}" content="[^"]*"\\s*/?>`);
  const meta = `<meta name="${neutralSiteMeta}" content="${escapeAttribute(settings.neutralSite)}" />`;
  // A page built before the tag existed gets it at the end of its head.
  return tag.test(html) ? html.replace(tag, meta) : html.replace('</head>', `  ${meta}\n  </head>`);
}

/** Where the build leaves the start page's markup (scripts/prerender-start-page.ts; not served as a file). */
export const startPageFile = '.vite/start-page.html';

const emptyRoot = '<div id="root"></div>';

/**
 * The page for `/` with the start page already in it (rendered at build time), so a phone paints it
 * before the JavaScript has run. `undefined` when the build made none: then `/` gets the plain page.
 * Only the signed-out start page is prerendered; every other address starts from the plain page, so
 * nobody signed in sees the start page flash before their own screen.
 */
export function startPage(portalRoot: string, page: string): string | undefined {
  const file = resolve(portalRoot, startPageFile);
  if (!existsSync(file) || !page.includes(emptyRoot)) return undefined;
  return page.replace(emptyRoot, `<div id="root">${readFileSync(file, 'utf8')}</div>`);
}
