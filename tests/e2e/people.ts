import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations, phone } from './browser.ts';

/** Every API response body this page receives, for canary scans. */
export function recordApiBodies(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/v1/')) bodies.push(response.text().catch(() => ''));
  });
  return () => Promise.all(bodies);
}

/**
 * Redeems an invitation code and creates a passkey, as a person does. With `checkScreens` axe runs
 * on each screen on the way; journeys that only need someone signed in leave it off to stay fast.
 */
export async function registerWithCode(page: Page, origin: string, code: string, { checkScreens = false } = {}): Promise<void> {
  await page.goto(origin);
  // A first visit loads the app and checks for a copy on the phone: on a busy machine that takes more than a second.
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Welkom bij Ons Plan');
  if (checkScreens) await expectNoAxeViolations(page, 'welkom');
  await page.getByRole('link', { name: 'Ik heb een code' }).click();
  await page.getByLabel('Uw code').waitFor();
  if (checkScreens) await expectNoAxeViolations(page, 'code invullen');
  await page.getByLabel('Uw code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { name: 'Maak uw inlogsleutel' }).waitFor();
  if (checkScreens) await expectNoAxeViolations(page, 'inlogsleutel maken');
  await page.getByLabel('Naam van dit apparaat').fill('Mijn telefoon');
  await page.getByRole('button', { name: 'Inlogsleutel maken' }).click();
  await chooseAppCodeIfAsked(page, { checkScreens });
}

/** The app code every test person chooses for the copy on their phone. */
export const testAppCode = '40719';

// A member lands on the plan (or the family list); a professional in her workspace.
const signedInScreen = (page: Page) =>
  page.getByRole('heading', { level: 2, name: 'Veiligheid' }).or(page.getByRole('heading', { level: 1, name: 'Kies een gezin' })).or(page.getByRole('heading', { level: 1, name: 'Vandaag' }));

/** After a passkey: a member chooses the app code for the copy on this phone; a professional is not asked (no copy). */
export async function chooseAppCodeIfAsked(page: Page, { checkScreens = false } = {}): Promise<void> {
  const choose = page.getByRole('heading', { level: 1, name: 'Kies een app-code' });
  await choose.or(signedInScreen(page)).first().waitFor();
  if (!(await choose.isVisible())) return;
  if (checkScreens) await expectNoAxeViolations(page, 'app-code kiezen');
  await page.getByLabel('App-code', { exact: true }).fill(testAppCode);
  await page.getByLabel('Typ de app-code nog een keer').fill(testAppCode);
  await page.getByRole('button', { name: 'App-code opslaan' }).click();
  await signedInScreen(page).waitFor();
}

/** Opening the app again (a reload, a link): a member with a copy on this phone enters the app code first. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const enter = page.getByRole('heading', { level: 1, name: 'Vul uw app-code in' });
  await enter.or(page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Vul uw app-code in' })).first().waitFor();
  if (!(await enter.isVisible())) return;
  await page.getByLabel('App-code', { exact: true }).fill(testAppCode);
  await page.getByRole('button', { name: 'Openen' }).click();
  await enter.waitFor({ state: 'detached' });
}

export interface Person {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page; a journey ends by expecting none. */
  errors: string[];
  apiBodies: () => Promise<string[]>;
}

/** A demo person on their own phone, signed in with a fresh passkey, on their first screen after sign-in (the plan, or the family list). */
export async function signedIn(browser: Browser, server: { origin: string; invite(key: string): Promise<string> }, key: string): Promise<Person> {
  const { context, page } = await phone(browser);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const apiBodies = recordApiBodies(page);
  await registerWithCode(page, server.origin, await server.invite(key));
  // A member with one family: straight to its plan; a helper of two: the list; a professional: her workspace.
  await signedInScreen(page).waitFor();
  // These journeys follow a professional on the family's screens, which she opens from her workspace.
  if (await page.getByRole('heading', { level: 1, name: 'Vandaag' }).isVisible()) {
    await page.goto(`${server.origin}/plan`);
    await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).or(page.getByRole('heading', { level: 1, name: 'Kies een gezin' })).first().waitFor();
  }
  return { context, page, errors, apiBodies };
}

/** Back to the plan of the person's only family, fresh from the server. */
export async function openPlan(page: Page, origin: string): Promise<void> {
  await openApp(page, `${origin}/plan`);
  await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
}

/** A screen from the menu on the plan page; the link text is the screen's title. */
export async function openScreen(page: Page, origin: string, name: string): Promise<void> {
  await openPlan(page, origin);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

interface Seen {
  text: string;
  elements: number;
  title: string;
  origin: string;
}
const seenBy = new WeakMap<Page, Seen[]>();

/**
 * Snel weg as a person uses it (REQUIREMENTS F3), by the button or by Shift three times, checked by
 * what they see: the portal's page is blank at once, before anything else happens; then the neutral
 * site (`NEUTRAL_SITE`, a local page of the test server) is on the screen and in the address bar;
 * Back does not lead into Ons Plan.
 */
export async function leaveWithSnelWeg(page: Page, portalOrigin: string, neutralSiteUrl: string, how: 'button' | 'shift'): Promise<void> {
  if (!seenBy.has(page)) await page.exposeFunction('snelWegSeen', (seen: Seen) => seenBy.get(page)!.push(seen));
  seenBy.set(page, []);
  // Listeners on window run after the app's own (React's on its root, Snel weg's keydown added
  // earlier), so this records the page as it is the moment Snel weg has done its first step.
  await page.evaluate((event) => {
    window.addEventListener(event, () => {
      const report = (window as unknown as { snelWegSeen: (seen: Seen) => void }).snelWegSeen;
      report({ text: document.body.innerText.trim(), elements: document.body.childElementCount, title: document.title, origin: location.origin });
    });
  }, how === 'button' ? 'click' : 'keydown');
  if (how === 'button') await page.getByRole('button', { name: 'Snel weg' }).click();
  else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(neutralSiteUrl);
  await page.getByRole('heading', { level: 1, name: 'Het weer vandaag' }).waitFor();
  await expect.poll(() => seenBy.get(page)!.length).toBe(how === 'button' ? 1 : 3);
  const seen = seenBy.get(page)!;
  expect(seen.at(-1), 'blank at once, still on the portal').toEqual({ text: '', elements: 0, title: '', origin: portalOrigin });
  // The recorder does see a page with content: the first two Shift presses leave it as it was.
  if (how === 'shift') expect(seen[0]!.elements, 'before the third Shift').toBeGreaterThan(0);
  await page.goBack();
  expect(new URL(page.url()).origin, 'Back').not.toBe(portalOrigin);
}
