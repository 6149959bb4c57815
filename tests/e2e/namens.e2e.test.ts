import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testStart } from '../../api/src/test/clock.ts';
import { userIdIn } from '../../api/src/test/harness.ts';
import { look, serverAndChromiumForFile } from './browser.ts';
import { openPlan, openScreen, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * "Namens" in real Chromium at 360 px (issue 11): Ria, who helps Samira, sees "U helpt Samira" on
 * every screen she opens, even scrolled down; her comment passes "U doet dit namens Samira" (Terug
 * keeps the text); Samira then reads "Ria namens Samira" on the comment and on "Wat Ria voor u deed".
 */
const running = serverAndChromiumForFile(startServer);
const slow = 120_000;

const as = (key: string): Promise<Person> => signedIn(running.browser, running.server, key);

/** The screen as the person sees it now (the viewport, not the whole page), when SCREENS_DIR asks for pictures. */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENS_DIR) await page.screenshot({ path: `${process.env.SCREENS_DIR}/${name}.png` });
}

const banner = (page: Page) => page.getByRole('region', { name: 'Voor wie u helpt' });

/** The banner is on the screen and stays in view at the bottom of the page too. */
async function bannerStays(page: Page): Promise<void> {
  expect(await banner(page).textContent()).toBe('U helpt Samira');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const box = await banner(page).boundingBox();
  expect(box, 'banner on screen').not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(780);
  await page.evaluate(() => window.scrollTo(0, 0));
}

const comment = 'Samira wil de afspraak op woensdag.';
let ria: Person;

describe('a helper acts "namens" the member, and the member sees it', () => {
  it('Ria sees "U helpt Samira" on every screen, and confirms her comment for Samira', { timeout: slow }, async () => {
    ria = await as('ria');
    const { page, errors } = ria;
    await openPlan(page, running.server.origin);
    await bannerStays(page);
    await look(page, 'ria-plan');
    await shot(page, 'ria-plan-boven');
    await page.getByRole('heading', { level: 2, name: 'Hulp' }).scrollIntoViewIfNeeded();
    await shot(page, 'ria-plan-gescrold');

    await openScreen(page, running.server.origin, 'Is Samira het eens met het plan?');
    await bannerStays(page);
    await openScreen(page, running.server.origin, 'Toestemming om gegevens te delen');
    await bannerStays(page);
    await openScreen(page, running.server.origin, 'Wat helpers voor Samira deden');
    await bannerStays(page);

    await openPlan(page, running.server.origin);
    const wholePlan = page.getByRole('region', { name: 'Reacties op het hele plan', exact: true });
    await wholePlan.getByRole('button', { name: 'Reageer' }).click();
    await wholePlan.getByLabel('Reactie namens Samira').fill(comment);
    await wholePlan.getByRole('button', { name: 'Reactie plaatsen' }).click();
    const dialog = page.getByRole('dialog', { name: 'U doet dit namens Samira.' });
    await dialog.waitFor();
    expect(await dialog.getByText('Samira ziet dit.').count()).toBe(1);
    await look(page, 'ria-bevestigen');
    await shot(page, 'ria-bevestigen-scherm');

    // Terug: nothing is sent, and what she typed is still there.
    await dialog.getByRole('button', { name: 'Terug' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await wholePlan.getByLabel('Reactie namens Samira').inputValue()).toBe(comment);

    await wholePlan.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await dialog.getByRole('button', { name: 'Ja, verstuur' }).click();
    // First shown as waiting on her phone ("U, namens Samira"), then as the server has it.
    const written = wholePlan.getByRole('article').filter({ hasText: comment });
    await expect.poll(() => written.getByText('Ria namens Samira').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('Samira reads "Ria namens Samira" on the comment and on "Wat Ria voor u deed"', { timeout: slow }, async () => {
    const { page, errors } = await as('samira');
    await openPlan(page, running.server.origin);
    expect(await banner(page).count()).toBe(0);
    const wholePlan = page.getByRole('region', { name: 'Reacties op het hele plan', exact: true });
    const written = wholePlan.getByRole('article').filter({ hasText: comment });
    await written.waitFor();
    expect(await written.getByText('Ria namens Samira').count()).toBe(1);

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Wat uw helper voor u deed' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat Ria voor u deed' }).waitFor();
    expect(await page.getByText('Ria namens Samira schreef een reactie.').count()).toBe(1);
    await look(page, 'samira-wat-ria-deed');
    expect(errors).toEqual([]);
  });

  it('Ria, now helping Willem too, chooses whom she helps and switches; each screen shows only that person', { timeout: slow }, async () => {
    const deVries = running.server.world.families.find((f) => f.key === 'de-vries')!;
    const willem = deVries.members.find((m) => m.key === 'willem')!.id;
    // The server's clock is the fixed test clock: the help runs from the day before to a month after.
    await running.server.db.query(
      `insert into delegations (id, family_id, member_id, helper_user_id, scopes, valid_from, valid_until, created_at) values (gen_random_uuid(), $1, $2, $3, '{lezen}', $4, $5, $4)`,
      [deVries.id, willem, userIdIn(running.server.world, 'ria'), new Date(testStart.getTime() - 86_400_000).toISOString(), new Date(testStart.getTime() + 30 * 86_400_000).toISOString()],
    );
    const { page, errors } = ria;
    // With two people to help, her phone keeps no copy (it would mix them): the app asks whom she helps.
    await page.goto(`${running.server.origin}/plan`);
    await page.getByRole('heading', { level: 1, name: 'Wie help ik?' }).waitFor();
    await look(page, 'ria-wie-helpt-u-nu');
    await page.getByRole('button', { name: 'Ik help Willem' }).click();
    await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
    expect(await banner(page).textContent()).toBe('U helpt WillemWisselen');
    expect(await page.getByText(comment).count()).toBe(0);
    await shot(page, 'ria-helpt-willem');

    await banner(page).getByRole('link', { name: 'Wisselen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie help ik?' }).waitFor();
    await page.getByRole('button', { name: 'Ik help Samira' }).click();
    await page.getByRole('region', { name: 'Reacties op het hele plan', exact: true }).getByText(comment).waitFor();
    expect(await banner(page).textContent()).toBe('U helpt SamiraWisselen');
    expect(errors).toEqual([]);
  });
});
