import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from './browser.ts';
import { registerWithCode } from './people.ts';
import { startServer } from './server.ts';

/**
 * Issue 10 as Fatima works on a desktop (1280×800): her workspace, a family made from nothing, and
 * an invitation that a parent redeems on a phone. Steps share the server and run in order; axe runs
 * on every screen, and each screen is saved as a picture for a person to look at.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let fatima: Page;
const errors: string[] = [];
const screens = process.env.SCREENS_DIR;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.stop();
});

/** A desktop browser with Chromium's virtual passkey authenticator. */
async function desktop(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return page;
}

/** Checks the screen with axe and, when asked for (SCREENS_DIR), keeps a picture of it. */
async function look(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  if (screens) await page.screenshot({ path: `${screens}/${name}.png`, fullPage: true });
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
const nav = (page: Page) => page.getByRole('navigation', { name: 'Werkplek' });

describe('the workspace', () => {
  it('Fatima signs in on a desktop and lands in her workspace: Vandaag, her families, her name and organisation, no Snel weg', async () => {
    fatima = await desktop();
    await registerWithCode(fatima, server.origin, await server.invite('fatima'));
    await h1(fatima, 'Vandaag');
    expect(new URL(fatima.url()).pathname).toBe('/werk');
    await fatima.getByText('Lokaal team Utrecht-Oost').first().waitFor();
    expect(await fatima.getByRole('button', { name: 'Snel weg' }).count()).toBe(0);
    await look(fatima, 'werk-vandaag');

    await nav(fatima).getByRole('link', { name: 'Gezinnen', exact: true }).click();
    await h1(fatima, 'Gezinnen');
    await look(fatima, 'werk-gezinnen');

    await nav(fatima).getByRole('link', { name: 'Gezin Jansen / El Amrani' }).click();
    await h1(fatima, 'Gezin Jansen / El Amrani');
    await fatima.getByRole('link', { name: 'Samira' }).waitFor();
    await look(fatima, 'werk-gezin');

    await fatima.getByRole('link', { name: 'Samira' }).click();
    await h1(fatima, 'Samira');
    await look(fatima, 'werk-lid');

    await nav(fatima).getByRole('link', { name: 'Mijn profiel' }).click();
    await h1(fatima, 'Mijn profiel');
    await look(fatima, 'werk-profiel');
  });

  it('a professional on a phone still reaches everything: the navigation comes before the page', async () => {
    await fatima.setViewportSize({ width: 360, height: 780 });
    await nav(fatima).getByRole('link', { name: 'Vandaag' }).click();
    await h1(fatima, 'Vandaag');
    await look(fatima, 'werk-vandaag-telefoon');
    await fatima.setViewportSize({ width: 1280, height: 800 });
    expect(errors).toEqual([]);
  });
});
