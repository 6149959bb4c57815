import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchChromium, look } from './browser.ts';
import { openApp, recordApiBodies, registerWithCode, testAppCode } from './people.ts';
import { startServer } from './server.ts';
import { addDays } from '@onsplan/shared';
import { testStart } from '../../api/src/test/clock.ts';

/**
 * Issue 10 as Fatima works on a desktop (1280×800): her workspace, a family made from nothing, and
 * an invitation that a parent redeems on a phone. Steps share the server and run in order; axe runs
 * on every screen, and each screen is saved as a picture for a person to look at.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let fatima: Page;
let invitationCode = '';
let annaPage: Page;
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
async function desktopPage(): Promise<Page> {
  const { context, page } = await desktop(browser, { errors });
  contexts.push(context);
  return page;
}


const today = new Date(testStart).toISOString().slice(0, 10);
// Fourteen on the test day.
// The hand-over day: three days after the test day, so Fatima keeps the family for the steps after it.
const inThreeDays = addDays(today, 3);
const youthBirthDate = `${Number(today.slice(0, 4)) - 14}-01-15`;

/** A family's id as the API gives it to Fatima. */
async function familyIdOf(name: string): Promise<string> {
  const response = await fatima.request.fetch(`${server.origin}/api/v1/gezinnen`, { headers: { origin: server.origin, 'x-ons-plan': '1' } });
  return ((await response.json()) as { id: string; name: string }[]).find((f) => f.name === name)!.id;
}

/** Fatima's first plan item for the new family: about Anna, shielded from Bas. */
const annasItem = 'Anna woont op een nieuw adres. Bas komt daar niet.';

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
const nav = (page: Page) => page.getByRole('navigation', { name: 'Werkplek' });

describe('the workspace', () => {
  it('Fatima signs in on a desktop and lands in her workspace: Vandaag, her families, her name and organisation, no Snel weg', async () => {
    fatima = await desktopPage();
    await registerWithCode(fatima, server.origin, await server.invite('fatima'));
    await h1(fatima, 'Vandaag');
    expect(new URL(fatima.url()).pathname).toBe('/werk');
    await fatima.getByText('Lokaal team Utrecht-Oost').first().waitFor();
    expect(await fatima.getByRole('button', { name: 'Snel weg' }).count()).toBe(0);
    await fatima.getByRole('link', { name: /^\d+ van \d+ hebben gereageerd$/ }).waitFor();
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

  it('Fatima makes a family from nothing: two parents with gezag over a youth of 14, a contactverbod between the parents, a grandmother', async () => {
    await nav(fatima).getByRole('link', { name: 'Nieuw gezin' }).click();
    await h1(fatima, 'Nieuw gezin');
    // Sent empty first: the error summary names what to fix and takes focus.
    await fatima.getByRole('button', { name: 'Gezin aanmaken' }).click();
    await fatima.getByRole('alert').getByRole('link', { name: 'Vul de naam van het gezin in.' }).waitFor();
    await look(fatima, 'werk-nieuw-gezin-fouten');
    await fatima.getByLabel('Naam van het gezin').fill('Gezin Bakker / Visser');
    await fatima.getByLabel('Gezin', { exact: true }).check();
    await fatima.getByRole('button', { name: 'Gezin aanmaken' }).click();
    await h1(fatima, 'Gezin Bakker / Visser');
    await nav(fatima).getByRole('link', { name: 'Gezin Bakker / Visser' }).waitFor();

    const member = async (firstName: string, lastName: string, birthDate: string, role: string) => {
      await fatima.getByLabel('Voornaam').fill(firstName);
      await fatima.getByLabel('Achternaam').fill(lastName);
      await fatima.getByLabel('Geboortedatum').fill(birthDate);
      await fatima.getByLabel('Rol', { exact: true }).selectOption({ label: role });
      await fatima.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
      await fatima.getByRole('status').filter({ hasText: `${firstName} is toegevoegd.` }).waitFor();
    };
    await member('Anna', 'Visser', '1988-03-02', 'Ouder');
    await member('Bas', 'Bakker', '1986-07-19', 'Ouder');
    await member('Lotte', 'Bakker', youthBirthDate, 'Jeugdige');
    await member('Gerda', 'Visser', '1958-11-30', 'Netwerk');

    const relation = async (from: string, kind: string, to: string, since = '') => {
      await fatima.getByLabel('Wie', { exact: true }).selectOption({ label: from });
      await fatima.getByLabel('Soort relatie').selectOption({ label: kind });
      await fatima.getByLabel('Met wie').selectOption({ label: to });
      await fatima.getByLabel('Vanaf').fill(since);
      await fatima.getByRole('button', { name: 'Relatie vastleggen' }).click();
      await fatima.getByRole('status').filter({ hasText: 'De relatie is vastgelegd.' }).waitFor();
    };
    await relation('Anna Visser', 'heeft gezag over', 'Lotte Bakker');
    await relation('Bas Bakker', 'heeft gezag over', 'Lotte Bakker');
    // A contactverbod without its first day is refused with the reason, at the field.
    await fatima.getByLabel('Wie', { exact: true }).selectOption({ label: 'Anna Visser' });
    await fatima.getByLabel('Soort relatie').selectOption({ label: 'heeft een contactverbod met' });
    await fatima.getByLabel('Met wie').selectOption({ label: 'Bas Bakker' });
    await fatima.getByRole('button', { name: 'Relatie vastleggen' }).click();
    await fatima.getByRole('alert').getByRole('link', { name: 'Een contactverbod heeft een begindatum nodig.' }).waitFor();
    await relation('Anna Visser', 'heeft een contactverbod met', 'Bas Bakker', today);
    await fatima.getByText('Anna heeft een contactverbod met Bas').waitFor();
    await look(fatima, 'werk-gezin-nieuw');
  });

  it("Fatima shields Anna's address from Bas, with a reason chosen on purpose", async () => {
    await fatima.getByRole('link', { name: 'Anna Visser' }).click();
    await h1(fatima, 'Anna');
    await fatima.getByLabel('Soort gegeven').selectOption({ label: 'Adres' });
    await fatima.getByLabel('Waarde').fill('Tulpstraat 4, 3512 AB Utrecht');
    await fatima.getByLabel('Bas').check();
    // No reason is preselected: saving asks for one.
    await fatima.getByRole('button', { name: 'Contactgegeven opslaan' }).click();
    await fatima.getByRole('alert').getByRole('link', { name: 'Kies een reden van afscherming.' }).waitFor();
    await look(fatima, 'werk-lid-afschermen');
    await fatima.getByLabel('Risico voor iemands veiligheid').check();
    await fatima.getByRole('button', { name: 'Contactgegeven opslaan' }).click();
    await fatima.getByRole('status').filter({ hasText: 'Het contactgegeven is opgeslagen.' }).waitFor();
    await fatima.getByText('Afgeschermd voor: Bas').waitFor();
    await look(fatima, 'werk-lid-afgeschermd');
  });

  it("Fatima writes the family's first plan with an item about Anna shielded from Bas, previews it as Anna and as Bas, and publishes", async () => {
    await nav(fatima).getByRole('link', { name: 'Gezin Bakker / Visser' }).click();
    // Nothing published yet: the plan's page says so and leads to the editor.
    await fatima.getByRole('link', { name: 'Gepubliceerd plan' }).click();
    await h1(fatima, 'Plan – Gezin Bakker / Visser');
    await fatima.getByText('Dit gezin heeft nog geen gepubliceerd plan.').waitFor();
    await look(fatima, 'werk-plan-nog-geen');
    await fatima.getByRole('link', { name: 'Eerste plan schrijven' }).click();
    await h1(fatima, 'Plan bewerken');
    await fatima.getByText('Het eerste plan van dit gezin.', { exact: false }).waitFor();
    await fatima.getByRole('button', { name: 'Onderdeel toevoegen aan Veiligheid' }).click();
    const what = fatima.locator('textarea[id^="what-"]:focus');
    await what.waitFor();
    const key = (await what.getAttribute('id'))!.replace(/^what-/, '');
    await fatima.keyboard.type(annasItem);
    const item = fatima.locator(`#item-${key}`);
    await item.getByLabel('Afschermen voor').selectOption({ label: 'Bas' });
    await item.getByLabel('Reden').selectOption({ label: 'Risico voor iemands veiligheid' });
    await item.getByRole('button', { name: 'Afschermen', exact: true }).click();
    await item.getByText('Heel onderdeel afgeschermd voor Bas: Risico voor iemands veiligheid').waitFor();
    await fatima.getByText(/Opgeslagen om \d\d:\d\d/).waitFor();
    await look(fatima, 'werk-eerste-plan');

    await fatima.getByLabel('Bekijk als', { exact: true }).selectOption({ label: 'Anna' });
    await fatima.getByRole('button', { name: 'Bekijken' }).click();
    await h1(fatima, 'Bekijk als Anna');
    await fatima.getByRole('region', { name: 'Wat Anna ziet' }).getByText(annasItem).waitFor();
    await look(fatima, 'werk-eerste-plan-als-anna');
    await fatima.getByLabel('Bekijk als ander gezinslid').selectOption({ label: 'Bas' });
    await fatima.getByRole('button', { name: 'Bekijken' }).click();
    await h1(fatima, 'Bekijk als Bas');
    await fatima.getByRole('region', { name: 'Verborgen voor Bas' }).getByText(annasItem).waitFor();
    expect(await fatima.getByRole('region', { name: 'Wat Bas ziet' }).getByText(annasItem).count()).toBe(0);
    await look(fatima, 'werk-eerste-plan-als-bas');

    await fatima.getByRole('link', { name: 'Terug naar het concept' }).click();
    await h1(fatima, 'Plan bewerken');
    await fatima.getByRole('button', { name: 'Naar publiceren' }).click();
    await h1(fatima, 'Concept publiceren');
    expect(await fatima.getByRole('region', { name: 'Wat verandert er voor Bas?' }).getByText(annasItem).count()).toBe(0);
    await fatima.getByRole('button', { name: 'Publiceren als versie 1' }).click();
    await fatima.getByText('Versie 1 is gepubliceerd.', { exact: false }).waitFor();
    await look(fatima, 'werk-eerste-plan-gepubliceerd');
    await fatima.getByRole('link', { name: 'Naar het plan' }).click();
    await h1(fatima, 'Plan – Gezin Bakker / Visser');
    await fatima.getByText('Versie 1, gepubliceerd op', { exact: false }).waitFor();
    await fatima.getByRole('article', { name: annasItem }).waitFor();
    // Back where the next step works: Anna's page.
    await nav(fatima).getByRole('link', { name: 'Gezin Bakker / Visser' }).click();
    await fatima.getByRole('link', { name: 'Anna Visser' }).click();
    await h1(fatima, 'Anna');
  });

  it('Fatima makes an invitation code for Anna, shown once with a B1 letter, and prints the letter', async () => {
    await fatima.getByRole('button', { name: 'Uitnodigingscode maken' }).click();
    await fatima.getByRole('heading', { level: 3, name: 'Code voor Anna' }).waitFor();
    const code = (await fatima.locator('.onsplan-code-issued > p strong').textContent())!.trim();
    expect(code.length).toBeGreaterThan(8);
    const letter = fatima.getByRole('article', { name: 'Uw uitnodiging voor Ons Plan' });
    await letter.getByText(server.origin).waitFor();
    await letter.getByText(code).waitFor();
    await letter.getByText('Bel Fatima Yılmaz van Lokaal team Utrecht-Oost').waitFor();
    await look(fatima, 'werk-lid-uitnodiging');
    // On paper only the letter: no navigation, no buttons, no other part of the page.
    await fatima.emulateMedia({ media: 'print' });
    expect(await nav(fatima).isVisible()).toBe(false);
    expect(await fatima.getByRole('button', { name: 'Brief afdrukken' }).isVisible()).toBe(false);
    expect(await letter.isVisible()).toBe(true);
    if (screens) await fatima.screenshot({ path: `${screens}/werk-brief-afdruk.png`, fullPage: true });
    await fatima.emulateMedia({ media: 'screen' });
    invitationCode = code;
  });

  it('Anna redeems the code on her phone (360 px) and creates a passkey; Fatima then sees her account and passkey', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'nl-NL', bypassCSP: true });
    contexts.push(context);
    const anna = await context.newPage();
    anna.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(anna);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    await anna.goto(server.origin);
    await anna.getByRole('link', { name: 'Ik heb een code' }).click();
    await anna.getByLabel('Uw code').fill(invitationCode);
    await anna.getByRole('button', { name: 'Verder' }).click();
    await anna.getByRole('heading', { name: 'Maak uw inlogsleutel' }).waitFor();
    await look(anna, 'lid-inlogsleutel-maken');
    await anna.getByLabel('Naam van dit apparaat').fill('Telefoon van Anna');
    await anna.getByRole('button', { name: 'Inlogsleutel maken' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Kies een app-code' }).waitFor();
    expect(await anna.getByRole('button', { name: 'Snel weg' }).count()).toBe(1);
    await anna.getByLabel('App-code', { exact: true }).fill(testAppCode);
    await anna.getByLabel('Typ de app-code nog een keer').fill(testAppCode);
    await anna.getByRole('button', { name: 'App-code opslaan' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Kies een app-code' }).waitFor({ state: 'detached' });
    annaPage = anna;

    await fatima.reload();
    await h1(fatima, 'Anna');
    await fatima.getByText('Heeft een account.').waitFor();
    await fatima.getByText(/Telefoon van Anna \(aangemaakt/).waitFor();
    await fatima.getByRole('button', { name: 'Herstelcode maken (telefoon kwijt of nieuw)' }).waitFor();
    await look(fatima, 'werk-lid-account');
  });

  it('Anna reads the published plan on her phone as Fatima previewed it; Bas signs in on his phone and never receives the item', async () => {
    await openApp(annaPage, `${server.origin}/plan/${await familyIdOf('Gezin Bakker / Visser')}`);
    await annaPage.getByText(annasItem).waitFor();
    await look(annaPage, 'lid-eerste-plan-anna');

    const familyId = await familyIdOf('Gezin Bakker / Visser');
    const headers = { origin: server.origin, 'x-ons-plan': '1' };
    const admin = (await (await fatima.request.fetch(`${server.origin}/api/v1/gezinnen/${familyId}/beheer`, { headers })).json()) as { members: { id: string; firstName: string }[] };
    const basId = admin.members.find((m) => m.firstName === 'Bas')!.id;
    const issued = await fatima.request.post(`${server.origin}/api/v1/gezinnen/${familyId}/gezinsleden/${basId}/code`, { headers, data: {} });
    expect(issued.status()).toBe(201);
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'nl-NL', bypassCSP: true });
    contexts.push(context);
    const bas = await context.newPage();
    bas.on('pageerror', (e) => errors.push(e.message));
    const bodies = recordApiBodies(bas);
    const cdp = await context.newCDPSession(bas);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    await registerWithCode(bas, server.origin, ((await issued.json()) as { code: string }).code);
    await bas.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
    expect(await bas.getByText(annasItem).count()).toBe(0);
    expect((await bodies()).join('\n')).not.toContain(annasItem);
    await look(bas, 'lid-eerste-plan-bas');
  });

  it('Fatima puts her work phone and hours on her profile; Anna sees them under "Contact met uw hulpverlener", with 112 and Veilig Thuis as calls', async () => {
    await nav(fatima).getByRole('link', { name: 'Mijn profiel' }).click();
    await h1(fatima, 'Mijn profiel');
    await fatima.getByLabel('Werktelefoon').fill('bel mij');
    await fatima.getByRole('button', { name: 'Opslaan' }).click();
    await fatima.getByRole('alert').getByRole('link', { name: 'Vul een telefoonnummer in met alleen cijfers, spaties of streepjes.' }).waitFor();
    await fatima.getByLabel('Werktelefoon').fill('030 123 45 67');
    await fatima.getByLabel('Bereikbaar').fill('Maandag, dinsdag en donderdag van 9 tot 17 uur');
    await fatima.getByRole('button', { name: 'Opslaan' }).click();
    await fatima.getByRole('status').filter({ hasText: 'Uw bereikbaarheid is opgeslagen.' }).waitFor();
    await look(fatima, 'werk-profiel-bereikbaar');

    const familyId = await familyIdOf('Gezin Bakker / Visser');
    await openApp(annaPage, `${server.origin}/plan/${familyId}/contact`);
    const section = annaPage.getByRole('region', { name: 'Contact met uw hulpverlener' });
    expect(await section.getByRole('link', { name: 'Bel Fatima: 030 123 45 67' }).getAttribute('href')).toBe('tel:0301234567');
    expect(await section.getByRole('link', { name: 'Bel 112' }).getAttribute('href')).toBe('tel:112');
    expect(await section.getByRole('link', { name: 'Bel Veilig Thuis: 0800-2000' }).getAttribute('href')).toBe('tel:08002000');
    await section.getByText('Maandag, dinsdag en donderdag van 9 tot 17 uur').waitFor();
    await look(annaPage, 'lid-contact-hulpverlener');
  });

  it("Anna's phone is lost: Fatima revokes its passkey after a confirm question, and the phone's session ends", async () => {
    const familyId = await familyIdOf('Gezin Bakker / Visser');
    await nav(fatima).getByRole('link', { name: 'Gezin Bakker / Visser' }).click();
    await h1(fatima, 'Gezin Bakker / Visser');
    await fatima.getByRole('link', { name: 'Anna Visser' }).click();
    await h1(fatima, 'Anna');
    await fatima.getByRole('button', { name: 'Intrekken Telefoon van Anna' }).click();
    await fatima.getByText('Inlogsleutel "Telefoon van Anna" intrekken?', { exact: false }).waitFor();
    await look(fatima, 'werk-lid-intrekken');
    await fatima.getByRole('button', { name: 'Ja, intrekken' }).click();
    await fatima.getByRole('status').filter({ hasText: 'De inlogsleutel is ingetrokken.' }).waitFor();
    const response = await annaPage.request.fetch(`${server.origin}/api/v1/gezinnen/${familyId}`, { headers: { origin: server.origin, 'x-ons-plan': '1' } });
    expect(response.status()).toBe(401);
  });

  it('Fatima removes a relation entered by mistake, sets the last day of the contactverbod and corrects a member; a betrokken professional only reads', async () => {
    await nav(fatima).getByRole('link', { name: 'Gezin Bakker / Visser' }).click();
    await h1(fatima, 'Gezin Bakker / Visser');
    await fatima.getByLabel('Wie', { exact: true }).selectOption({ label: 'Gerda Visser' });
    await fatima.getByLabel('Soort relatie').selectOption({ label: 'heeft gezag over' });
    await fatima.getByLabel('Met wie').selectOption({ label: 'Lotte Bakker' });
    await fatima.getByRole('button', { name: 'Relatie vastleggen' }).click();
    const mistake = fatima.getByRole('listitem').filter({ hasText: 'Gerda heeft gezag over Lotte' });
    await mistake.getByRole('button', { name: 'Relatie weghalen' }).click();
    await fatima.getByRole('button', { name: 'Ja, weghalen' }).click();
    await mistake.waitFor({ state: 'detached' });

    const ban = fatima.getByRole('listitem').filter({ hasText: 'Anna heeft een contactverbod met Bas' });
    await ban.getByRole('button', { name: 'Einddatum vastleggen' }).click();
    await ban.getByLabel('Laatste dag van het contactverbod').fill(addDays(today, -1));
    await ban.getByRole('button', { name: 'Einddatum opslaan' }).click();
    await ban.getByText('Kies vandaag of een latere dag, na de begindatum.').waitFor();
    await ban.getByLabel('Laatste dag van het contactverbod').fill(addDays(today, 365));
    await ban.getByRole('button', { name: 'Einddatum opslaan' }).click();
    await ban.getByRole('button', { name: 'Einddatum vastleggen' }).waitFor();
    await look(fatima, 'werk-gezin-relaties');

    await fatima.getByRole('link', { name: 'Gerda Visser' }).click();
    await h1(fatima, 'Gerda');
    const correct = fatima.getByRole('region', { name: 'Gegevens verbeteren' });
    await correct.getByLabel('Geboortedatum').fill('1958-12-01');
    await correct.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await correct.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' }).waitFor();
    await fatima.getByRole('button', { name: 'Gerda uit het gezin halen' }).waitFor();
    await look(fatima, 'werk-gezinslid-wijzigen');

    const jeroen = await desktopPage();
    await registerWithCode(jeroen, server.origin, await server.invite('jeroen'));
    await nav(jeroen).getByRole('link', { name: 'Gezin Jansen / El Amrani' }).click();
    await h1(jeroen, 'Gezin Jansen / El Amrani');
    await jeroen.getByText('U bent betrokken bij dit gezin en kunt het lezen.', { exact: false }).waitFor();
    expect(await jeroen.getByRole('heading', { name: 'Gezinslid toevoegen' }).count()).toBe(0);
    expect(await jeroen.getByRole('link', { name: 'Plan bewerken' }).count()).toBe(0);
    expect(await jeroen.getByRole('button', { name: 'Relatie weghalen' }).count()).toBe(0);
    await look(jeroen, 'werk-gezin-betrokken');
  });

  it('Fatima hands Gezin Bakker / Visser over to Karim from a later day, after a confirm question; both stay in the history', async () => {
    await nav(fatima).getByRole('link', { name: 'Gezin Bakker / Visser' }).click();
    await h1(fatima, 'Gezin Bakker / Visser');
    const handOver = fatima.getByRole('region', { name: 'Gezin overdragen' });
    await handOver.getByRole('button', { name: 'Verder' }).click();
    await handOver.getByRole('alert').getByRole('link', { name: 'Kies de professional die het gezin overneemt.' }).waitFor();
    await handOver.getByLabel('Overdragen aan').selectOption({ label: 'Karim Benali, Regisseur, Lokaal team Utrecht-West' });
    await handOver.getByLabel('Ingangsdatum').fill(inThreeDays);
    await handOver.getByRole('button', { name: 'Verder' }).click();
    await handOver.getByText('Gezin Bakker / Visser overdragen aan Karim Benali per', { exact: false }).waitFor();
    await look(fatima, 'werk-gezin-overdragen-bevestigen');
    await handOver.getByRole('button', { name: 'Ja, overdragen' }).click();
    await fatima.getByRole('status').filter({ hasText: 'Overgedragen aan Karim Benali' }).waitFor();
    const professionals = fatima.getByRole('region', { name: 'Professionals' });
    await professionals.getByRole('row', { name: /Karim Benali Regisseur/ }).waitFor();
    await professionals.getByRole('row', { name: /Fatima Yılmaz Regisseur/ }).waitFor();
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
