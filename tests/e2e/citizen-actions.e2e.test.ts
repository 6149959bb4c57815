import { demoCanaries } from '@onsplan/shared/demo';
import exifr from 'exifr';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from './browser.ts';
import { signedIn, type Person } from './people.ts';
import { testStart } from '../../api/src/test/clock.ts';
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

/** Calls the API from this person's page, with their session, as the portal does. */
async function api<T = unknown>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(`${server.origin}/api${path}`, { method, headers: { origin: server.origin, 'x-ons-plan': '1' }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

const jansen = () => server.world.families.find((f) => f.key === 'jansen')!.id;
const itemKeyOf = (key: string) => server.world.families.find((f) => f.key === 'jansen')!.plan.items.find((i) => i.key === key)!.id;

/** A day well after both the server's (test) day and the browser's day, as 2027-01-23. */
function daysAhead(days: number): string {
  const from = Math.max(Date.now(), testStart.getTime());
  return new Date(from + days * 86_400_000).toISOString().slice(0, 10);
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

  it('Mark asks for a correction; Fatima takes more time once, then refuses with reasons; Mark adds an eigen verklaring and Samira sees it beside the item', async () => {
    const arrangement = 'Samira en Mark regelen zaken over de kinderen via Fatima.';
    const mark = await as('mark');
    await openPlan(mark);
    await item(mark, arrangement).getByRole('link', { name: 'Klopt dit niet?' }).click();
    await mark.getByRole('heading', { level: 1, name: 'Vragen om iets te veranderen' }).waitFor();
    await expectNoAxeViolations(mark, 'correctieverzoek');
    await mark.getByRole('button', { name: 'Verzoek versturen' }).click();
    await mark.getByText('Kies eerst wat u wilt.').waitFor();
    expect(await mark.getByText('Schrijf op waarom.').count()).toBe(1);
    await expectNoAxeViolations(mark, 'correctieverzoek niet ingevuld');
    await mark.getByRole('radio', { name: 'Iets toevoegen' }).check();
    await mark.getByLabel('Wat moet erbij?').fill('Voor school mag ik zelf met de juf bellen.');
    await mark.getByLabel('Waarom?').fill('De juf belt mij nu nooit.');
    await mark.getByRole('button', { name: 'Verzoek versturen' }).click();
    await mark.getByRole('heading', { level: 1, name: 'Mijn verzoeken' }).waitFor();
    await mark.getByText('Uw verzoek is verstuurd.', { exact: false }).first().waitFor();
    expect(await mark.getByText('Ontvangen', { exact: true }).count()).toBe(1);
    expect(await mark.getByText('Dat is over 30 dagen.', { exact: false }).count()).toBe(1);
    await expectNoAxeViolations(mark, 'mijn verzoeken');

    const fatima = await as('fatima');
    await openScreen(fatima, 'Verzoeken van al uw gezinnen');
    await expectNoAxeViolations(fatima, 'inbox van de professional');
    await fatima.getByRole('link', { name: `Verzoek om iets toe te voegen: ${arrangement}` }).click();
    await fatima.getByRole('heading', { level: 1, name: 'Verzoeken van dit gezin' }).waitFor();
    await expectNoAxeViolations(fatima, 'verzoeken voor de professional');
    await fatima.getByRole('button', { name: 'Meer tijd nemen' }).click();
    await fatima.getByText('Schrijf de reden op.').waitFor();
    await fatima.getByLabel('Reden voor meer tijd').fill('Ik moet eerst met de school praten.');
    await fatima.getByRole('button', { name: 'Meer tijd nemen' }).click();
    await fatima.getByText('Er is meer tijd nodig', { exact: true }).waitFor();
    expect(await fatima.getByRole('button', { name: 'Meer tijd nemen' }).count()).toBe(0);
    await fatima.getByRole('radio', { name: 'Afwijzen' }).check();
    await fatima.getByRole('button', { name: 'Besluit opslaan' }).click();
    await fatima.getByText('Schrijf de redenen op.').waitFor();
    await expectNoAxeViolations(fatima, 'afwijzen zonder redenen');
    await fatima.getByLabel('Redenen').fill('Contact met school loopt via Fatima. Zo is het afgesproken.');
    await fatima.getByRole('button', { name: 'Besluit opslaan' }).click();
    await fatima.getByText('Afgewezen', { exact: true }).waitFor();

    await openScreen(mark, 'Mijn verzoeken');
    await mark.getByText('Afgewezen', { exact: true }).waitFor();
    expect(await mark.getByText('Contact met school loopt via Fatima.', { exact: false }).count()).toBe(1);
    expect(await mark.getByText('Ik moet eerst met de school praten.', { exact: false }).count()).toBe(1);
    expect(await mark.getByText('Autoriteit Persoonsgegevens', { exact: false }).count()).toBe(1);
    expect(await mark.getByText('U kunt ook naar de rechter gaan.').count()).toBe(1);
    await expectNoAxeViolations(mark, 'verzoek afgewezen');
    await mark.getByLabel('Uw verklaring').fill('Ik ben hun vader. Ik wil zelf weten hoe het op school gaat.');
    await mark.getByRole('button', { name: 'Verklaring toevoegen' }).click();
    await mark.getByText('Uw eigen verklaring').waitFor();
    await expectNoAxeViolations(mark, 'eigen verklaring toegevoegd');

    const samira = await as('samira');
    await openPlan(samira);
    const disputed = item(samira, arrangement);
    await expect.poll(() => disputed.getByText('Ik ben hun vader. Ik wil zelf weten hoe het op school gaat.').count()).toBe(1);
    expect(await disputed.getByRole('complementary', { name: 'Eigen verklaring' }).count()).toBe(1);
    await expectNoAxeViolations(samira, 'plan met eigen verklaring');
  });
});
