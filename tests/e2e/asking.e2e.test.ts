import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchChromium, look } from './browser.ts';
import { openPlan, registerWithCode, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * Issue 10, point 8 (a) and (c), as Fatima works on a 1280×800 desktop and Samira and Mark read on
 * their phones: Fatima starts a conversation with Samira from Samira's page, is stopped when she
 * writes to Samira and Mark together (contactverbod), and reminds the family about instemming.
 * Samira sees both; Mark sees neither the conversation nor Samira's reminder. Axe on every screen.
 */
const screens = process.env.SCREENS_DIR;
const message = 'Samira, hoe ging de overdracht van de kinderen zaterdag?';

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let desktopContext: BrowserContext;
let fatima: Page;
const phones: Person[] = [];
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  ({ context: desktopContext, page: fatima } = await desktop(browser, { errors }));
});
afterAll(async () => {
  for (const phone of phones) await phone.context.close();
  await desktopContext?.close();
  await browser?.close();
  await server?.stop();
});

const family = () => server.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => family().members.find((m) => m.key === key)!.id;


describe('asking, not only answering', () => {
  it("Fatima starts a conversation with Samira from Samira's page", async () => {
    await registerWithCode(fatima, server.origin, await server.invite('fatima'));
    await fatima.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    await fatima.goto(`${server.origin}/werk/gezinnen/${family().id}/leden/${memberId('samira')}`);
    const form = fatima.getByRole('region', { name: 'Gesprek beginnen' });
    await form.waitFor();
    // On a member's page she writes to that member: no audience to choose.
    expect(await form.getByText('Aan wie').count()).toBe(0);
    await form.getByRole('button', { name: 'Gesprek beginnen' }).click();
    await form.getByText('Schrijf een bericht.').first().waitFor();
    await form.getByLabel('Bericht').fill(message);
    await form.getByRole('button', { name: 'Gesprek beginnen' }).click();
    await form.getByRole('status').getByText('Het gesprek is begonnen.').waitFor();
    await look(fatima, 'werk-gesprek-lid-1280');
  });

  it('on the family page, Samira and Mark together are refused: they have a contactverbod', async () => {
    await fatima.goto(`${server.origin}/werk/gezinnen/${family().id}`);
    const form = fatima.getByRole('region', { name: 'Gesprek beginnen' });
    await form.getByLabel('Samira').check();
    await form.getByLabel('Mark').check();
    await form.getByLabel('Bericht').fill('Een vraag aan jullie allebei.');
    await form.getByRole('button', { name: 'Gesprek beginnen' }).click();
    await form.getByText('Tussen twee gekozen gezinsleden geldt een contactverbod. Begin met ieder een apart gesprek.').first().waitFor();
    await form.scrollIntoViewIfNeeded();
    await look(fatima, 'werk-gesprek-contactverbod-1280');
  });

  it('Fatima reminds everyone who did not answer, once a day, and sees when', async () => {
    await fatima.goto(`${server.origin}/plan/${family().id}/instemming`);
    const block = fatima.getByRole('region', { name: 'Herinneren' });
    await block.getByText('nog niet herinnerd').first().waitFor();
    await block.getByRole('button', { name: 'Herinnering sturen' }).click();
    await block.getByRole('status').getByText(/^Herinnering gestuurd aan /).waitFor();
    await block.getByText(/herinnerd op \d+ \w+ \d{4}/).first().waitFor();
    await block.getByRole('button', { name: 'Herinnering sturen' }).click();
    await block.getByText('Iedereen die nog niet reageerde, kreeg vandaag al een herinnering.').waitFor();
    await block.scrollIntoViewIfNeeded();
    await look(fatima, 'werk-instemming-herinneren-1280');
  });

  it('Samira sees on her phone that Fatima wrote to her and asks her to answer about the plan', async () => {
    const samira = await signedIn(browser, server, 'samira');
    phones.push(samira);
    await openPlan(samira.page, server.origin);
    await samira.page.getByText('Fatima vraagt of u wilt reageren op het plan.').waitFor();
    await samira.page.getByText('Fatima (regisseur) schreef u.').waitFor();
    await samira.page.getByText(message).waitFor();
    await look(samira.page, 'lid-samira-plan-360');
    // The two places on the long plan page, each as the phone shows it.
    if (screens) {
      await samira.page.getByText('Fatima vraagt of u wilt reageren op het plan.').scrollIntoViewIfNeeded();
      await samira.page.screenshot({ path: `${screens}/lid-samira-herinnering-360.png` });
      await samira.page.getByText('Fatima (regisseur) schreef u.').scrollIntoViewIfNeeded();
      await samira.page.screenshot({ path: `${screens}/lid-samira-gesprek-360.png` });
    }
    expect(samira.errors).toEqual([]);
  });

  it('Mark sees his own reminder, never the conversation with Samira', async () => {
    const mark = await signedIn(browser, server, 'mark');
    phones.push(mark);
    await openPlan(mark.page, server.origin);
    await mark.page.getByText('Fatima vraagt of u wilt reageren op het plan.').waitFor();
    expect(await mark.page.getByText(message).count()).toBe(0);
    expect((await mark.apiBodies()).join('\n')).not.toContain(message);
    expect(errors).toEqual([]);
  });
});
