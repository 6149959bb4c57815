import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from './browser.ts';
import { openApp, signedIn, type Person } from './people.ts';
import { portalDist, startServer } from './server.ts';

/**
 * Issue 4.1 in real Chromium: when a new version of the app is published, the installed app asks
 * "Er is een nieuwe versie. Herladen?" instead of reloading by itself, and uses the new version
 * only after "Herladen". The server serves a copy of the built portal, which the test changes.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let portal: string;
let samira: Person;

beforeAll(async () => {
  portal = await mkdtemp(join(tmpdir(), 'onsplan-portal-'));
  await cp(portalDist(), portal, { recursive: true });
  await appendFile(join(portal, 'sw.js'), sayVersion('versie 1'));
  await dropCompressedCopies('sw.js');
  server = await startServer({ portal });
  browser = await launchChromium();
});
afterAll(async () => {
  await samira?.context.close();
  await browser?.close();
  await server?.stop();
  await rm(portal, { recursive: true, force: true });
});

/** The service worker says which version it is when asked; the test publishes "versie 2" by changing it. */
const sayVersion = (version: string) =>
  `\nself.addEventListener('message', (event) => { if (event.data === 'versie?') event.source.postMessage('${version}'); });\n`;

async function publishNewVersion(): Promise<void> {
  const file = join(portal, 'sw.js');
  await writeFile(file, (await readFile(file, 'utf8')).replace(sayVersion('versie 1'), sayVersion('versie 2')));
  await dropCompressedCopies('sw.js');
}

/**
 * The build writes .br and .gz beside each file, and the server prefers them: a file this test
 * changes must lose its old compressed copies, or the browser keeps getting the build's version.
 */
async function dropCompressedCopies(name: string): Promise<void> {
  for (const suffix of ['.br', '.gz']) await rm(join(portal, `${name}${suffix}`), { force: true });
}

/** Which version of the service worker controls the page; undefined when none answers. */
async function controllingVersion(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((done) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return done(undefined);
        navigator.serviceWorker.addEventListener('message', (event) => done(String(event.data)), { once: true });
        controller.postMessage('versie?');
        setTimeout(() => done(undefined), 5_000);
      }),
  );
}

const prompt = (page: Page) => page.getByRole('region', { name: 'Nieuwe versie' });

/** Lets the browser finish looking for a new version now, so "no prompt" is not checked too early. */
async function updateChecked(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    await registration.update();
    const installing = registration.installing;
    if (installing) await new Promise<void>((done) => installing.addEventListener('statechange', () => installing.state !== 'installing' && done()));
  });
}

describe('a new version of the app', () => {
  it('is not announced while the installed version is the newest', async () => {
    samira = await signedIn(browser, server, 'samira');
    const { page } = samira;
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    // The first install controls the page from the next start on.
    await openApp(page, `${server.origin}/plan`);
    await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await updateChecked(page);
    expect(await prompt(page).count()).toBe(0);
    expect(await controllingVersion(page)).toBe('versie 1');
  });

  it('asks before reloading; "Later" keeps the page as it is', async () => {
    const { page } = samira;
    await publishNewVersion();
    // The browser looks for a new service worker on every start of the app.
    await openApp(page, `${server.origin}/plan`);
    await prompt(page).getByText('Er is een nieuwe versie. Herladen?').waitFor({ timeout: 30_000 });
    await expectNoAxeViolations(page, 'nieuwe versie');
    // Nothing changed by itself: the old version still controls the page.
    expect(await controllingVersion(page)).toBe('versie 1');

    await prompt(page).getByRole('button', { name: 'Later' }).click();
    await expect.poll(() => prompt(page).count()).toBe(0);
    expect(await controllingVersion(page)).toBe('versie 1');
    await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
  });

  it('"Herladen" starts the new version, and the member is back in the app', async () => {
    const { page } = samira;
    // The new version still waits; the next start asks again.
    await openApp(page, `${server.origin}/plan`);
    // The new version takes over and the page loads again by itself.
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await prompt(page).getByRole('button', { name: 'Herladen' }).click({ timeout: 30_000 });
    await reloaded;
    await expect.poll(() => controllingVersion(page), { timeout: 30_000 }).toBe('versie 2');
    await openApp(page, page.url());
    await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
    await updateChecked(page);
    expect(await prompt(page).count()).toBe(0);
    expect(samira.errors).toEqual([]);
  });
});
