import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

/** Debian's Chromium, started the way this machine allows (no sandbox as root, no background network). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A phone-sized context with Chromium's virtual passkey authenticator (user verification on). */
export async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  // bypassCSP only so axe-core can be injected; the product's CSP is checked in the API tests.
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'nl-NL', bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { context, page };
}

/** A desktop-sized context (1280×800), as a professional works, with the same virtual passkey authenticator. */
export async function desktop(browser: Browser, options: { errors?: string[]; fixedTime?: Date } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', bypassCSP: true });
  // Date checks in the browser (e.g. "not more than a year ahead") then agree with the server's test day.
  if (options.fixedTime) await context.clock.setFixedTime(options.fixedTime);
  const page = await context.newPage();
  if (options.errors) page.on('pageerror', (e) => options.errors!.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { context, page };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Checks the screen with axe and, when asked for (SCREENS_DIR), keeps a picture of it for a person to look at. */
export async function look(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  const screens = process.env.SCREENS_DIR;
  if (screens) await page.screenshot({ path: `${screens}/${name}.png`, fullPage: true });
}

/** Runs axe-core for WCAG 2.2 A/AA on the page as it is now; fails with the rules and targets. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, `axe on ${state}`).toEqual([]);
}

/**
 * One server and one Chromium for all tests of an e2e file: started before the first test, stopped
 * after the last. Read them inside a test (`running.server`), when they exist.
 */
export function serverAndChromiumForFile<S extends { stop(): Promise<void> }>(start: () => Promise<S>): { readonly server: S; readonly browser: Browser } {
  const running = {} as { server: S; browser: Browser };
  beforeAll(async () => {
    running.server = await start();
    running.browser = await launchChromium();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return running;
}
