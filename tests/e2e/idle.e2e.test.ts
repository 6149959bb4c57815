import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phone } from './browser.ts';
import { holdsNoMemberData, storedOnPhone } from './local-copy.ts';
import { registerWithCode, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * The idle timeout on the phone (REQUIREMENTS F1), in a file of its own: after the other offline
 * steps in the same browser and server it sometimes missed its 90 s wait, and alone it takes seconds
 * (the cause is still to be found; see the issue note).
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
  it('after 30 minutes without use the phone forgets Noor and asks to sign in again', { retry: 2, timeout: 150_000 }, async () => {
    const { context, page } = await phone(browser);
    opened.push({ context });
    await context.clock.install();
    await registerWithCode(page, server.origin, await server.invite('noor'));
    await synced(page);
    expect((await storedOnPhone(page)).databases.length).toBeGreaterThan(0);
    await page.clock.fastForward('31:00');
    // The wipe deletes IndexedDB first; on a loaded 2-core machine that alone has taken over 30 s.
    await page.getByText('U was te lang weg. Log opnieuw in.').waitFor({ timeout: 90_000 });
    await expect.poll(async () => holdsNoMemberData(await storedOnPhone(page))).toBe(true);
    expect(await page.getByText('U was te lang weg. Log opnieuw in.').count()).toBe(1);
  });
});
