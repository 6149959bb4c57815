import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testStart } from '../../api/src/test/clock.ts';
import { desktop, look, serverAndChromiumForFile } from './browser.ts';
import { openPlan, openScreen, registerWithCode, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * Issue 13, point 1, the agenda: Fatima plans a meeting with Samira (and her colleague Jeroen) and one with Mark on a desktop
 * (1280×800); each sees only their own on the phone (360 px); Samira puts hers in her calendar (the
 * `.ics` is read), asks for another moment, Fatima answers with a new time and Samira sees it. One
 * server, one Chromium, one sign-in per person; axe runs on every screen (`look`).
 */
const running = serverAndChromiumForFile(startServer);
let fatima: Page;
let samira: Person;
const errors: string[] = [];

const jansen = () => running.server.world.families.find((f) => f.key === 'jansen')!;
const agendaUrl = () => `${running.server.origin}/werk/gezinnen/${jansen().id}/afspraken`;
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

async function planMeeting(page: Page, what: string, member: string, kind: 'Adres' | 'Telefoon', place: string, from: string, to: string, colleague?: string) {
  await page.getByLabel('Onderwerp').fill(what);
  await page.getByLabel('Datum').fill('2026-12-01');
  await page.getByLabel('Begintijd').fill(from);
  await page.getByLabel('Eindtijd').fill(to);
  await page.getByLabel('Soort afspraak').selectOption({ label: kind });
  await page.getByLabel(kind === 'Adres' ? 'Adres' : 'Telefoonnummer', { exact: true }).fill(place);
  await page.getByRole('group', { name: 'Gezinsleden die meedoen' }).getByLabel(member).check();
  if (colleague) await page.getByRole('group', { name: 'Professionals die meedoen (optioneel)' }).getByLabel(colleague).check();
  await page.getByRole('button', { name: 'Afspraak plannen' }).click();
  await page.getByRole('status').filter({ hasText: `Afspraak "${what}" is gepland.` }).waitFor();
}

describe('the agenda', () => {
  it('Fatima plans a meeting with Samira and one with Mark; the form says what is missing first', async () => {
    const { context, page } = await desktop(running.browser, { errors, fixedTime: testStart });
    fatima = page;
    await registerWithCode(page, running.server.origin, await running.server.invite('fatima'));
    await h1(page, 'Vandaag');
    await page.goto(agendaUrl());
    await h1(page, /^Afspraken/);
    await page.getByText('Er zijn nog geen afspraken.').waitFor();
    await page.getByRole('button', { name: 'Afspraak plannen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Kies minstens één gezinslid.' }).waitFor();
    await look(page, 'werk-afspraken-fouten');

    await planMeeting(page, 'Gesprek over veilig thuis', 'Samira', 'Adres', 'Lindelaan 12, Utrecht', '10:00', '11:00', 'Jeroen de Boer');
    await planMeeting(page, 'Gesprek over de training', 'Mark', 'Telefoon', '030 123 45 67', '14:00', '14:30');
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    await look(page, 'werk-afspraken');

    // Mark's meeting takes longer: Fatima changes its end; the form opens with what it holds now.
    await page.getByRole('button', { name: 'Afspraak Gesprek over de training wijzigen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Afspraak "Gesprek over de training" wijzigen' }).waitFor();
    expect(await page.getByLabel('Begintijd').inputValue()).toBe('14:00');
    await page.getByLabel('Eindtijd').fill('15:00');
    await look(page, 'werk-afspraak-wijzigen');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Afspraak "Gesprek over de training" is gewijzigd.' }).waitFor();
    await page.getByRole('rowheader', { name: /14:00–15:00/ }).waitFor();
    expect(context).toBeDefined();
  });

  it('Samira sees only her own, saves it in her calendar and asks for another moment', async () => {
    const { server, browser } = running;
    samira = await signedIn(browser, server, 'samira');
    // "Next" on the plan is counted from the phone's clock: it stands on the server's test day, so any calendar day passes.
    await samira.context.clock.setFixedTime(testStart);
    await openPlan(samira.page, server.origin);
    await samira.page.getByText('Uw volgende afspraak: Gesprek over veilig thuis').waitFor();
    await look(samira.page, 'lid-plan-volgende-afspraak-360');
    await openScreen(samira.page, server.origin, 'Afspraken');
    const card = samira.page.getByRole('listitem').filter({ hasText: 'Gesprek over veilig thuis' });
    await card.getByText('Dinsdag 1 december 2026, 10:00 tot 11:00').waitFor();
    await card.getByText('Waar: Lindelaan 12, Utrecht').waitFor();
    await card.getByText('Met: Fatima (hulpverlener), Jeroen (hulpverlener)', { exact: true }).waitFor();
    expect(await samira.page.getByText('Gesprek over de training').count()).toBe(0);
    await look(samira.page, 'lid-afspraken-360');

    const [download] = await Promise.all([samira.page.waitForEvent('download'), card.getByRole('link', { name: 'Zet in mijn agenda' }).click()]);
    expect(download.suggestedFilename()).toBe('afspraak-2026-12-01.ics');
    const ics = await readFile((await download.path())!, 'utf8');
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toEqual(expect.arrayContaining(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART:20261201T090000Z', 'DTEND:20261201T100000Z', 'SUMMARY:Gesprek over veilig thuis', 'LOCATION:Lindelaan 12\\, Utrecht', 'END:VCALENDAR']));
    expect(lines.some((l) => /^UID:[0-9a-f-]{36}@onsplan$/.test(l))).toBe(true);

    await card.getByRole('button', { name: 'Ik kan niet, kan het op een ander moment?' }).click();
    await card.getByRole('button', { name: 'Vraag om een ander moment' }).click();
    await card.getByText('Schrijf op waarom u niet kunt.').waitFor();
    await card.getByLabel('Waarom kunt u niet?').fill('Ik moet dan werken.');
    await card.getByRole('button', { name: 'Vraag om een ander moment' }).click();
    await card.getByText('U vroeg om een ander moment.').waitFor();
    await card.getByText('U krijgt nog antwoord.').waitFor();
    await look(samira.page, 'lid-afspraken-gevraagd-360');
  });

  it('Mark sees only his own meeting, nothing of Samira’s nor its place', async () => {
    const { server, browser } = running;
    const mark = await signedIn(browser, server, 'mark');
    await openScreen(mark.page, server.origin, 'Afspraken');
    await mark.page.getByText('Gesprek over de training').waitFor();
    await mark.page.getByText('Dinsdag 1 december 2026, 14:00 tot 15:00').waitFor();
    expect(await mark.page.getByText('Gesprek over veilig thuis').count()).toBe(0);
    expect(await mark.apiBodies().then((bodies) => bodies.join('\n'))).not.toContain('Lindelaan');
    await mark.context.close();
  });

  it('Fatima answers with a new time; Samira sees the answer and the new time', async () => {
    await fatima.goto(agendaUrl());
    const request = fatima.getByRole('article', { name: /Samira vraagt om een ander moment/ });
    await request.getByText('Reden: Ik moet dan werken.').waitFor();
    await request.getByLabel('Datum').fill('2026-12-03');
    await request.getByLabel('Begintijd').fill('14:00');
    await request.getByLabel('Eindtijd').fill('15:00');
    await request.getByLabel('Bericht aan het gezinslid').fill('Kan het donderdagmiddag?');
    await request.getByRole('button', { name: 'Antwoord versturen' }).click();
    await request.waitFor({ state: 'detached' });
    await look(fatima, 'werk-afspraken-beantwoord');

    await openScreen(samira.page, running.server.origin, 'Afspraken');
    const card = samira.page.getByRole('listitem').filter({ hasText: 'Gesprek over veilig thuis' });
    await card.getByText('Donderdag 3 december 2026, 14:00 tot 15:00').waitFor();
    await card.getByText('Fatima gaf een nieuwe tijd. De tijd hierboven is nu goed.').waitFor();
    await card.getByText('Kan het donderdagmiddag?').waitFor();
    await look(samira.page, 'lid-afspraken-antwoord-360');
    expect([...errors, ...samira.errors]).toEqual([]);
    await samira.context.close();
  });
});
