import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStart } from '../../api/src/test/clock.ts';
import { desktop, launchChromium, look } from './browser.ts';
import { openApp, registerWithCode, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * Issue 10, point 8: Fatima asks Samira for toestemming on a desktop (1280×800); Samira answers from
 * a card on her phone (360 px); Fatima sees the answer. The browsers' clocks stand on the server's
 * test day, so the form's date checks agree with the server's on any calendar day. Axe runs on every
 * screen, and each is kept as a picture (SCREENS_DIR) for a person to look at.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let fatima: Page;
let samira: Person;
const errors: string[] = [];
const organisation = 'Huisartsenpraktijk De Linde';

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await samira?.context.close();
  await browser?.close();
  await server?.stop();
});


async function desktopPage(): Promise<Page> {
  const { context, page } = await desktop(browser, { errors, fixedTime: testStart });
  contexts.push(context);
  return page;
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
const jansen = () => server.world.families.find((f) => f.key === 'jansen')!;
const memberPage = (key: string) => `${server.origin}/werk/gezinnen/${jansen().id}/leden/${jansen().members.find((m) => m.key === key)!.id}`;

describe('asking for toestemming', () => {
  it("Fatima asks on Samira's page: errors first, then the question with its state", async () => {
    fatima = await desktopPage();
    await registerWithCode(fatima, server.origin, await server.invite('fatima'));
    await h1(fatima, 'Vandaag');
    await fatima.goto(memberPage('samira'));
    await h1(fatima, 'Samira');
    await fatima.getByRole('heading', { level: 2, name: 'Toestemming vragen over gegevens van Samira' }).waitFor();
    await fatima.getByText('Nog geen toestemming gevraagd.').waitFor();

    await fatima.getByRole('button', { name: 'Toestemming vragen' }).click();
    await fatima.getByRole('alert').getByRole('link', { name: 'Vul de naam van de organisatie in.' }).waitFor();
    await look(fatima, 'werk-toestemming-fouten');

    await fatima.getByLabel('Organisatie').fill(organisation);
    await fatima.getByLabel('Doel').fill('Zodat de huisarts weet welke hulp er is.');
    await fatima.getByLabel('Gezinsplan').check();
    await fatima.getByLabel('Adres en telefoonnummer').check();
    // More than a year ahead: the form says so before sending.
    await fatima.getByLabel('Geldig tot en met').fill('2027-12-31');
    await fatima.getByRole('button', { name: 'Toestemming vragen' }).click();
    await fatima.getByRole('alert').getByRole('link', { name: 'Kies een datum binnen een jaar.' }).waitFor();
    await fatima.getByLabel('Geldig tot en met').fill('2027-06-30');
    await fatima.getByLabel(/Bericht aan het gezinslid/).fill('Bel mij gerust als u vragen heeft.');
    await fatima.getByRole('button', { name: 'Toestemming vragen' }).click();
    await fatima.getByRole('status').filter({ hasText: 'De vraag is verstuurd.' }).waitFor();
    await fatima.getByText('Wacht op antwoord').waitFor();
    await fatima.getByText('Samira: nog geen antwoord').waitFor();
    await look(fatima, 'werk-toestemming-gevraagd');

    // Vandaag counts it until it is answered.
    await fatima.getByRole('navigation', { name: 'Werkplek' }).getByRole('link', { name: 'Vandaag', exact: true }).click();
    await h1(fatima, 'Vandaag');
    await fatima.getByRole('link', { name: /^1\s*Toestemming gevraagd, nog zonder antwoord$/ }).waitFor();
    await look(fatima, 'werk-vandaag-toestemming');
  });

  it('Samira sees a line on her plan and answers yes from the card; the toestemming is in her list', async () => {
    samira = await signedIn(browser, server, 'samira');
    await samira.context.clock.setFixedTime(testStart);
    await openApp(samira.page, `${server.origin}/plan`);
    await samira.page.getByText('Er is 1 vraag om toestemming voor u.').waitFor();
    await look(samira.page, 'lid-plan-vraag');

    await samira.page.getByRole('link', { name: 'Bekijk de vraag' }).click();
    const card = samira.page.getByRole('listitem', { name: 'Fatima vraagt uw toestemming' });
    await card.waitFor();
    for (const text of [organisation, 'Zodat de huisarts weet welke hulp er is.', 'het gezinsplan, adres en telefoonnummer', '30 juni 2027', 'Bel mij gerust']) {
      await card.getByText(text).first().waitFor();
    }
    await look(samira.page, 'lid-toestemming-vraag');

    await card.getByRole('button', { name: 'Ja, dat mag' }).click();
    await samira.page.getByRole('status').filter({ hasText: 'Uw antwoord is opgeslagen.' }).waitFor();
    await card.getByText('U zei: ja, dat mag.').waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await samira.page.getByText(`Delen met ${organisation}`).waitFor();
    await look(samira.page, 'lid-toestemming-beantwoord');
  });

  it('Fatima sees the answer on the member page', async () => {
    await fatima.goto(memberPage('samira'));
    await h1(fatima, 'Samira');
    await fatima.getByText('Toestemming gegeven').first().waitFor();
    await fatima.getByText('Samira: ja').waitFor();
    expect(await fatima.getByRole('button', { name: 'Vraag intrekken' }).count()).toBe(0);
    await look(fatima, 'werk-toestemming-antwoord');
  });

  it("Fatima reads the family's toestemmingen from the family page: Samira's answer with who decided and until when", async () => {
    await fatima.goto(`${server.origin}/werk/gezinnen/${jansen().id}`);
    await fatima.getByRole('link', { name: 'Toestemmingen', exact: true }).click();
    await fatima.getByRole('heading', { level: 1, name: /^Toestemmingen – / }).waitFor();
    const samiraData = fatima.getByRole('region', { name: 'Gegevens van Samira' });
    const row = samiraData.getByRole('row', { name: new RegExp(organisation) });
    await row.waitFor();
    for (const text of ['Gegeven', '30 juni 2027']) await row.getByText(text, { exact: true }).waitFor();
    await row.getByText(/^Zodat de huisarts weet welke hulp er is. Gegevens: /).waitFor();
    await row.getByText(/^Samira: gegeven op /).waitFor();
    // Nothing open: a yes is a toestemming, not a question any more.
    expect(await fatima.getByRole('table', { name: /^Open vragen om toestemming/ }).count()).toBe(0);
    await look(fatima, 'werk-toestemmingen');
    await fatima.setViewportSize({ width: 360, height: 800 });
    await look(fatima, 'werk-toestemmingen-smal');
    await fatima.setViewportSize({ width: 1280, height: 800 });

    // An old address of the member tree lands here too.
    await fatima.goto(`${server.origin}/plan/${jansen().id}/toestemming`);
    await fatima.getByRole('heading', { level: 1, name: /^Toestemmingen – / }).waitFor();
    expect(new URL(fatima.url()).pathname).toBe(`/werk/gezinnen/${jansen().id}/toestemming`);
  });

  it("Fatima asks about Daan's data (13): he and both parents answer; she withdraws the open question", async () => {
    await fatima.goto(memberPage('daan'));
    await h1(fatima, 'Daan');
    await fatima.getByLabel('Organisatie').fill('Jeugdarts GGD');
    await fatima.getByLabel('Doel').fill('Zodat de jeugdarts weet welke hulp er is.');
    await fatima.getByLabel('Andere gegevens (optioneel)').fill('Groeigegevens');
    await fatima.getByLabel('Geldig tot en met').fill('2027-03-31');
    await fatima.getByRole('button', { name: 'Toestemming vragen' }).click();
    await fatima.getByRole('status').filter({ hasText: 'De vraag is verstuurd.' }).waitFor();
    for (const who of ['Daan', 'Samira', 'Mark']) await fatima.getByText(`${who}: nog geen antwoord`).waitFor();

    // The overview lists the open question under Daan, and leads back to his page to withdraw it.
    await fatima.goto(`${server.origin}/werk/gezinnen/${jansen().id}/toestemming`);
    const open = fatima.getByRole('table', { name: 'Open vragen om toestemming voor gegevens van Daan' });
    await open.getByRole('row', { name: /Jeugdarts GGD/ }).getByText('Mark: nog geen antwoord').waitFor();
    await look(fatima, 'werk-toestemmingen-open-vraag');
    await fatima.getByRole('link', { name: 'Toestemming vragen of intrekken bij Daan' }).click();
    await h1(fatima, 'Daan');
    await fatima.getByRole('button', { name: 'Vraag intrekken' }).click();
    await fatima.getByRole('status').filter({ hasText: 'De vraag is ingetrokken.' }).waitFor();
    await fatima.getByText('Ingetrokken', { exact: true }).waitFor();
    expect(await fatima.getByRole('button', { name: 'Vraag intrekken' }).count()).toBe(0);
    await look(fatima, 'werk-toestemming-ingetrokken');
    expect(errors).toEqual([]);
    expect(samira.errors).toEqual([]);
  });
});
