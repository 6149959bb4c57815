import { demoCanaries } from '@onsplan/shared/demo';
import exifr from 'exifr';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from './browser.ts';
import { openApp, openPlan as openPlanAt, openScreen as openScreenAt, signedIn, type Person } from './people.ts';
import { jpegPhoto } from '../../api/src/test/document-fixtures.ts';
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

const openPlan = (page: Page) => openPlanAt(page, server.origin);
const openScreen = (page: Page, name: string) => openScreenAt(page, server.origin, name);

/** A professional decides in her workspace: one of its screens for the Jansen family, by its title. */
async function openWorkScreen(page: Page, path: string, title: string): Promise<void> {
  await openApp(page, `${server.origin}/werk/gezinnen/${jansen()}/${path}`);
  await page.getByRole('heading', { level: 1, name: `${title} – Gezin Jansen / El Amrani` }).waitFor();
}

/** Calls the API from this person's page, with their session, as the portal does. */
async function api<T = unknown>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(`${server.origin}/api/v1${path}`, { method, headers: { origin: server.origin, 'x-ons-plan': '1' }, ...(data === undefined ? {} : { data }) });
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
    await part.getByRole('radio', { name: 'Alleen de hulpverleners' }).check();
    await part.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await part.getByText('Uw reactie staat erbij.').waitFor();
    await expect.poll(() => part.getByText('Kan het gesprek ook op dinsdag?').count()).toBe(1);
    expect(await part.getByText('Alleen de hulpverleners lezen dit.').count()).toBe(1);
    await expectNoAxeViolations(samira, 'reactie geplaatst');

    // Fatima answers in her workspace, where the threads are.
    const fatima = await as('fatima');
    await openWorkScreen(fatima, 'reacties', 'Reacties');
    const thread = fatima.getByRole('listitem').filter({ hasText: 'Kan het gesprek ook op dinsdag?' }).first();
    await thread.getByLabel('Antwoord').fill('Dinsdag kan ook. Ik bel u.');
    await thread.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await expect.poll(() => fatima.getByText('Dinsdag kan ook. Ik bel u.').count()).toBe(1);
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
    await mark.getByText('Vul een postcode in zoals 1234 AB.').waitFor();
    expect(await mark.getByLabel('Straat').inputValue()).toBe('Kanaalweg');
    await expectNoAxeViolations(mark, 'foute postcode');

    await mark.getByRole('radio', { name: 'Telefoonnummer', exact: true }).check();
    await mark.getByRole('textbox', { name: 'Telefoonnummer' }).fill('06-12 34 56 78');
    await mark.getByRole('button', { name: 'Doorgeven' }).click();
    await mark.getByText('Dank u. Uw hulpverlener kijkt ernaar.').waitFor();
    await expect.poll(() => mark.getByText('0612345678').count()).toBe(1);
    expect(await mark.getByText('Wacht op de hulpverlener').count()).toBe(1);
    await expectNoAxeViolations(mark, 'contactgegevens doorgegeven');

    const fatima = await as('fatima');
    await openWorkScreen(fatima, 'contact', 'Wijzigingen contactgegevens');
    await fatima.getByText('0612345678').waitFor();
    await expectNoAxeViolations(fatima, 'contactgegevens voor de professional');
    await fatima.getByRole('button', { name: 'Overnemen', exact: true }).click();
    await fatima.getByText('Overgenomen').waitFor();
  });

  it('Samira sees who looked at her data: others first, one line per person and day; her own views only when she asks; one person when she chooses', async () => {
    const samira = await as('samira');
    await openScreen(samira, 'Wie heeft mijn gegevens bekeken?');
    const lines = samira.locator('.onsplan-log__entry');
    await expect.poll(() => lines.filter({ hasText: 'Fatima Yılmaz (Regisseur, Lokaal team Utrecht-Oost)' }).filter({ hasText: 'Bekeek uw plan.' }).count()).toBeGreaterThan(0);
    expect(await lines.filter({ hasText: 'U zelf' }).count()).toBe(0);
    await expectNoAxeViolations(samira, 'wie heeft mijn gegevens bekeken');

    await samira.getByLabel('Ook wat ik zelf bekeek').check();
    await expect.poll(() => lines.filter({ hasText: 'U zelf' }).count()).toBeGreaterThan(0);
    // The switch keeps focus while the list loads again (it is not redrawn).
    expect(await samira.evaluate(() => document.activeElement?.id)).toBe('bekeken-zelf');
    await expectNoAxeViolations(samira, 'wie heeft mijn gegevens bekeken, ook wat ik zelf bekeek');

    await samira.getByLabel('Van wie?').selectOption({ label: 'Fatima Yılmaz (Regisseur, Lokaal team Utrecht-Oost)' });
    // While the list loads again it is briefly empty: wait for Fatima's lines, then no one else's.
    const onlyFatima = async () => {
      const all = await lines.count();
      return all > 0 && all === (await lines.filter({ hasText: 'Fatima Yılmaz' }).count());
    };
    await expect.poll(onlyFatima).toBe(true);
    expect(await lines.filter({ hasText: 'U zelf' }).count()).toBe(0);
    await expectNoAxeViolations(samira, 'wie heeft mijn gegevens bekeken, alleen Fatima');
  });

  it('Samira gives instemming (a reason is needed when she does not agree); after a new version she sees what changed and answers again; Fatima sees her status', async () => {
    const samira = await as('samira');
    await openPlan(samira);
    await samira.getByText('Bent u het eens met deze versie van het plan?').waitFor();
    await samira.getByRole('link', { name: 'Geef uw antwoord' }).click();
    await samira.getByRole('heading', { level: 1, name: 'Bent u het eens met het plan?' }).waitFor();
    await expectNoAxeViolations(samira, 'instemming');

    // Samira answers for herself, and as a parent with gezag for Mila (8).
    expect(await samira.getByRole('region', { name: 'Uw antwoord voor Mila' }).count()).toBe(1);
    const own = samira.getByRole('region', { name: 'Uw antwoord', exact: true });
    await own.getByRole('button', { name: 'Antwoord geven' }).click();
    await own.getByText('Kies eerst een antwoord.').waitFor();
    await own.getByRole('radio', { name: 'Ik ben het niet eens' }).check();
    await own.getByRole('button', { name: 'Antwoord geven' }).click();
    await own.getByText('Schrijf op waarom u het niet eens bent.').waitFor();
    await expectNoAxeViolations(samira, 'instemming zonder reden');

    await own.getByRole('radio', { name: 'Ik ben het eens, maar ik heb een opmerking' }).check();
    await own.getByLabel('Uw opmerking').fill('Ik wil het gesprek liever op dinsdag.');
    await own.getByRole('button', { name: 'Antwoord geven' }).click();
    await own.getByText('U heeft antwoord gegeven op deze versie. Dank u.').waitFor();
    expect(await own.getByText('Ik wil het gesprek liever op dinsdag.').count()).toBe(1);
    await expectNoAxeViolations(samira, 'instemming gegeven');

    // Fatima publishes version 2: the monthly talk moves to Tuesday.
    const fatima = await as('fatima');
    await api(fatima, 'POST', `/gezinnen/${jansen()}/plan/versies`, {
      baseVersionId: (await api<{ version: { id: string } }>(fatima, 'GET', `/gezinnen/${jansen()}/plan`)).version.id,
      items: [{ op: 'wijzigen', itemKey: itemKeyOf('samen-praten'), content: { when: 'De eerste dinsdag van de maand' } }],
    });

    await openPlan(samira);
    await samira.getByText('Het plan is veranderd. Bent u het nog steeds eens?').waitFor();
    await samira.getByRole('link', { name: 'Geef uw antwoord' }).click();
    const again = samira.getByRole('region', { name: 'Uw antwoord', exact: true });
    await again.getByRole('heading', { level: 3, name: 'Wat is er veranderd sinds versie 1?' }).waitFor();
    expect(await again.locator('.onsplan-changes').getByText(together).count()).toBe(1);
    expect(await again.getByText('U gaf antwoord op versie 1.', { exact: false }).count()).toBe(1);
    await expectNoAxeViolations(samira, 'instemming na een nieuwe versie');
    await again.getByRole('radio', { name: 'Ik ben het eens', exact: true }).check();
    await again.getByRole('button', { name: 'Antwoord geven' }).click();
    await again.getByText('U heeft antwoord gegeven op deze versie. Dank u.').waitFor();

    await openWorkScreen(fatima, 'instemming', 'Instemming met het plan');
    const member = (name: string) => fatima.getByRole('row').filter({ has: fatima.getByRole('rowheader', { name, exact: true }) });
    await expect.poll(() => member('Samira').getByText('Gereageerd', { exact: true }).count()).toBe(1);
    expect(await member('Mark').getByText('Geen reactie', { exact: true }).count()).toBe(1);
    // Mila (8) has no account: her parents with gezag answer for her.
    expect(await member('Mila').getByText('Samira (gezag): geen reactie').count()).toBe(1);
    await expectNoAxeViolations(fatima, 'instemming per gezinslid');
  });

  it('Noor (16) refuses toestemming for her parents; she gives one to an organisation and takes it back, with the history kept', async () => {
    const noor = await as('noor');
    await openScreen(noor, 'Toestemming om gegevens te delen');
    await expectNoAxeViolations(noor, 'toestemming');
    await noor.getByRole('button', { name: 'Keuze opslaan' }).click();
    await noor.getByText('Kies met wie het gaat om.').waitFor();
    await expectNoAxeViolations(noor, 'toestemming niet ingevuld');

    for (const parent of ['Samira', 'Mark']) {
      await noor.getByRole('radio', { name: 'Iemand uit het gezin' }).check();
      await noor.getByRole('radio', { name: parent }).check();
      await noor.getByLabel('Waarvoor?').fill('Mijn eigen afspraken in het plan zien');
      await noor.getByRole('radio', { name: 'Ik geef geen toestemming' }).check();
      await noor.getByRole('button', { name: 'Keuze opslaan' }).click();
      await noor.getByText('Opgeslagen: je geeft geen toestemming.').waitFor();
      await expect.poll(() => noor.locator('.onsplan-card', { hasText: `Delen met ${parent}` }).getByText('Geen toestemming').count()).toBeGreaterThan(0);
    }
    await expectNoAxeViolations(noor, 'toestemming geweigerd');

    await noor.getByRole('radio', { name: 'Een organisatie' }).check();
    await noor.getByLabel('Naam van de organisatie').fill('Huisartsenpraktijk De Linde');
    await noor.getByLabel('Waarvoor?').fill('Zodat de huisarts weet welke hulp er is');
    await noor.getByRole('radio', { name: 'Ik geef toestemming' }).check();
    await noor.getByLabel('Tot en met welke dag?').fill(daysAhead(60));
    await noor.getByRole('button', { name: 'Keuze opslaan' }).click();
    await noor.getByText('Je toestemming is opgeslagen.').waitFor();
    const doctor = noor.locator('.onsplan-card', { hasText: 'Delen met Huisartsenpraktijk De Linde' });
    await doctor.getByText('Toestemming gegeven').first().waitFor();
    await doctor.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await doctor.getByText('Toestemming ingetrokken').waitFor();
    await doctor.getByText('Geschiedenis (2 keuzes)').click();
    expect(await doctor.getByText('Jij: toestemming gegeven.').count()).toBe(1);
    expect(await doctor.getByText('Jij: ingetrokken.').count()).toBe(1);
    await expectNoAxeViolations(noor, 'toestemming ingetrokken, geschiedenis open');

    // Her items stay hers: the parents do not see her private agreement.
    const samira = await as('samira');
    await openPlan(samira);
    expect(await samira.getByText(demoCanaries.noorPrivate.text).count()).toBe(0);
  });

  it('Mark asks for a correction; Fatima takes more time once, then refuses with reasons; Mark adds an eigen verklaring: Fatima sees it beside the item, Samira (contactverbod) never', async () => {
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
    await openApp(fatima, `${server.origin}/werk/verzoeken`);
    await fatima.getByRole('heading', { level: 1, name: 'Correctieverzoeken van al uw gezinnen' }).waitFor();
    await expectNoAxeViolations(fatima, 'inbox van de professional');
    await fatima.getByRole('link', { name: `Aanvullen: ${arrangement}` }).click();
    await fatima.getByRole('heading', { level: 1, name: `Aanvullen: ${arrangement}` }).waitFor();
    await expectNoAxeViolations(fatima, 'verzoek voor de professional');
    await fatima.getByRole('button', { name: 'Termijn verlengen' }).click();
    await fatima.getByText('Vul de reden van verlenging in.').waitFor();
    await fatima.getByLabel('Reden van verlenging').fill('Ik moet eerst met de school praten.');
    await fatima.getByRole('button', { name: 'Termijn verlengen' }).click();
    await fatima.getByText('Termijn verlengd', { exact: true }).waitFor();
    expect(await fatima.getByRole('button', { name: 'Termijn verlengen' }).count()).toBe(0);
    await fatima.getByText(/\(verlengde termijn\)$/).waitFor();
    await fatima.getByRole('radio', { name: 'Afwijzen' }).check();
    await fatima.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await fatima.getByText('Vul de motivering in; die is verplicht bij (deels) afwijzen.').waitFor();
    await expectNoAxeViolations(fatima, 'afwijzen zonder redenen');
    await fatima.getByLabel('Motivering', { exact: true }).fill('Contact met school loopt via Fatima. Zo is het afgesproken.');
    await fatima.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await fatima.getByText(/^Termijn was /).waitFor();
    expect(await fatima.getByText('Afgewezen', { exact: true }).count()).toBe(2);

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

    const statement = 'Ik ben hun vader. Ik wil zelf weten hoe het op school gaat.';
    await openPlan(fatima);
    const seenByFatima = item(fatima, arrangement);
    await expect.poll(() => seenByFatima.getByText(statement).count()).toBe(1);
    expect(await seenByFatima.getByRole('complementary', { name: 'Eigen verklaring' }).count()).toBe(1);
    await expectNoAxeViolations(fatima, 'plan met eigen verklaring');

    // Samira sees the item (shared across the contactverbod), never Mark's own words beside it (DOMAIN rule 4).
    const samira = await as('samira');
    await openPlan(samira);
    const disputed = item(samira, arrangement);
    await disputed.waitFor();
    expect(await disputed.getByText(statement).count()).toBe(0);
    expect(await disputed.getByRole('complementary', { name: 'Eigen verklaring' }).count()).toBe(0);
  });

  it('Samira uploads a photo with a visible progress bar; Fatima downloads it without GPS data', async () => {
    const samira = await as('samira');
    await openScreen(samira, "Foto's en bestanden");
    await expectNoAxeViolations(samira, 'bestanden');
    const photo = Buffer.from(jpegPhoto({ width: 480, height: 360, gps: { latitude: 52.0907, longitude: 5.1214 } }));
    expect(await exifr.gps(photo)).toBeDefined();
    await samira.getByLabel('Kies een foto of bestand').setInputFiles({ name: 'brief-school.jpg', mimeType: 'image/jpeg', buffer: photo });

    // A slow connection, so the bar has something to show.
    const cdp = await samira.context().newCDPSession(samira);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: Math.ceil(photo.length / 1.5) });
    await samira.getByRole('button', { name: 'Versturen' }).click();
    const bar = samira.getByRole('progressbar', { name: 'Bezig met sturen: brief-school.jpg' });
    await bar.waitFor();
    await expectNoAxeViolations(samira, 'bestand wordt verstuurd');
    const seen = new Set<number>();
    while (!(await samira.getByText('Uw bestand is verstuurd.').count())) {
      // Short: the bar goes away when the upload is done, and waiting for it then would take the full timeout.
      const value = await bar.getAttribute('value', { timeout: 200 }).catch(() => null);
      if (value !== null) seen.add(Number(value));
      await samira.waitForTimeout(50);
    }
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect([...seen].some((v) => v > 0 && v < 100), `progress seen: ${[...seen].join(', ')}`).toBe(true);
    await expect.poll(() => samira.locator('.onsplan-card__title', { hasText: 'brief-school.jpg' }).count()).toBe(1);
    await expectNoAxeViolations(samira, 'bestand verstuurd');

    const fatima = await as('fatima');
    await openWorkScreen(fatima, 'documenten', 'Documenten');
    await fatima.getByRole('row', { name: /brief-school\.jpg/ }).getByRole('cell', { name: 'Alleen professionals' }).waitFor();
    const [download] = await Promise.all([fatima.waitForEvent('download'), fatima.getByRole('link', { name: 'brief-school.jpg' }).click()]);
    const saved = await readFile((await download.path())!);
    expect([saved[0], saved[1]]).toEqual([0xff, 0xd8]);
    expect(await exifr.gps(saved).catch(() => undefined)).toBeUndefined();
    expect(saved.includes(Buffer.from('OnsPhone'))).toBe(false);
  });

  it('Samira removes the photo she shared, after a question; it is gone for Fatima too, who had no button to remove it', async () => {
    const fatima = await as('fatima');
    const fatimaRow = fatima.getByRole('row', { name: /brief-school\.jpg/ });
    await fatimaRow.waitFor();
    expect(await fatimaRow.getByRole('button', { name: 'Verwijderen' }).count()).toBe(0);

    const samira = await as('samira');
    await openScreen(samira, "Foto's en bestanden");
    await samira.getByText(/^U heeft nog .* ruimte voor bestanden\./).waitFor();
    const card = samira.locator('.onsplan-card', { has: samira.locator('.onsplan-card__title', { hasText: 'brief-school.jpg' }) });
    await card.getByRole('button', { name: 'Verwijderen' }).click();
    await card.getByText('Wilt u dit bestand weghalen?', { exact: false }).waitFor();
    await expectNoAxeViolations(samira, 'bestand weghalen: de vraag');
    await card.getByRole('button', { name: 'Ja, weghalen' }).click();
    await samira.getByRole('status').filter({ hasText: 'Het bestand is weg.' }).waitFor();
    await expect.poll(() => samira.locator('.onsplan-card__title', { hasText: 'brief-school.jpg' }).count()).toBe(0);
    await expectNoAxeViolations(samira, 'bestand weggehaald');

    await openWorkScreen(fatima, 'documenten', 'Documenten');
    await fatima.getByText('Er zijn geen documenten die u mag zien.').waitFor();
  });

  it('Jeroen works for two families: he chooses one; his inbox says when nothing is open; he sees the toestemmingen per member', async () => {
    const jeroen = await as('jeroen');
    await jeroen.goto(`${server.origin}/plan`);
    await jeroen.getByRole('heading', { level: 1, name: 'Kies een gezin' }).waitFor();
    await expectNoAxeViolations(jeroen, 'gezinnen van Jeroen');
    await jeroen.getByRole('link', { name: 'Correctieverzoeken van al uw gezinnen' }).click();
    await jeroen.getByText('Er staan geen correctieverzoeken open.').waitFor();
    await expectNoAxeViolations(jeroen, 'lege inbox');
    await jeroen.goto(`${server.origin}/plan`);
    await jeroen.getByRole('link', { name: 'Gezin Jansen / El Amrani' }).click();
    // The family's plan opens in his workspace.
    await jeroen.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
    expect(new URL(jeroen.url()).pathname).toBe(`/werk/gezinnen/${jansen()}/plan`);
    // An old member-tree address of the toestemmingen leads him to his workspace: Noor's choices per recipient, and nothing to decide there.
    await jeroen.goto(`${server.origin}/plan/${jansen()}/toestemming`);
    await jeroen.getByRole('heading', { level: 1, name: /^Toestemmingen – / }).waitFor();
    const noorData = jeroen.getByRole('region', { name: 'Gegevens van Noor' });
    await noorData.getByRole('row', { name: /Huisartsenpraktijk De Linde/ }).getByText('Ingetrokken', { exact: true }).waitFor();
    expect(await noorData.getByRole('row', { name: /Huisartsenpraktijk De Linde/ }).count()).toBe(1);
    expect(await jeroen.getByRole('button').filter({ hasText: /Keuze opslaan|Toestemming intrekken/ }).count()).toBe(0);
    await expectNoAxeViolations(jeroen, 'toestemmingen voor de professional');
  });
});
