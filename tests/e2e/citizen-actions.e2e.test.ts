import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from './browser.ts';
import { signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * Issue 3 as people use it, in real Chromium on one server: members act on their plan, the
 * professional answers. The steps share state (a comment, then its reply), so they run in order.
 * axe-core runs on every screen and every state a step reaches.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const people = new Map<string, Person>();

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const person of people.values()) await person.context.close();
  await browser?.close();
  await server?.stop();
});

/** The person's phone, signed in once and kept for the next steps. */
async function as(key: string): Promise<Page> {
  let person = people.get(key);
  if (!person) {
    person = await signedIn(browser, server, key);
    people.set(key, person);
  }
  return person.page;
}

/** Back to the plan of the only family, fresh from the server. */
async function openPlan(page: Page): Promise<void> {
  await page.goto(`${server.origin}/plan`);
  await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
}

/** A screen from the menu on the plan page. */
async function openScreen(page: Page, name: string): Promise<void> {
  await openPlan(page);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

const item = (page: Page, what: string) => page.getByRole('article', { name: what });
const together = 'Eén keer per maand kijken we samen hoe het gaat.';

describe('citizen actions in Chromium', () => {
  it('Samira comments on an item, only for the professional; Fatima replies; Samira sees the new reply and marks it read', async () => {
    const samira = await as('samira');
    const part = item(samira, together);
    await part.getByRole('button', { name: 'Reageer' }).click();
    await part.getByLabel('Uw reactie').waitFor();
    await expectNoAxeViolations(samira, 'reactie schrijven');

    // An empty comment is refused in B1 without a request.
    await part.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await part.getByText('Schrijf eerst uw reactie.').waitFor();
    await expectNoAxeViolations(samira, 'lege reactie');

    await part.getByLabel('Uw reactie').fill('Kan het gesprek ook op dinsdag?');
    await part.getByRole('radio', { name: 'Alleen de professional' }).check();
    await part.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await part.getByText('Uw reactie staat erbij.').waitFor();
    await expect.poll(() => part.getByText('Kan het gesprek ook op dinsdag?').count()).toBe(1);
    expect(await part.getByText('Alleen de professional leest dit.').count()).toBe(1);
    await expectNoAxeViolations(samira, 'reactie geplaatst');

    const fatima = await as('fatima');
    const seenByFatima = item(fatima, together);
    await expect.poll(() => seenByFatima.getByText('Kan het gesprek ook op dinsdag?').count()).toBe(1);
    expect(await seenByFatima.getByText('Samira', { exact: true }).count()).toBe(1);
    // Professionals answer comments; they do not start them.
    expect(await seenByFatima.getByRole('button', { name: 'Reageer' }).count()).toBe(0);
    await seenByFatima.getByRole('button', { name: 'Antwoord geven' }).click();
    await seenByFatima.getByLabel('Uw reactie').fill('Dinsdag kan ook. Ik bel u.');
    await seenByFatima.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await expect.poll(() => seenByFatima.getByText('Dinsdag kan ook. Ik bel u.').count()).toBe(1);
    await expectNoAxeViolations(fatima, 'antwoord van Fatima');

    await openPlan(samira);
    const answered = item(samira, together);
    await expect.poll(() => answered.getByText('Dinsdag kan ook. Ik bel u.').count()).toBe(1);
    expect(await answered.getByText('Nieuw antwoord').count()).toBe(1);
    expect(await answered.getByText('Fatima Yılmaz, Regisseur').count()).toBe(1);
    expect(await samira.getByText('Er is 1 nieuw bericht voor u.').count()).toBe(1);
    await expectNoAxeViolations(samira, 'nieuw antwoord');
    await samira.getByRole('button', { name: 'Ik heb alles gelezen' }).click();
    await samira.getByText('U heeft alles gelezen.').waitFor();
    expect(await answered.getByText('Nieuw antwoord').count()).toBe(0);

    // Mark is not in the audience of Samira's words (contactverbod, and only for the professional).
    const mark = await as('mark');
    expect(await mark.getByText('Kan het gesprek ook op dinsdag?').count()).toBe(0);
  });

  it('Mark proposes a new phone number; a wrong postcode is explained in B1 and the form keeps what he typed; Fatima takes the number over', async () => {
    const mark = await as('mark');
    await openScreen(mark, 'Contactgegevens wijzigen');
    await expectNoAxeViolations(mark, 'contactgegevens');
    await mark.getByRole('radio', { name: 'Adres', exact: true }).check();
    await mark.getByLabel('Straat').fill('Kanaalweg');
    await mark.getByLabel('Huisnummer').fill('90');
    await mark.getByLabel('Postcode').fill('12345');
    await mark.getByLabel('Plaats').fill('Utrecht');
    await mark.getByRole('button', { name: 'Doorgeven' }).click();
    await mark.getByText('Vul een postcode in zoals 3514 BK.').waitFor();
    expect(await mark.getByLabel('Straat').inputValue()).toBe('Kanaalweg');
    await expectNoAxeViolations(mark, 'foute postcode');

    await mark.getByRole('radio', { name: 'Telefoonnummer', exact: true }).check();
    await mark.getByRole('textbox', { name: 'Telefoonnummer' }).fill('06-12 34 56 78');
    await mark.getByRole('button', { name: 'Doorgeven' }).click();
    await mark.getByText('Dank u. Uw professional kijkt ernaar.').waitFor();
    await expect.poll(() => mark.getByText('0612345678').count()).toBe(1);
    expect(await mark.getByText('Wacht op de professional').count()).toBe(1);
    await expectNoAxeViolations(mark, 'contactgegevens doorgegeven');

    const fatima = await as('fatima');
    await openScreen(fatima, 'Nieuwe contactgegevens');
    await fatima.getByText('0612345678').waitFor();
    await expectNoAxeViolations(fatima, 'contactgegevens voor de professional');
    await fatima.getByRole('button', { name: 'Overnemen', exact: true }).click();
    await fatima.getByText('Overgenomen').waitFor();
  });

  it('Samira sees who looked at her data: the professional by name, job and organisation', async () => {
    const samira = await as('samira');
    await openScreen(samira, 'Wie heeft mijn gegevens bekeken?');
    await expect.poll(() => samira.getByText('Fatima Yılmaz (Regisseur, Lokaal team Utrecht-Oost)').count()).toBeGreaterThan(0);
    expect(await samira.getByText('Bekeek: het plan').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(samira, 'wie heeft mijn gegevens bekeken');
  });
});
