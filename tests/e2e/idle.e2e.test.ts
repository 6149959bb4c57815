import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phone } from './browser.ts';
import { holdsNoMemberData, storedOnPhone } from './local-copy.ts';
import { registerWithCode, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * The idle timeout on the phone (REQUIREMENTS F1). It once failed in 1 of 3 runs: the screens still
 * on display while the sign-in page loaded read again when the copy closed, heard 401 and replaced
 * "te lang weg" with "niet ingelogd". The first reason now wins (controller.sessionEndHandled).
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const opened: Pick<Person, 'context'>[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const person of opened) await person.context.close();
  await browser?.close();
  await server?.stop();
});

/** The status bar says the copy on this phone is up to date. */
async function synced(page: Awaited<ReturnType<typeof phone>>['page']): Promise<void> {
  await page.getByRole('region', { name: 'Verbinding' }).getByText('Laatst bijgewerkt om', { exact: false }).waitFor();
}

describe('the idle timeout in Chromium', () => {
  it('after 30 minutes without use the phone forgets Noor and asks to sign in again', { timeout: 150_000 }, async () => {
    const { context, page } = await phone(browser);
    opened.push({ context });
    const seen: string[] = [];
    page.on('console', (message) => seen.push(`console ${message.type()}: ${message.text()}`));
    page.on('response', (response) => seen.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`));
    await context.clock.install();
    await registerWithCode(page, server.origin, await server.invite('noor'));
    await synced(page);
    expect((await storedOnPhone(page)).databases.length).toBeGreaterThan(0);
    await page.clock.fastForward('31:00');
    seen.push('--- 31 minutes later ---');
    await page
      .getByText('U was te lang weg. Log opnieuw in.')
      .waitFor({ timeout: 90_000 })
      .catch(async (error: Error) => {
        // What the phone showed instead, so a failure in CI says more than "timeout".
        const shown = (await page.locator('body').innerText().catch(() => '?')).slice(0, 600);
        throw new Error(`${error.message}\nURL: ${page.url()}\nShown: ${shown}\nLast events:\n${seen.slice(-60).join('\n')}`);
      });
    await expect.poll(async () => holdsNoMemberData(await storedOnPhone(page))).toBe(true);
    expect(await page.getByText('U was te lang weg. Log opnieuw in.').count()).toBe(1);
  });
});
