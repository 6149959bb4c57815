import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from './browser.ts';
import { registerWithCode, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * Issue 10, the plan editor, keyboard only on a 1280×800 desktop: Fatima opens the draft, adds an
 * item shielded from Mark with a reason, moves it up, sets its audience, previews it as Mark (absent)
 * and as Samira (present) and publishes. Then Mark's phone does not get the item and Samira's does.
 */
const secret = 'Samira woont nu op een geheim adres.';
// Pictures for a person to look at, only when asked for (SCREENS_DIR): CI keeps none.
const screens = process.env.SCREENS_DIR;

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let desktop: BrowserContext;
let fatima: Page;
const phones: Person[] = [];
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', bypassCSP: true });
  fatima = await desktop.newPage();
  fatima.on('pageerror', (e) => errors.push(e.message));
  const cdp = await desktop.newCDPSession(fatima);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
});
afterAll(async () => {
  for (const phone of phones) await phone.context.close();
  await desktop?.close();
  await browser?.close();
  await server?.stop();
});

const jansen = () => server.world.families.find((f) => f.key === 'jansen')!.id;

/** Presses a control the way a keyboard user does: focus on it, then Enter. */
async function press(page: Page, locator: ReturnType<Page['locator']>, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

const shot = async (page: Page, name: string, fullPage = true) => {
  if (screens) await page.screenshot({ path: `${screens}/${name}.png`, fullPage });
};

describe('the plan editor, by keyboard on a desktop', () => {
  it('Fatima writes a shielded item, previews it as Mark, Samira, Ria and Noor, and publishes', { timeout: 120_000 }, async () => {
    // Signing in is not the editor's part: done as in the other journeys.
    await registerWithCode(fatima, server.origin, await server.invite('fatima'));
    await fatima.goto(`${server.origin}/plan/${jansen()}`);
    await press(fatima, fatima.getByRole('link', { name: 'Plan bewerken' }));
    await fatima.getByRole('heading', { level: 1, name: 'Plan bewerken' }).waitFor();
    await fatima.getByText(/Nog niet opgeslagen|Opgeslagen om/).waitFor();
    await expectNoAxeViolations(fatima, 'plan bewerken');

    // Add: focus lands in the new item's "Wat", where she types.
    await press(fatima, fatima.getByRole('button', { name: 'Onderdeel toevoegen aan Veiligheid' }));
    // Waits as long as any locator does (not a timing of its own): the page may be slow on a busy machine.
    const focused = fatima.locator('textarea[id^="what-"]:focus');
    await focused.waitFor();
    const key = (await focused.getAttribute('id'))!.replace(/^what-/, '');
    await fatima.keyboard.type(secret);
    const item = fatima.locator(`#item-${key}`);
    await item.getByText('Dit onderdeel noemt Samira. Mark kan het lezen. Klopt dat?').waitFor();
    await expectNoAxeViolations(fatima, 'naamwaarschuwing');
    await item.getByRole('button', { name: "Samira toevoegen bij 'Gaat over'" }).scrollIntoViewIfNeeded();
    await shot(fatima, 'name-warning-1280', false);

    // Shield from Mark: without a reason it is refused in the screen, with one it is added.
    await item.getByLabel('Afschermen voor').selectOption({ label: 'Mark' });
    await press(fatima, item.getByRole('button', { name: 'Afschermen', exact: true }));
    await item.getByText('Kies waarom u afschermt.').waitFor();
    await fatima.locator(`#shield-reason-${key}:focus`).waitFor();
    await item.getByLabel('Reden').selectOption({ label: 'Risico voor iemands veiligheid' });
    await press(fatima, item.getByRole('button', { name: 'Afschermen', exact: true }));
    await item.getByText('Heel onderdeel afgeschermd voor Mark: Risico voor iemands veiligheid').waitFor();
    // Mark cannot read it any more, so the name warning is gone once the server has the shield.
    await item.getByText('Mark kan het lezen').waitFor({ state: 'detached' });
    await item.getByRole('button', { name: 'Afschermen', exact: true }).scrollIntoViewIfNeeded();
    await shot(fatima, 'shielded-1280', false);

    // Reorder: one place up; the focus stays on the button, the item is now one higher.
    const before = await fatima.getByRole('region', { name: /Onderdeel \d+ van Veiligheid/ }).count();
    await press(fatima, item.getByRole('button', { name: `Onderdeel ${before} omhoog` }));
    await item.getByRole('button', { name: `Onderdeel ${before - 1} omhoog` }).waitFor();
    await fatima.locator(`#up-${key}:focus`).waitFor();

    // Audience: from "Hele gezin" one down with the arrow key, to the adults.
    await press(fatima, item.getByLabel('Hele gezin'), 'ArrowDown');
    expect(await item.getByLabel('Volwassenen').isChecked()).toBe(true);
    await fatima.getByText(/Opgeslagen om \d\d:\d\d/).waitFor();
    await shot(fatima, 'editor-1280');
    await item.scrollIntoViewIfNeeded();
    await shot(fatima, 'editor-item-1280', false);
    await fatima.evaluate(() => window.scrollTo(0, 0));
    await shot(fatima, 'editor-top-1280', false);

    // Bekijk als Mark: the item is not there for him, and the side says why.
    await fatima.getByLabel('Bekijk als', { exact: true }).selectOption({ label: 'Mark' });
    await press(fatima, fatima.getByRole('button', { name: 'Bekijken' }));
    await fatima.getByRole('heading', { level: 1, name: 'Bekijk als Mark' }).waitFor();
    const markSees = fatima.getByRole('region', { name: 'Wat Mark ziet' });
    await markSees.getByRole('heading', { name: 'Veiligheid' }).waitFor();
    expect(await markSees.getByText(secret).count()).toBe(0);
    const hiddenFromMark = fatima.getByRole('region', { name: 'Verborgen voor Mark' });
    await hiddenFromMark.getByText(secret).waitFor();
    await hiddenFromMark.getByText('Regel: Afgeschermde gegevens ziet de genoemde persoon nooit.').first().waitFor();
    await expectNoAxeViolations(fatima, 'bekijk als Mark');
    await shot(fatima, 'preview-mark-1280');

    await fatima.getByLabel('Bekijk als ander gezinslid').selectOption({ label: 'Samira' });
    await press(fatima, fatima.getByRole('button', { name: 'Bekijken' }));
    await fatima.getByRole('heading', { level: 1, name: 'Bekijk als Samira' }).waitFor();
    await fatima.getByRole('region', { name: 'Wat Samira ziet' }).getByText(secret).waitFor();
    await shot(fatima, 'preview-samira-1280');
    // Ria helps Samira: her own preview, reached from Samira's.
    await press(fatima, fatima.getByRole('link', { name: /Bekijk als Ria, helper van Samira/ }));
    await fatima.getByRole('heading', { level: 1, name: 'Bekijk als Ria (helper van Samira)' }).waitFor();
    await fatima.getByRole('region', { name: 'Wat Ria ziet' }).getByText(secret).waitFor();
    await expectNoAxeViolations(fatima, 'bekijk als Ria');
    await shot(fatima, 'preview-ria-1280');
    // Noor is 16: her column speaks to her with "je", as her own phone does; Fatima's screen keeps "u".
    await fatima.getByLabel('Bekijk als ander gezinslid').selectOption({ label: 'Noor' });
    await press(fatima, fatima.getByRole('button', { name: 'Bekijken' }));
    await fatima.getByRole('heading', { level: 1, name: 'Bekijk als Noor' }).waitFor();
    const noorSees = fatima.getByRole('region', { name: 'Wat Noor ziet' });
    await noorSees.getByText('Wie ziet dit?').first().click();
    await noorSees.getByText('Hier staan alleen mensen die je in Ons Plan kunt zien.').first().waitFor();
    expect(await noorSees.getByText(/\b[Uu]w?\b/).count()).toBe(0);
    await expectNoAxeViolations(fatima, 'bekijk als Noor');
    await shot(fatima, 'preview-noor-1280');

    // Publish: per member what changes, Mark's list never names the item.
    await press(fatima, fatima.getByRole('link', { name: 'Terug naar het concept' }));
    await fatima.getByRole('heading', { level: 1, name: 'Plan bewerken' }).waitFor();
    await press(fatima, fatima.getByRole('button', { name: 'Naar publiceren' }));
    await fatima.getByRole('heading', { level: 1, name: 'Concept publiceren' }).waitFor();
    const forMark = fatima.getByRole('region', { name: 'Wat verandert er voor Mark?' });
    await forMark.waitFor();
    expect(await forMark.getByText(secret).count()).toBe(0);
    await fatima.getByRole('region', { name: 'Wat verandert er voor Samira?' }).getByText(secret).waitFor();
    await expectNoAxeViolations(fatima, 'publiceren');
    await shot(fatima, 'publish-1280');
    await press(fatima, fatima.getByRole('button', { name: 'Publiceren als versie 2' }));
    await fatima.getByText('Versie 2 is gepubliceerd. De gezinsleden worden gevraagd om instemming.').waitFor();
    await expectNoAxeViolations(fatima, 'gepubliceerd');

    // Still usable on a phone: the new draft starts from version 2, in one column.
    await fatima.setViewportSize({ width: 360, height: 780 });
    await fatima.goto(`${server.origin}/werk/gezinnen/${jansen()}/plan/bewerken`);
    await fatima.getByText('Concept van versie 3', { exact: false }).waitFor();
    await expectNoAxeViolations(fatima, 'plan bewerken op een telefoon');
    await shot(fatima, 'editor-phone-360', false);
    expect(errors).toEqual([]);
  });

  it('a colleague saved meanwhile: Fatima is told, nothing is overwritten silently, and she keeps her version on purpose', async () => {
    await fatima.setViewportSize({ width: 1280, height: 800 });
    await fatima.goto(`${server.origin}/werk/gezinnen/${jansen()}/plan/bewerken`);
    await fatima.getByRole('heading', { level: 1, name: 'Plan bewerken' }).waitFor();
    // Jeroen's tab (the same API, another save) writes first.
    const url = `${server.origin}/api/v1/gezinnen/${jansen()}/plan/concept`;
    const headers = { origin: server.origin, 'x-ons-plan': '1' };
    const draft = await (await fatima.request.get(url, { headers })).json();
    const theirs = await fatima.request.put(url, { headers, data: { revision: draft.revision, baseVersionId: draft.baseVersion.id, title: draft.title, summary: 'Versie van Jeroen.', items: draft.items } });
    expect(theirs.status()).toBe(200);

    const summary = fatima.getByLabel('Samenvatting voor het gezin');
    await summary.focus();
    await fatima.keyboard.press('End');
    await fatima.keyboard.type(' Mijn aanvulling.');
    await fatima.getByText('Een collega heeft het concept intussen gewijzigd.', { exact: false }).waitFor();
    await expectNoAxeViolations(fatima, 'conflict bij opslaan');
    await shot(fatima, 'conflict-1280', false);
    const stillTheirs = await (await fatima.request.get(url, { headers })).json();
    expect(stillTheirs.summary).toBe('Versie van Jeroen.');

    await press(fatima, fatima.getByRole('button', { name: 'Mijn versie opslaan (vervangt die van de collega)' }));
    await fatima.getByText(/Opgeslagen om \d\d:\d\d/).waitFor();
    const mine = await (await fatima.request.get(url, { headers })).json();
    expect(mine.summary).toContain('Mijn aanvulling.');
    expect(errors).toEqual([]);
  });

  it('Mark on his phone does not get the item; Samira does', async () => {
    const mark = await signedIn(browser, server, 'mark');
    phones.push(mark);
    await mark.page.getByText('Versie 2', { exact: false }).first().waitFor();
    expect(await mark.page.getByText(secret).count()).toBe(0);
    expect((await mark.apiBodies()).join('\n')).not.toContain(secret);
    await shot(mark.page, 'mark-phone-360');

    const samira = await signedIn(browser, server, 'samira');
    phones.push(samira);
    await samira.page.getByText(secret).waitFor();
    await shot(samira.page, 'samira-phone-360');
  });
});
