import { demoCanaries } from '@onsplan/shared/demo';
import type { MyDataExport } from '@onsplan/shared';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, look } from './browser.ts';
import { openScreen, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * A member's own data and own sign-ins, in real Chromium: "Mijn gegevens downloaden" as a file and
 * as a printable page (A7), "Mijn apparaten en inlogsleutels" (C2), and a correctieverzoek on a
 * personal field. axe-core runs on every new screen and state.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const people: Person[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const person of people) await person.context.close();
  await browser?.close();
  await server?.stop();
});

async function as(key: string): Promise<Person> {
  const person = await signedIn(browser, server, key);
  people.push(person);
  return person;
}

/** Clicks "Bewaren als bestand" and reads the JSON file the browser saved. */
async function downloadExport(page: Page): Promise<{ text: string; data: MyDataExport; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bewaren als bestand' }).click()]);
  const text = await readFile((await download.path())!, 'utf8');
  return { text, data: JSON.parse(text) as MyDataExport, name: download.suggestedFilename() };
}

const address = demoCanaries.samiraAddress.text;

describe('my data and my devices in Chromium', () => {
  it('Samira downloads her data as a file and prints it as a readable page', async () => {
    const samira = await as('samira');
    await openScreen(samira.page, server.origin, 'Mijn gegevens downloaden');
    const page = samira.page;
    await page.getByRole('heading', { level: 2, name: 'Het plan', exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 4, name: 'Mark komt niet bij het huis van Samira.' }).count()).toBe(1);
    expect(await page.getByText(`${address}, 3514 BK Utrecht`).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Wie heeft mijn gegevens bekeken?' }).count()).toBe(1);
    expect(await page.getByText(demoCanaries.noorPrivate.text).count()).toBe(0);
    await expectNoAxeViolations(page, 'mijn gegevens');

    const file = await downloadExport(page);
    expect(file.name).toMatch(/^ons-plan-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
    const me = file.data.family.members.find((m) => m.isMe)!;
    expect(me.firstName).toBe('Samira');
    expect(me.fields.find((f) => f.field === 'adres')?.value).toContain(address);
    expect(file.data.plan?.items.length).toBeGreaterThan(0);
    await page.getByText('Het bestand staat nu bij uw downloads.').waitFor();
    await expectNoAxeViolations(page, 'mijn gegevens bewaard');

    // The same data for another care system: a FHIR R4 Bundle the server makes from the same export.
    const [fhirDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Voor een ander zorgsysteem (FHIR)' }).click()]);
    expect(fhirDownload.suggestedFilename()).toMatch(/^ons-plan-mijn-gegevens-\d{4}-\d{2}-\d{2}\.fhir\.json$/);
    const fhirText = await readFile((await fhirDownload.path())!, 'utf8');
    expect(JSON.parse(fhirText)).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(fhirText).toContain(address);
    expect(fhirText).not.toContain(demoCanaries.noorPrivate.text);
    await look(page, 'mijn-gegevens-fhir');

    // On paper the buttons are gone and the plan stays.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'ja');
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.locator('body[data-printed="ja"]').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Bewaren als bestand' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 4, name: 'Mark komt niet bij het huis van Samira.' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it("Mark's file and page hold his own address, never Samira's", async () => {
    const mark = await as('mark');
    await openScreen(mark.page, server.origin, 'Mijn gegevens downloaden');
    await mark.page.getByRole('heading', { level: 2, name: 'Het plan', exact: true }).waitFor();
    expect(await mark.page.getByText('Kanaalweg 88', { exact: false }).count()).toBe(1);
    expect(await mark.page.locator('body').innerText()).not.toContain(address);
    const file = await downloadExport(mark.page);
    expect(file.text).toContain('Kanaalweg 88');
    expect(file.text).not.toContain(address);
    expect((await mark.apiBodies()).join('\n')).not.toContain(address);

    // Mark asks to correct his own address, from where it is shown.
    await openScreen(mark.page, server.origin, 'Contactgegevens wijzigen');
    await mark.page.getByRole('link', { name: 'Klopt dit niet?', description: /Adres/ }).click();
    await mark.page.getByRole('heading', { level: 1, name: 'Vragen om iets te veranderen' }).waitFor();
    expect(await mark.page.getByText('Adres: Kanaalweg 88, 3526 KM Utrecht').count()).toBe(1);
    await expectNoAxeViolations(mark.page, 'verzoek over een persoonsgegeven');
    await mark.page.getByRole('radio', { name: 'Iets veranderen' }).check();
    await mark.page.getByLabel('Hoe moet het wel zijn?').fill('Kanaalweg 90, 3526 KM Utrecht');
    await mark.page.getByLabel('Waarom?').fill('Het huisnummer klopt niet.');
    await mark.page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await mark.page.getByRole('heading', { level: 1, name: 'Mijn verzoeken' }).waitFor();
    const card = mark.page.locator('.onsplan-card', { hasText: 'Kanaalweg 90, 3526 KM Utrecht' });
    await card.waitFor();
    expect(await card.getByText('Ontvangen', { exact: true }).count()).toBe(1);
    expect(await card.getByRole('definition').filter({ hasText: /^Adres$/ }).count()).toBe(1);
    await expectNoAxeViolations(mark.page, 'verzoek over een persoonsgegeven verstuurd');
    expect(mark.errors).toEqual([]);
  });

  it('Samira sees where she is signed in, ends the session on her laptop, revokes its key, and signs herself out', async () => {
    const phone = people[0]!;
    const laptop = await as('samira');
    const page = phone.page;
    await openScreen(page, server.origin, 'Mijn apparaten en inlogsleutels');
    const sessions = page.getByRole('region', { name: 'Waar bent u ingelogd?' });
    const keys = page.getByRole('region', { name: 'Uw inlogsleutels' });
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(2);
    // The two lists load apart: wait for each, not only the first.
    await expect.poll(() => keys.getByRole('listitem').count()).toBe(2);
    await expectNoAxeViolations(page, 'mijn apparaten');

    const thisDevice = page.getByText('Dit apparaat', { exact: true });
    const other = sessions.getByRole('listitem').filter({ hasNot: thisDevice });
    await other.getByRole('button', { name: 'Uitloggen op dit apparaat' }).click();
    await other.getByText('Weet u het zeker? Op dit apparaat moet u dan opnieuw inloggen.').waitFor();
    await expectNoAxeViolations(page, 'uitloggen op een ander apparaat: zeker weten?');
    await other.getByRole('button', { name: 'Ja, uitloggen' }).click();
    await page.getByText('is uitgelogd.', { exact: false }).waitFor();
    await expect.poll(() => sessions.getByRole('listitem').count()).toBe(1);
    await expectNoAxeViolations(page, 'ander apparaat uitgelogd');

    // The laptop's next request finds its session gone: it gets the sign-in screen.
    await laptop.page.goto(`${server.origin}/plan`);
    await laptop.page.getByRole('button', { name: 'Inloggen met inlogsleutel' }).waitFor();

    const newest = keys.getByRole('listitem').last();
    await newest.getByRole('button', { name: 'Sleutel intrekken' }).click();
    await newest.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText('is ingetrokken.', { exact: false }).waitFor();
    await keys.getByText('Dit is uw enige sleutel. Die kunt u niet intrekken.').waitFor();
    await expectNoAxeViolations(page, 'sleutel ingetrokken');

    const current = sessions.getByRole('listitem').filter({ has: thisDevice });
    await current.getByRole('button', { name: 'Uitloggen op dit apparaat' }).click();
    await current.getByRole('button', { name: 'Ja, uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' }).waitFor();
    expect(phone.errors).toEqual([]);
  });
});
