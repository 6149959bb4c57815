import { demoCanaries } from '@onsplan/shared/demo';
import type { PlanView } from '@onsplan/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { look, serverAndChromiumForFile } from './browser.ts';
import { openPlan, openScreen, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * "Wat zien je ouders van jou?" in Chromium at 360 px (issue 11): Noor (16) shares her own item with
 * Samira, then hides that part from both parents in one step, and Samira's next read no longer has
 * it; Daan (13) sees who sees what, without switches. axe-core on every state.
 */
const running = serverAndChromiumForFile(startServer);
const as = (key: string): Promise<Person> => signedIn(running.browser, running.server, key);

const jansen = () => running.server.world.families.find((f) => f.key === 'jansen')!.id;
const title = 'Wat zien je ouders van jou?';
const noorItem = demoCanaries.noorPrivate.text;

/** Samira's plan as the server gives it to her now, read with her own session. */
async function samirasPlan(page: Page): Promise<string[]> {
  const response = await page.request.fetch(`${running.server.origin}/api/v1/gezinnen/${jansen()}/plan`, { headers: { origin: running.server.origin, 'x-ons-plan': '1' } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as PlanView).items.map((i) => i.what);
}

const planIntro = { je: 'Wil je iets zeggen over het hele plan? Dat kan hier.', u: 'Wilt u iets zeggen over het hele plan? Dat kan hier.' };
const contactIntro = { je: 'Heb je een nieuw adres, telefoonnummer of e-mailadres? Geef het hier door.', u: 'Heeft u een nieuw adres, telefoonnummer of e-mailadres? Geef het hier door.' };

/** The same plan page and contact form say "je" to a youth under 18 and "u" to an adult (issue 11). */
async function expectAddressing(page: Page, addressing: 'je' | 'u', who: string): Promise<void> {
  const other = addressing === 'je' ? 'u' : 'je';
  await openPlan(page, running.server.origin);
  await page.getByText(planIntro[addressing]).waitFor();
  expect(await page.getByText(planIntro[other]).count()).toBe(0);
  await look(page, `aanspreken-${who}-plan`);
  await openScreen(page, running.server.origin, 'Contactgegevens wijzigen');
  await page.getByText(contactIntro[addressing]).waitFor();
  expect(await page.getByText(contactIntro[other]).count()).toBe(0);
  await look(page, `aanspreken-${who}-contact`);
}

const hasNoorItem = (items: string[]) => items.some((what) => what.includes(noorItem));

describe('a youth’s own say in Chromium', () => {
  it('Noor shares her item with Samira, then hides the part from both parents: Samira no longer gets it', async () => {
    const noor = await as('noor');
    const samira = await as('samira');
    await expectAddressing(noor.page, 'je', 'jongere-16');
    await expectAddressing(samira.page, 'u', 'ouder');
    await openScreen(noor.page, running.server.origin, title);
    const page = noor.page;
    await page.getByText('Je bent 16 of ouder. Je ouders zien jouw onderdelen alleen als jij dat wilt.').waitFor();
    expect(await page.getByText('Samira ziet dit niet. Je bent 16 of ouder en je deelt het niet.').count()).toBe(1);
    await look(page, 'jongere-16-begin');

    await page.getByRole('button', { name: 'Laat zien aan Samira' }).click();
    await page.getByRole('status').getByText('Klaar. Samira ziet dit nu.').waitFor();
    expect(await page.getByText('Samira ziet dit, omdat jij het deelt.').count()).toBe(1);
    expect(hasNoorItem(await samirasPlan(samira.page))).toBe(true);

    await page.getByRole('button', { name: 'Verberg dit deel voor je ouders' }).click();
    await page.getByRole('status').getByText('Klaar. Je ouders zien dit deel nu niet.').waitFor();
    expect(await page.getByText('Samira ziet dit niet. Jij hebt het verborgen.').count()).toBe(1);
    expect(await page.getByText('Mark ziet dit niet. Jij hebt het verborgen.').count()).toBe(1);
    await look(page, 'jongere-16-verborgen');
    expect(hasNoorItem(await samirasPlan(samira.page))).toBe(false);
    expect(noor.errors).toEqual([]);
  });

  it('Daan (13) sees that his parents see his item, and why; he gets no switches', async () => {
    const daan = await as('daan');
    await openScreen(daan.page, running.server.origin, title);
    const page = daan.page;
    await page.getByText('Je bent jonger dan 16. Je ouders met gezag zien dan jouw onderdelen.').waitFor();
    expect(await page.getByText('Samira ziet dit, omdat je jonger bent dan 16 en Samira het gezag heeft.').count()).toBe(1);
    expect(await page.getByRole('button', { name: /Verberg|Laat zien/ }).count()).toBe(0);
    await look(page, 'jongere-13');
  });
});
