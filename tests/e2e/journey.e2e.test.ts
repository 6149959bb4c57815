import { demoCanaries } from '@onsplan/shared/demo';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, phone } from './browser.ts';
import { chooseAppCodeIfAsked, leaveWithSnelWeg, recordApiBodies, registerWithCode as register } from './people.ts';
import { startServer } from './server.ts';

/**
 * The walking skeleton as a person uses it, in real Chromium with a virtual passkey: redeem a code,
 * create a passkey, sign out, sign in, read the plan as Samira, then as Mark, whose screens and
 * API responses must never hold Samira's address. axe-core runs on every screen.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function registerWithCode(page: Page, code: string) {
  await register(page, server.origin, code, { checkScreens: true });
  await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
}

describe('walking skeleton in Chromium', () => {
  it('Samira redeems a code, creates a passkey, signs out and in, and reads her plan', async () => {
    const { context, page } = await phone(browser);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const apiBodies = recordApiBodies(page);

    await registerWithCode(page, await server.invite('samira'));
    await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Mark komt niet bij het huis van Samira.' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Als Mark toch komt, belt Samira 112.').count()).toBe(1);
    expect(await page.getByText('Samira voelt zich veilig in haar nieuwe huis.').count()).toBe(1);
    expect(await page.getByText(demoCanaries.noorPrivate.text).count()).toBe(0);
    await expectNoAxeViolations(page, 'plan van Samira');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' }).waitFor();
    await expectNoAxeViolations(page, 'uitgelogd');

    await page.getByRole('link', { name: 'Opnieuw inloggen' }).click();
    await page.getByRole('button', { name: 'Inloggen met inlogsleutel' }).waitFor();
    await expectNoAxeViolations(page, 'inloggen');
    await page.getByRole('button', { name: 'Inloggen met inlogsleutel' }).click();
    // Signing out wiped the copy on this phone (F1): after signing in again a new app code is chosen.
    await chooseAppCodeIfAsked(page);
    await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
    await expect.poll(() => page.getByText('Samira voelt zich veilig in haar nieuwe huis.').count()).toBe(1);

    // The canary check below can fail: Samira herself does receive her address.
    expect((await apiBodies()).join('\n')).toContain(demoCanaries.samiraAddress.text);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('Mark reads his plan; no screen or API response he gets holds Samira’s address', async () => {
    const { context, page } = await phone(browser);
    const apiBodies = recordApiBodies(page);
    await registerWithCode(page, await server.invite('mark'));
    await expect.poll(() => page.getByText('Mark leert zijn boosheid de baas te blijven.').count()).toBe(1);
    await expect.poll(() => page.getByText('Opa Henk haalt Daan en Mila op van school.').count()).toBe(1);
    await expectNoAxeViolations(page, 'plan van Mark');

    const screen = await page.content();
    const received = (await apiBodies()).join('\n');
    expect(received).toContain('Mark komt niet bij het huis van Samira.');
    for (const canary of [demoCanaries.samiraAddress, demoCanaries.schoolAddress, demoCanaries.noorPrivate]) {
      expect(screen).not.toContain(canary.text);
      expect(received).not.toContain(canary.text);
    }
    expect(screen).not.toContain('Samira voelt zich veilig');
    await context.close();
  });

  it('shows a B1 message for a wrong code, and keeps what was typed', async () => {
    const { context, page } = await phone(browser);
    await page.goto(`${server.origin}/uitnodiging`);
    await page.getByLabel('Uw code').fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Deze code kennen wij niet.');
    expect(await page.getByLabel('Uw code').inputValue()).toBe('AAAA-BBBB-CCCC');
    await expectNoAxeViolations(page, 'foute code');

    await page.getByLabel('Uw code').fill('');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByText('Vul uw code in.').waitFor();
    await expectNoAxeViolations(page, 'lege code');
    await context.close();
  });

  it('switches to English and back, with the page language set for screen readers', async () => {
    const { context, page } = await phone(browser);
    await page.goto(server.origin);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Ons Plan' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page, 'welcome in English');
    // The chosen language comes back on the next visit, over the Dutch start page the server drew: without a hydration error.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Ons Plan' }).waitFor();
    await page.getByRole('button', { name: 'Leave now' }).waitFor();
    expect(errors).toEqual([]);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Ons Plan' }).waitFor();
    await context.close();
  });

  it('puts Snel weg first in the tab order, and leaves for the neutral site on click and on Shift three times', async () => {
    const { context, page } = await phone(browser);
    await page.goto('about:blank');
    await page.goto(server.origin);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Snel weg');

    await page.getByRole('link', { name: 'Ik heb een code' }).click();
    await page.getByLabel('Uw code').waitFor();
    await leaveWithSnelWeg(page, server.origin, server.neutralSite.url, 'button');
    expect(page.url()).toBe('about:blank');

    await page.goto(server.origin);
    // Shift three times is the script's: it listens once the app has taken the drawn page over (which names the page in the title).
    await expect.poll(() => page.title()).toBe('Welkom bij Ons Plan - Ons Plan');
    await leaveWithSnelWeg(page, server.origin, server.neutralSite.url, 'shift');
    expect(page.url()).toBe('about:blank');
    await context.close();
  });

  // Until the script has loaded on a slow phone, or when it never does, Snel weg must leave all the same (issue 12).
  it('Snel weg leaves without JavaScript: the drawn start page links to the way out', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(server.origin);
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Ons Plan' }).waitFor();
    if (process.env.SCREENS_DIR) await page.screenshot({ path: `${process.env.SCREENS_DIR}/start-zonder-javascript-360.png` });
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Snel weg' }).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(server.neutralSite.url);
    await page.getByRole('heading', { level: 1, name: 'Het weer vandaag' }).waitFor();
    await context.close();
  });
});
