import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegPhoto } from '../../api/src/test/document-fixtures.ts';
import { expectNoAxeViolations, launchChromium } from './browser.ts';
import { readLocalCopy } from './local-copy.ts';
import { openPlan, openScreen, signedIn, testAppCode, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * "Safety first" as people live it, in real Chromium on phones 360 px wide: everything a member
 * writes is its own guarded object (DOMAIN rule 4, REQUIREMENTS A3). Samira writes to the whole
 * plan for the professionals only and is told who reads it; her eigen verklaring stands beside an
 * item a professional shared with Mark, and never reaches him; a photo Noor (16) shares with Daan
 * never reaches her parents or Ria. For the people who may not read something, every API answer
 * their phone received is searched (screens, the sync of the copy on the phone, the export behind
 * "Mijn gegevens" and its print), not only the screen. axe-core runs on every new state (G1).
 * The steps build on each other (a comment, a statement, a photo), so they run in order.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const people = new Map<string, Person>();

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  await mkdir(shots, { recursive: true });
});
afterAll(async () => {
  for (const person of people.values()) await person.context.close();
  await browser?.close();
  await server?.stop();
});

/** Outside the repository: pictures to look at, not to compare. */
const shots = '/tmp/shots';
/** Each step signs people in on a machine shared with other test runs: generous, never a timing assert. */
const slow = 240_000;

/** The person's phone, signed in once (every API answer it receives recorded) and kept for the next steps. */
async function as(key: string): Promise<Person> {
  let person = people.get(key);
  if (!person) {
    person = await signedIn(browser, server, key);
    people.set(key, person);
  }
  return person;
}

const jansen = () => server.world.families.find((f) => f.key === 'jansen')!;
const familyPath = () => `/gezinnen/${jansen().id}`;
const item = (page: Page, what: string) => page.getByRole('article', { name: what });
/** "Wie ziet dit?" of the item itself: it comes before the comments, which have their own. */
const whoSeesItem = (page: Page, what: string) => item(page, what).locator('details.onsplan-readers').first();

/**
 * The API from this phone's own session, as the portal calls it (same origin, its cookie, the
 * `x-ons-plan` header); the answer is recorded with everything else the page receives.
 */
async function call(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const init: RequestInit = { method, credentials: 'same-origin', headers: { 'x-ons-plan': '1', ...(body === undefined ? {} : { 'content-type': 'application/json' }) } };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(url, init);
      return { status: response.status, text: await response.text() };
    },
    { method, url: `/api/v1${path}`, body },
  );
}

async function callOk<T>(page: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const { status, text } = await call(page, method, path, body);
  expect(status, `${method} ${path}: ${text}`).toBeLessThan(300);
  return JSON.parse(text) as T;
}

/** Opens the app again, as after a while away: it starts, syncs the copy on the phone, and shows the plan. */
async function reopenAndSync(page: Page): Promise<void> {
  const synced = page.waitForResponse((r) => /^\/api\/v1\/gezinnen\/[^/]+\/synchronisatie$/.test(new URL(r.url()).pathname) && r.ok(), { timeout: 90_000 });
  await openPlan(page, server.origin);
  await synced;
  await page.getByRole('region', { name: 'Verbinding' }).getByText('Laatst bijgewerkt om', { exact: false }).waitFor();
}

/** A phone-sized picture (360 × 780) of the screen from `top` down, clear of the sticky "Snel weg". */
async function shootFrom(page: Page, top: Locator, name: string): Promise<void> {
  await top.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -90));
  await page.screenshot({ path: `${shots}/${name}.png` });
}

/** "Foto's en bestanden" with its list loaded (cards, or the line that there are none). */
async function openDocuments(page: Page): Promise<void> {
  await openScreen(page, server.origin, "Foto's en bestanden");
  await page.locator('.onsplan-cards').or(page.getByText("Er zijn nog geen foto's of bestanden.")).first().waitFor();
}

/** Everything on the page now, shown or not (closed "Wie ziet dit?", hidden forms, attributes). */
const pageText = async (page: Page) => `${await page.locator('body').innerText()}\n${await page.content()}`;

/** "Mijn gegevens downloaden" on screen and as printed: both from the export this page fetched. */
async function myDataAndPrint(page: Page, title = 'Mijn gegevens downloaden'): Promise<string> {
  await openScreen(page, server.origin, title);
  await page.getByRole('heading', { level: 2, name: 'Het plan', exact: true }).waitFor();
  const onScreen = await pageText(page);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'ja');
  });
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  await page.locator('body[data-printed="ja"]').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const printed = await page.locator('body').innerText();
  await page.emulateMedia({ media: 'screen' });
  return `${onScreen}\n${printed}`;
}

const fear = 'Ik ben bang dat Mark weet waar ik woon.';
const statement = 'Hij stond daar op 20 november.';
const shared = 'Mark komt niet bij het huis van Samira.';
const photoName = 'voor-daan-alleen.jpg';
/** First names of the family members: the whole-plan line for "alleen de hulpverleners" names none of them. */
const memberNames = ['Samira', 'Mark', 'Noor', 'Daan', 'Mila', 'Henk'];
/** Filled in when Noor has sent her photo. */
const photo = { id: '', sha256: '' };

describe('safety first: what a member writes reaches only its readers, in Chromium', () => {
  it('Samira writes to the whole plan; the form asks who may read it, narrowest first, and names them before she sends', { timeout: slow }, async () => {
    const { page } = await as('samira');
    const wholePlan = page.getByRole('region', { name: 'Reacties op het hele plan', exact: true });
    await wholePlan.getByRole('button', { name: 'Reageer' }).click();
    // The form "Reageer" opened, not the reply form under a thread (that one has its own line).
    const form = wholePlan.getByRole('form', { name: 'Reageer' });
    await form.getByLabel('Uw reactie').waitFor();
    const choice = form.getByRole('group', { name: 'Wie mag uw reactie lezen?' });
    expect(await choice.getByRole('radio', { name: 'Alleen de hulpverleners' }).isChecked()).toBe(true);
    expect(await choice.getByRole('radio', { name: 'Iedereen die het plan ziet' }).isChecked()).toBe(false);
    const line = form.getByText(/^Dit lezen:/);
    expect(await line.textContent()).toBe('Dit lezen: Ria, Fatima en Jeroen.');
    for (const name of memberNames) expect(await line.textContent(), name).not.toContain(name);
    await expectNoAxeViolations(page, 'reactie op het hele plan schrijven');

    await form.getByLabel('Uw reactie').fill(fear);
    await form.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await wholePlan.getByText('Uw reactie staat erbij.').waitFor();
    await expect.poll(() => wholePlan.getByText(fear, { exact: true }).count()).toBe(1);
    expect(await wholePlan.getByText('Alleen de hulpverleners lezen dit.').count()).toBe(1);
    await expectNoAxeViolations(page, 'reactie op het hele plan geplaatst');

    // "Wie ziet dit?" on her own comment: Ria (her helper) and the professionals, no one of the family.
    const readers = wholePlan.locator('.onsplan-comment', { hasText: fear }).locator('details.onsplan-readers');
    await readers.getByText('Wie ziet dit?').click();
    const said = await readers.innerText();
    expect(said).toContain('Fatima en Jeroen');
    expect(said).toContain('Ria helpt u.');
    for (const name of memberNames) expect(said, name).not.toContain(name);
    await expectNoAxeViolations(page, 'wie ziet mijn reactie, open');

    // The wide choice names who that is: never Mark.
    await wholePlan.getByRole('button', { name: 'Reageer' }).click();
    await choice.getByRole('radio', { name: 'Iedereen die het plan ziet' }).check();
    await expect.poll(() => line.textContent()).toBe('Dit lezen: Daan, Henk, Noor, Ria, Fatima en Jeroen.');
    await wholePlan.getByRole('button', { name: 'Reageer' }).click();
    expect(people.get('samira')!.errors).toEqual([]);
  });

  it('Fatima refuses Samira\'s correctieverzoek on the shared item; Samira adds her eigen verklaring where the refusal is', { timeout: slow }, async () => {
    const samira = (await as('samira')).page;
    const itemId = jansen().plan.items.find((i) => i.key === 'niet-bij-huis')!.id;
    const request = await callOk<{ id: string }>(samira, 'POST', `${familyPath()}/correctieverzoeken`, {
      clientId: randomUUID(),
      kind: 'aanvullen',
      target: { kind: 'plan-item', id: itemId },
      proposedText: statement,
      reason: 'Dit is gebeurd.',
    });
    const fatima = (await as('fatima')).page;
    await callOk(fatima, 'POST', `${familyPath()}/correctieverzoeken/${request.id}/besluit`, { outcome: 'afwijzen', reasons: 'Dit zetten we in het verslag, niet in de afspraak.' });

    await openScreen(samira, server.origin, 'Mijn verzoeken');
    await samira.getByText('Afgewezen', { exact: true }).waitFor();
    await shootFrom(samira, samira.getByText('Eigen verklaring schrijven', { exact: true }), '6-samira-verklaring-schrijven');
    await samira.getByLabel('Uw verklaring').fill(statement);
    await samira.getByRole('button', { name: 'Verklaring toevoegen' }).click();
    await samira.getByText('Uw eigen verklaring').waitFor();
    await expectNoAxeViolations(samira, 'eigen verklaring toegevoegd');

    await openPlan(samira, server.origin);
    const disputed = item(samira, shared);
    await expect.poll(() => disputed.getByRole('complementary', { name: 'Eigen verklaring' }).getByText(statement).count()).toBe(1);
    await expectNoAxeViolations(samira, 'plan met eigen verklaring');
  });

  it('Noor (16) sends a photo to Daan only; the form names Daan before she sends; she sees the statement, never the comment', { timeout: slow }, async () => {
    const noor = await as('noor');
    const { page } = noor;
    await openScreen(page, server.origin, "Foto's en bestanden");
    await page.getByLabel('Kies een foto of bestand').setInputFiles({ name: photoName, mimeType: 'image/jpeg', buffer: Buffer.from(jpegPhoto()) });
    await page.getByRole('radio', { name: 'De hulpverleners en iemand uit het gezin' }).check();
    await page.getByRole('checkbox', { name: 'Daan' }).check();
    const line = page.getByText(/^Dit zien:/);
    await expect.poll(() => line.textContent()).toBe('Dit zien: Daan en de hulpverleners.');
    await expectNoAxeViolations(page, 'foto alleen voor Daan, voor het versturen');
    await shootFrom(page, page.getByRole('group', { name: 'Wie mag het zien?' }), '4-noor-foto-voor-daan');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Je bestand is verstuurd.').waitFor();
    const card = page.locator('.onsplan-card', { has: page.locator('.onsplan-card__title', { hasText: photoName }) });
    await card.waitFor();
    await card.getByText('Wie ziet dit?').click();
    const readers = await card.locator('details.onsplan-readers').innerText();
    expect(readers).toContain('Daan');
    for (const name of ['Samira', 'Mark', 'Ria', 'Henk']) expect(readers, name).not.toContain(name);
    await expectNoAxeViolations(page, 'foto voor Daan verstuurd, wie ziet dit open');

    const list = await callOk<{ documents: { id: string; name: string; sha256: string }[] }>(page, 'GET', `${familyPath()}/documenten`);
    const sent = list.documents.find((d) => d.name === photoName)!;
    expect(sent).toBeDefined();
    Object.assign(photo, { id: sent.id, sha256: sent.sha256 });

    // The item a professional shared across the contactverbod: Noor sees it with her mother's statement.
    await openPlan(page, server.origin);
    await expect.poll(() => item(page, shared).getByText(statement).count()).toBe(1);
    expect(await page.getByText(fear).count()).toBe(0);
    const seen = `${(await noor.apiBodies()).join('\n')}\n${await myDataAndPrint(page)}`;
    expect(seen).not.toContain(fear);
    expect(noor.errors).toEqual([]);
  });

  it('Daan (13) gets the photo and sees the statement beside the item; the comment never reaches him', { timeout: slow }, async () => {
    const daan = await as('daan');
    const { page } = daan;
    await expect.poll(() => item(page, shared).getByText(statement).count()).toBe(1);
    await openScreen(page, server.origin, "Foto's en bestanden");
    await page.locator('.onsplan-card__title', { hasText: photoName }).waitFor();
    expect((await call(page, 'GET', `${familyPath()}/documenten/${photo.id}/download`)).status).toBe(200);
    const bodies = `${(await daan.apiBodies()).join('\n')}\n${await myDataAndPrint(page)}`;
    expect(bodies).toContain(photo.id);
    // The sync at sign-in put it in the copy on his phone.
    await expect.poll(async () => JSON.stringify((await readLocalCopy(page, testAppCode)).records), { timeout: 30_000 }).toContain(photo.id);
    expect(bodies).not.toContain(fear);
    expect(daan.errors).toEqual([]);
  });

  it('Mark sees the shared item, but neither Samira\'s comment nor her statement nor Noor\'s photo, on any screen or in any answer', { timeout: slow }, async () => {
    await somethingToLeak();
    const mark = await as('mark');
    const { page } = mark;
    const seen: string[] = [];
    // His first sync (the copy on his phone) happened at sign-in, after everything above was written.
    await reopenAndSync(page);
    await item(page, shared).waitFor();
    await whoSeesItem(page, shared).getByText('Wie ziet dit?').click();
    const readers = await whoSeesItem(page, shared).innerText();
    expect(readers).not.toContain('Samira');
    expect(readers).not.toContain('Ria');
    seen.push(await pageText(page));
    await expectNoAxeViolations(page, 'Mark: gedeeld onderdeel, wie ziet dit open');
    await shootFrom(page, item(page, shared).getByRole('button', { name: 'Lees voor' }), '5-mark-wie-ziet-dit');

    await openDocuments(page);
    seen.push(await pageText(page));
    const download = await call(page, 'GET', `${familyPath()}/documenten/${photo.id}/download`);
    expect(download.status).toBe(404);
    seen.push(download.text);
    seen.push(await myDataAndPrint(page));

    // The copy on his phone, opened with his app code.
    seen.push(JSON.stringify((await readLocalCopy(page, testAppCode)).records));
    const all = [...seen, ...(await mark.apiBodies())].join('\n');
    for (const secret of [fear, statement, 'Ik ben bang', '20 november', photo.id, photo.sha256, photoName]) expect(all, secret).not.toContain(secret);
    expect(mark.errors).toEqual([]);
  });

  it('Henk never receives the comment (plan, comments, his data)', { timeout: slow }, async () => {
    await somethingToLeak();
    const henk = await as('henk');
    const seen = `${await pageText(henk.page)}\n${await myDataAndPrint(henk.page)}\n${(await henk.apiBodies()).join('\n')}`;
    for (const secret of [fear, statement, photo.id, photoName]) expect(seen, secret).not.toContain(secret);
    expect(henk.errors).toEqual([]);
  });

  it('Ria, for Samira, reads the comment and the statement, and never receives Noor\'s photo', { timeout: slow }, async () => {
    const ria = await as('ria');
    const { page } = ria;
    await reopenAndSync(page);
    await expect.poll(() => item(page, shared).getByText(statement).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Reacties op het hele plan', exact: true }).getByText(fear).count()).toBe(1);
    await whoSeesItem(page, shared).getByText('Wie ziet dit?').click();
    await expectNoAxeViolations(page, 'Ria: plan met reactie en eigen verklaring, wie ziet dit open');
    await shootFrom(page, item(page, shared).getByRole('button', { name: 'Lees voor' }), '7-ria-wie-ziet-dit');
    await noPhotoFor(ria, 'Gegevens van Samira downloaden');
  });

  it('Samira never receives Noor\'s photo: not on the documents page, download, sync, export or print', { timeout: slow }, async () => {
    const samira = await as('samira');
    // The phone's own sync after the photo was sent, and a full one from the same session.
    await reopenAndSync(samira.page);
    await callOk(samira.page, 'GET', `${familyPath()}/synchronisatie`);
    await noPhotoFor(samira);
  });

  it('screens at 360 px: the whole-plan form with "Dit lezen", an item with "Wie ziet dit?" open, and the contact page', { timeout: slow }, async () => {
    const { page } = await as('samira');
    await openPlan(page, server.origin);
    const wholePlan = page.getByRole('region', { name: 'Reacties op het hele plan', exact: true });
    await wholePlan.getByRole('button', { name: 'Reageer' }).click();
    const line = wholePlan.getByRole('form', { name: 'Reageer' }).getByText(/^Dit lezen:/);
    await line.waitFor();
    await shootFrom(page, wholePlan.getByRole('button', { name: 'Reageer' }), '1-hele-plan-reageer');

    const readers = whoSeesItem(page, shared);
    await readers.getByText('Wie ziet dit?').click();
    await shootFrom(page, item(page, shared).getByRole('button', { name: 'Lees voor' }), '2-onderdeel-wie-ziet-dit');
    await expectNoAxeViolations(page, 'Samira: wie ziet dit open op het gedeelde onderdeel');

    await openScreen(page, server.origin, 'Contactgegevens wijzigen');
    await page.getByText('Mark ziet uw adres niet.').waitFor();
    await page.locator('details.onsplan-readers').first().getByText('Wie ziet dit?').click();
    await shootFrom(page, page.getByRole('heading', { level: 2, name: 'Dit staat nu in Ons Plan' }), '3-contact');
    await expectNoAxeViolations(page, 'Samira: contactgegevens met afscherming');
    expect(people.get('samira')!.errors).toEqual([]);
  });
});

/** The steps before wrote what the next ones look for: without it, "not found" would prove nothing. */
async function somethingToLeak(): Promise<void> {
  const fatima = (await as('fatima')).page;
  const written = `${(await call(fatima, 'GET', `${familyPath()}/reacties`)).text}\n${(await call(fatima, 'GET', `${familyPath()}/eigen-verklaringen`)).text}`;
  expect(written).toContain(fear);
  expect(written).toContain(statement);
  expect(photo.id).not.toBe('');
  expect((await call(fatima, 'GET', `${familyPath()}/documenten/${photo.id}/download`)).status).toBe(200);
}

/** Noor's photo is nowhere for this person: documents page, download (404), the copy on the phone, every answer received, "Mijn gegevens" and its print. */
/** `myData`: the screen's title for this reader (a helper reads "Gegevens van Samira downloaden"). */
async function noPhotoFor(person: Person, myData = 'Mijn gegevens downloaden'): Promise<void> {
  await somethingToLeak();
  const { page } = person;
  await openDocuments(page);
  expect(await page.getByText(photoName).count()).toBe(0);
  const screen = await pageText(page);
  const download = await call(page, 'GET', `${familyPath()}/documenten/${photo.id}/download`);
  expect(download.status).toBe(404);
  const copy = JSON.stringify((await readLocalCopy(page, testAppCode)).records);
  const all = [screen, download.text, copy, await myDataAndPrint(page, myData), ...(await person.apiBodies())].join('\n');
  for (const secret of [photo.id, photo.sha256, photoName]) expect(all, secret).not.toContain(secret);
  expect(person.errors).toEqual([]);
}
