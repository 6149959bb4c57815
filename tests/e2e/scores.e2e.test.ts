import type { ScoresPage } from '@onsplan/shared';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { desktop, look, serverAndChromiumForFile } from './browser.ts';
import { openScreen, registerWithCode, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * "Hoe gaat het nu?" in Chromium (issue 13): Noor (16) scores her own doel without internet; once
 * online it is sent; Fatima sees it on her scores page at 1280 px while Samira, her mother, does not
 * get it. The chart and its table are checked by axe on Noor's 360 px screen.
 */
const running = serverAndChromiumForFile(startServer);
const people: Person[] = [];
afterAll(async () => {
  for (const person of people) await person.context.close();
});

const jansen = () => running.server.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const doel = 'Noor voelt zich op school veilig.';
const note = 'Vandaag ging het goed in de klas.';

/** Calls the API with this page's session, as the portal does. */
async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(`${running.server.origin}/api/v1${path}`, { method, headers: { origin: running.server.origin, 'x-ons-plan': '1' }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

describe('scores in Chromium', () => {
  it('Noor scores her doel offline; online it arrives; Fatima sees it, Samira does not', async () => {
    // Fatima at her desk publishes a doel that is Noor's own, with what 0 and 10 mean.
    const { context: fatimaContext, page: fatima } = await desktop(running.browser);
    people.push({ context: fatimaContext, page: fatima, errors: [], apiBodies: async () => [] });
    await registerWithCode(fatima, running.server.origin, await running.server.invite('fatima'));
    await fatima.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    await api(fatima, 'POST', `/gezinnen/${jansen().id}/plan/versies`, {
      baseVersionId: jansen().plan.versionId,
      items: [
        {
          op: 'toevoegen',
          content: { section: 'hulpverlening', kind: 'doel', what: doel, scaleLow: 'Ik voel me daar niet veilig', scaleHigh: 'Ik voel me daar helemaal veilig' },
          envelope: { audience: 'leden', audienceMembers: [memberId('noor')], subjects: [memberId('noor')] },
        },
      ],
    });

    const noor = await signedIn(running.browser, running.server, 'noor');
    people.push(noor);
    await openScreen(noor.page, running.server.origin, 'Hoe gaat het nu?');
    const page = noor.page;
    const section = page.getByRole('region', { name: doel });
    await section.getByText('10 betekent: Ik voel me daar helemaal veilig').waitFor();
    await look(page, 'noor-hoe-gaat-het-leeg');

    await noor.context.setOffline(true);
    await section.getByRole('radio', { name: '7' }).check();
    await section.getByLabel('Wil je iets uitleggen? Dat mag, het hoeft niet.').fill(note);
    // The default: only the professionals.
    expect(await section.getByRole('radio', { name: 'Alleen de hulpverleners' }).isChecked()).toBe(true);
    await section.getByRole('button', { name: 'Cijfer geven' }).click();
    await section.getByText('Opgeslagen op deze telefoon.', { exact: false }).waitFor();
    await section.getByText('Je cijfer 7 wacht op internet.').waitFor();
    await look(page, 'noor-hoe-gaat-het-offline');

    await noor.context.setOffline(false);
    // Sent by the outbox once online; the page reads her scores again after the sync.
    await section.getByRole('table', { name: 'Jouw cijfers als tabel' }).getByRole('cell', { name: note }).waitFor({ timeout: 30_000 });
    await section.getByRole('img', { name: 'Je cijfers voor dit doel' }).waitFor();
    await look(page, 'noor-hoe-gaat-het-tabel');

    // Fatima's scores page for the family, side by side per doel.
    await fatima.goto(`${running.server.origin}/werk/gezinnen/${jansen().id}/scores`);
    const forFatima = fatima.getByRole('region', { name: doel });
    await forFatima.getByRole('cell', { name: note }).waitFor();
    expect(await forFatima.getByRole('cell', { name: 'Noor' }).count()).toBe(1);
    await look(fatima, 'fatima-scores-per-doel');

    // Samira, Noor's mother with gezag, gets no score of Noor's in any answer.
    const samira = await signedIn(running.browser, running.server, 'samira');
    people.push(samira);
    const forSamira = await api<ScoresPage>(samira.page, 'GET', `/gezinnen/${jansen().id}/scores`);
    expect(JSON.stringify(forSamira)).not.toContain(note);
    expect(forSamira.doelen.flatMap((d) => d.scores).filter((s) => !s.isMine)).toEqual([]);
    expect(noor.errors).toEqual([]);

    // "Wat vindt u ervan?": Samira answers once this month; the screen says it is not the complaints route.
    await openScreen(samira.page, running.server.origin, 'Wat vindt u ervan?');
    await samira.page.getByText('Dit is geen klacht.', { exact: false }).waitFor();
    await look(samira.page, 'samira-wat-vindt-u-ervan');
    await samira.page.getByRole('radio', { name: '4 – Goed' }).check();
    await samira.page.getByRole('button', { name: 'Versturen' }).click();
    await samira.page.getByRole('status').getByText('Dank u wel. Uw antwoord is verstuurd.').waitFor();
    await look(samira.page, 'samira-wat-vindt-u-ervan-verstuurd');
    // One answer is far from five: the organisation sees nothing yet.
    await fatima.goto(`${running.server.origin}/werk/tevredenheid`);
    await fatima.getByText('Nog geen maand met 5 of meer antwoorden.').waitFor();
    await look(fatima, 'fatima-tevredenheid');
    expect(samira.errors).toEqual([]);
  });
});
