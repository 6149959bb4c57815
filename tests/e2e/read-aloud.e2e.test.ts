import { demoCanaries } from '@onsplan/shared/demo';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium, look } from './browser.ts';
import { openPlan, openScreen, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * REQUIREMENTS G3 in Chromium: every plan item can be read aloud in Dutch, and the plan prints as
 * one page "wie doet wat wanneer" with only what this member may see. The voice itself cannot be
 * heard in a test: the page's speechSynthesis records what it was asked to say.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let mark: Person;
let willem: Person | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await mark?.context.close();
  await willem?.context.close();
  await browser?.close();
  await server?.stop();
});

interface Spoken {
  text: string;
  lang: string;
  rate: number;
}
interface Phone {
  spoken: Spoken[];
  voices: { lang: string; name: string }[];
  paused: boolean;
}
/** What the page's recording voice was asked, and whether it is paused. */
const phoneOf = (page: Person['page']) =>
  page.evaluate(() => {
    const phone = window as unknown as Phone;
    return { spoken: phone.spoken, voices: phone.voices, paused: phone.paused };
  });

describe('reading aloud and printing the plan', () => {
  it('"Lees voor" reads one item in Dutch: kind, what, who, when; "Stop met voorlezen" stops it', async () => {
    mark = await signedIn(browser, server, 'mark');
    const { page } = mark;
    await page.addInitScript(() => {
      const record = window as unknown as Phone & { finish: () => void };
      record.spoken = [];
      // No voices listed: the browser picks one by the language. A test lists some to take Dutch away.
      record.voices = [];
      record.paused = false;
      let current: SpeechSynthesisUtterance | undefined;
      const fake = {
        speak(u: SpeechSynthesisUtterance) {
          current = u;
          record.spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
        },
        cancel() {
          current = undefined;
        },
        pause() {
          record.paused = true;
        },
        resume() {
          record.paused = false;
        },
        getVoices: () => record.voices,
      };
      record.finish = () => current?.onend?.(new Event('end') as SpeechSynthesisEvent);
      Object.defineProperty(window, 'speechSynthesis', { value: fake });
    });
    // Opened again, as from the home screen: the app code first, then the plan with the recording voice.
    await openPlan(page, server.origin);
    const first = page.getByRole('article').first();
    const what = (await first.getByRole('heading', { level: 3 }).textContent())!;
    await first.getByRole('button', { name: 'Lees voor' }).click();
    const { spoken } = await phoneOf(page);
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

  it('"Lees deze pagina voor" reads what the page shows, in order, at the speed Mark chose; pause, continue and stop', async () => {
    const { page } = mark;
    await openPlan(page, server.origin);
    await page.getByLabel('Hoe snel?').selectOption({ label: 'Langzaam' });
    await page.getByRole('button', { name: 'Lees deze pagina voor' }).click();
    await page.getByRole('status').getByText('De pagina wordt voorgelezen.').waitFor();
    const { spoken } = await phoneOf(page);
    const texts = spoken.map((s) => s.text);
    expect(texts[0]).toBe('Ons plan.');
    expect(spoken.every((s) => s.lang === 'nl-NL' && s.rate === 0.75)).toBe(true);
    // Every heading the page shows is read, in the order of the page: each after the one before it.
    const headings = (await page.locator('main').getByRole('heading').allInnerTexts()).map((h) => h.trim());
    expect(headings.length).toBeGreaterThan(3);
    let at = -1;
    for (const heading of headings) {
      at = texts.findIndex((text, index) => index > at && text.startsWith(heading));
      expect(at, `"${heading}" after the heading before it, in: ${texts.join(' | ')}`).toBeGreaterThanOrEqual(0);
    }
    // Not the controls, not Snel weg, not what is hidden.
    const all = texts.join(' ');
    for (const never of ['Snel weg', 'Lees voor', 'Lees deze pagina voor', 'Hoe snel', 'Langzaam', 'Druk op een onderstreept woord']) expect(all).not.toContain(never);
    await look(page, 'pagina-voorlezen');

    // Another speed counts at once: the voice goes on at that speed (this stand-in never says which part it is at: from the top).
    await page.getByLabel('Hoe snel?').selectOption({ label: 'Snel' });
    const faster = (await phoneOf(page)).spoken.slice(spoken.length);
    expect(faster[0]!.text).toBe('Ons plan.');
    // The browser keeps a rate as a 32-bit number: 1.3 comes back as 1.2999999523.
    expect(faster.every((s) => Math.abs(s.rate - 1.3) < 0.001)).toBe(true);

    await page.getByRole('button', { name: 'Pauze' }).click();
    expect((await phoneOf(page)).paused).toBe(true);
    await page.getByRole('status').getByText('Het voorlezen is gepauzeerd.').waitFor();
    await page.getByRole('button', { name: 'Verder voorlezen' }).click();
    expect((await phoneOf(page)).paused).toBe(false);
    await page.getByRole('button', { name: 'Stop met voorlezen', exact: true }).click();
    const start = page.getByRole('button', { name: 'Lees deze pagina voor' });
    await start.waitFor();
    expect(await start.evaluate((b) => b === document.activeElement)).toBe(true);

    // The last speed chosen stays chosen on this phone.
    await openPlan(page, server.origin);
    expect(await page.getByLabel('Hoe snel?').inputValue()).toBe('fast');
  });

  it('a phone without a Dutch voice says so and what to do, and reads nothing', async () => {
    const { page } = mark;
    await page.evaluate(() => ((window as unknown as Phone).voices = [{ lang: 'en-GB', name: 'English' }]));
    await page.getByRole('button', { name: 'Lees deze pagina voor' }).click();
    await page.getByRole('alert').getByText('Uw telefoon heeft geen Nederlandse stem.', { exact: false }).waitFor();
    expect((await phoneOf(page)).spoken).toEqual([]);
    await look(page, 'geen-nederlandse-stem');
  });

  it('"Wat betekent dit?": a jargon word opens its one B1 sentence by keyboard, and closes with Escape', async () => {
    const { page } = mark;
    await openScreen(page, server.origin, 'Toestemming om gegevens te delen');
    const word = page.getByRole('button', { name: 'toestemming', exact: true });
    // Once per section: the introduction says "toestemming" twice, one of them is explained.
    await expect.poll(() => word.count(), { timeout: 10_000 }).toBe(1);
    await word.focus();
    await page.keyboard.press('Enter');
    expect(await word.getAttribute('aria-expanded')).toBe('true');
    const explanation = page.locator('.onsplan-glossary__explanation');
    expect(await explanation.getAttribute('id')).toBe(await word.getAttribute('aria-controls'));
    expect((await explanation.innerText()).replace(/\s+/g, ' ')).toBe('Wat betekent dit? Toestemming betekent: u zegt ja of nee tegen iets dat over u of uw kind gaat.');
    await look(page, 'wat-betekent-dit');
    await page.keyboard.press('Escape');
    expect(await word.getAttribute('aria-expanded')).toBe('false');
    expect(await explanation.count()).toBe(0);
    await page.keyboard.press('Space');
    expect(await word.getAttribute('aria-expanded')).toBe('true');

    // Reading the page: the open explanation after its sentence, and the form's questions and hints.
    await page.getByRole('button', { name: 'Lees deze pagina voor' }).click();
    const texts = (await phoneOf(page)).spoken.map((s) => s.text);
    const sentence = texts.indexOf('Soms willen we uw gegevens delen met iemand anders. Bijvoorbeeld met school of de huisarts. Dat mag alleen als u toestemming geeft.');
    expect(sentence).toBeGreaterThan(0);
    expect(texts[sentence + 1]).toBe('Wat betekent dit? Toestemming betekent: u zegt ja of nee tegen iets dat over u of uw kind gaat.');
    for (const formText of ['Over wiens gegevens gaat het?', 'Waarvoor?', 'Bijvoorbeeld: zodat de huisarts weet welke hulp er is.', 'Wat kiest u?', 'Ik geef toestemming.']) expect(texts).toContain(formText);
    await page.getByRole('button', { name: 'Stop met voorlezen', exact: true }).click();
  });

  it('in Arabic the Dutch plan text keeps its "Wat betekent dit?" (Willem: bewindvoerder)', async () => {
    willem = await signedIn(browser, server, 'willem');
    const { page } = willem;
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor();
    const word = page.getByRole('article').first().getByRole('button', { name: 'bewindvoerder', exact: true });
    await word.click();
    expect(await word.getAttribute('aria-expanded')).toBe('true');
    await look(page, 'wat-betekent-dit-ar');
  });
});
