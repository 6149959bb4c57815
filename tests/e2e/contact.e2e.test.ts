import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { desktop, look, serverAndChromiumForFile } from './browser.ts';
import { openScreen, registerWithCode, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * Contact with the professionals in Chromium (issue 13, point 3): Samira asks "bel mij terug" and
 * sends a message on her phone (360 px); Fatima answers at her desk (1280 px) and marks the call
 * back done; Samira sees the answer; Mark sees nothing of it. axe-core on every screen.
 */
const running = serverAndChromiumForFile(startServer);
const people: Person[] = [];
afterAll(async () => {
  for (const person of people) await person.context.close();
});

const title = 'Hulp vragen en berichten';
const message = 'Kunnen we praten over school van Daan?';
const answer = 'Ik bel u morgen om 10 uur.';
let samira: Person;
let fatima: Page;
const fatimaErrors: string[] = [];

describe('contact with the professionals in Chromium', () => {
  it('Fatima signs in at her desk and has her work phone and hours in her profile', async () => {
    const { context, page } = await desktop(running.browser, { errors: fatimaErrors });
    people.push({ context, page, errors: fatimaErrors, apiBodies: async () => [] });
    fatima = page;
    await registerWithCode(page, running.server.origin, await running.server.invite('fatima'));
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    const origin = running.server.origin;
    const saved = await page.request.fetch(`${origin}/api/v1/ik/werkprofiel`, {
      method: 'PUT',
      headers: { origin, 'x-ons-plan': '1', 'content-type': 'application/json' },
      data: { workPhone: '020 123 45 67', workHours: 'Maandag tot en met donderdag, 9 tot 17 uur' },
    });
    expect(saved.status()).toBe(200);
    // Samira's phone number is on file (hidden from Mark), so Fatima can call her back.
    const jansen = running.server.world.families.find((f) => f.key === 'jansen')!;
    const member = (key: string) => jansen.members.find((m) => m.key === key)!.id;
    const phone = await page.request.fetch(`${origin}/api/v1/gezinnen/${jansen.id}/gezinsleden/${member('samira')}/velden`, {
      method: 'POST',
      headers: { origin, 'x-ons-plan': '1', 'content-type': 'application/json' },
      data: { field: 'telefoon', value: '06 12345678', shieldedFrom: [member('mark')], reason: 'veiligheid' },
    });
    expect(phone.status()).toBe(201);
  });

  it('Samira sees how to call Fatima, asks to be called back and sends a message', async () => {
    samira = await signedIn(running.browser, running.server, 'samira');
    people.push(samira);
    const page = samira.page;
    await openScreen(page, running.server.origin, title);
    expect(await page.getByRole('link', { name: /^Bel Fatima/ }).getAttribute('href')).toBe('tel:0201234567');
    await page.getByText('Maandag tot en met donderdag, 9 tot 17 uur').waitFor();

    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Kies wat u wilt.' }).waitFor();
    await look(page, 'lid-contact-fout-360');

    await page.getByLabel('Bel mij terug').check();
    await page.getByLabel('In de ochtend').check();
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('status').getByText('Verstuurd. Het antwoord ziet u op deze pagina.').waitFor();
    await page.getByText('Bel mij terug: In de ochtend').waitFor();

    await page.getByLabel('Ik stuur een bericht').check();
    await page.getByLabel('Uw eigen woorden', { exact: true }).fill(message);
    await page.getByRole('button', { name: 'Versturen' }).click();
    // Sent, the form starts again (no text box until she chooses); the message is in her list.
    await page.getByLabel('Uw eigen woorden', { exact: true }).waitFor({ state: 'detached' });
    await page.getByText(message, { exact: true }).waitFor();
    await look(page, 'lid-contact-verstuurd-360');
  });

  it('Fatima answers the message in Berichten and marks the call back done', async () => {
    const page = fatima;
    await page.getByRole('navigation').getByRole('link', { name: 'Berichten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Berichten van gezinsleden' }).waitFor();
    const call = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Terugbelverzoek: ochtend – Samira/ }) });
    const note = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Bericht – Samira/ }) });
    await note.getByText(message).waitFor();
    expect(await call.getByRole('link', { name: '06 12345678' }).getAttribute('href')).toBe('tel:0612345678');
    // Both threads are new for her: she has not looked yet.
    await note.getByText('1 nieuw bericht').waitFor();
    await page.getByRole('region', { name: 'Ongelezen berichten' }).getByText('2 draden hebben berichten die u nog niet hebt gelezen.').waitFor();
    await look(page, 'werk-berichten-1280');

    await note.getByLabel('Antwoord').fill(answer);
    await note.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await note.getByRole('status').getByText('Antwoord geplaatst.').waitFor();
    await note.getByText(answer, { exact: true }).and(page.locator('p')).waitFor();
    await call.getByRole('button', { name: 'Markeren als teruggebeld' }).click();
    await call.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await page.getByRole('region', { name: 'Ongelezen berichten' }).waitFor({ state: 'detached' });
    expect(await note.getByText('1 nieuw bericht').count()).toBe(0);
    await look(page, 'werk-berichten-beantwoord-1280');
    expect(fatimaErrors).toEqual([]);
  });

  it('Samira sees the answer; Mark sees none of it', async () => {
    const page = samira.page;
    await openScreen(page, running.server.origin, title);
    const thread = page.getByRole('listitem').filter({ hasText: message }).first();
    await thread.getByText(answer).waitFor();
    await thread.getByText('Beantwoord').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Bel mij terug: In de ochtend' }).getByText('Klaar').waitFor();
    // The answer is new for her until she says she read it.
    await thread.getByText('Nieuw', { exact: true }).waitFor();
    await page.getByText('Er is 1 nieuw antwoord voor u.').waitFor();
    await look(page, 'lid-contact-antwoord-360');
    await page.getByRole('button', { name: 'Ik heb alles gelezen' }).click();
    await page.getByRole('status').getByText('U heeft alles gelezen.').waitFor();
    expect(await thread.getByText('Nieuw', { exact: true }).count()).toBe(0);
    expect(samira.errors).toEqual([]);

    const mark = await signedIn(running.browser, running.server, 'mark');
    people.push(mark);
    await openScreen(mark.page, running.server.origin, title);
    await mark.page.getByText('U heeft nog niets gevraagd.').waitFor();
    const seen = (await mark.apiBodies()).join('\n');
    expect(seen).not.toContain(message);
    expect(seen).not.toContain(answer);
    await look(mark.page, 'lid-contact-mark-360');
  });
});
