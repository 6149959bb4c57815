import { demoCanaries } from '@onsplan/shared/demo';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from './browser.ts';
import { openPlan, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * REQUIREMENTS G3 in Chromium: every plan item can be read aloud in Dutch, and the plan prints as
 * one page "wie doet wat wanneer" with only what this member may see. The voice itself cannot be
 * heard in a test: the page's speechSynthesis records what it was asked to say.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let mark: Person;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await mark?.context.close();
  await browser?.close();
  await server?.stop();
});

interface Spoken {
  text: string;
  lang: string;
}

describe('reading aloud and printing the plan', () => {
  it('"Lees voor" reads one item in Dutch: kind, what, who, when; "Stop met voorlezen" stops it', async () => {
    mark = await signedIn(browser, server, 'mark');
    const { page } = mark;
    await page.addInitScript(() => {
      const record = window as unknown as { spoken: Spoken[]; finish: () => void };
      record.spoken = [];
      let current: SpeechSynthesisUtterance | undefined;
      const fake = {
        speak(u: SpeechSynthesisUtterance) {
          current = u;
          record.spoken.push({ text: u.text, lang: u.lang });
        },
        cancel() {
          current = undefined;
        },
        getVoices: () => [],
      };
      record.finish = () => current?.onend?.(new Event('end') as SpeechSynthesisEvent);
      Object.defineProperty(window, 'speechSynthesis', { value: fake });
    });
    // Opened again, as from the home screen: the app code first, then the plan with the recording voice.
    await openPlan(page, server.origin);
    const first = page.getByRole('article').first();
    const what = (await first.getByRole('heading', { level: 3 }).textContent())!;
    await first.getByRole('button', { name: 'Lees voor' }).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.lang).toBe('nl-NL');
    expect(spoken[0]!.text).toContain(what);
    expect(spoken[0]!.text).toMatch(/^(Afspraak|Doel|Hulp van familie of vrienden)\. .* Wie: .*\. Wanneer: .*\./);
    await first.getByRole('status').getByText('Dit deel wordt voorgelezen.').waitFor();
    await expectNoAxeViolations(page, 'plan wordt voorgelezen');

    await first.getByRole('button', { name: 'Stop met voorlezen' }).click();
    await first.getByRole('button', { name: 'Lees voor' }).waitFor();
    // The voice finishing by itself also gives the button back.
    await first.getByRole('button', { name: 'Lees voor' }).click();
    await page.evaluate(() => (window as unknown as { finish: () => void }).finish());
    await first.getByRole('button', { name: 'Lees voor' }).waitFor();
  });

  it('prints one page "wie doet wat wanneer" with only what Mark may see', async () => {
    const { page } = mark;
    const items = await page.getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
    expect(items.length).toBeGreaterThan(0);
    const sheet = page.getByRole('region', { name: 'Wie doet wat wanneer' });
    // On the screen the sheet is not there at all: every item once, for readers and searches.
    expect(await sheet.count()).toBe(0);
    await page.getByRole('button', { name: 'Printen: wie doet wat wanneer' }).waitFor();
    // What the browser does when printing starts (the button, or its own print menu).
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    // The portal told the server, so the print is in the access log (REQUIREMENTS D1).
    const printEntries = async () =>
      (await server.db.query<{ n: number }>(`select count(*)::int as n from access_log where action = 'printen' and object_kind = 'plan' and actor_name = 'Mark Jansen'`))[0]!.n;
    await expect.poll(printEntries).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await sheet.waitFor();
    for (const what of items) expect(await sheet.getByRole('cell', { name: what, exact: true }).count()).toBe(1);
    // Only the sheet is printed: the plan with its comments and buttons is not.
    expect(await page.getByRole('article').first().isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(false);
    const printed = (await page.locator('main').innerText()) + (await page.content());
    for (const canary of [demoCanaries.samiraAddress.text, demoCanaries.schoolAddress.text, demoCanaries.noorPrivate.text]) expect(printed).not.toContain(canary);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect.poll(() => sheet.count()).toBe(0);
  });
});
