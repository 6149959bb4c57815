import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchChromium } from './browser.ts';
import { holdsNoMemberData, readLocalCopy, storedOnPhone } from './local-copy.ts';
import { chooseAppCodeIfAsked, leaveWithSnelWeg, openApp, openPlan, signedIn, testAppCode, type Person } from './people.ts';
import { pdfDocument } from '../../api/src/test/document-fixtures.ts';
import { portalDist, startServer } from './server.ts';
import { userIdIn } from '../../api/src/test/harness.ts';

/**
 * Issue 4 in real Chromium: the installed app shell, the app code, the sealed local copy read
 * without a network, writes made offline that arrive exactly once (also when the server dies in
 * the middle of sending them), tombstones after an audience is narrowed, and the wipes (F1, F3).
 * The steps share Samira's phone, so they run in order.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
const opened: Person[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  for (const person of opened) await person.context.close();
  await browser?.close();
  await server?.stop();
});

async function person(key: string): Promise<Person> {
  const p = await signedIn(browser, server, key);
  opened.push(p);
  return p;
}

const jansen = () => server.world.families.find((f) => f.key === 'jansen')!;
const itemId = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const together = 'Eén keer per maand kijken we samen hoe het gaat.';
const ownGoal = 'Samira voelt zich veilig in haar nieuwe huis.';
const grandpa = 'Opa Henk belt Fatima als hij zich zorgen maakt.';

/** Calls the API with this page's session, as the portal does. */
async function api<T = unknown>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(`${server.origin}/api/v1${path}`, { method, headers: { origin: server.origin, 'x-ons-plan': '1' }, ...(data === undefined ? {} : { data }) });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** The app shell is installed: the service worker is active with the whole shell precached. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
}

/** The status bar says the copy on this phone is up to date and nothing waits. */
async function synced(page: Page): Promise<void> {
  const status = page.getByRole('region', { name: 'Verbinding' });
  await status.getByText('Laatst bijgewerkt om', { exact: false }).waitFor();
  await expect.poll(() => status.getByText('wachten op verbinding', { exact: false }).or(status.getByText('wacht op verbinding', { exact: false })).count(), { timeout: 30_000 }).toBe(0);
}

async function enterAppCode(page: Page, code = testAppCode): Promise<void> {
  await page.getByLabel('App-code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Openen' }).click();
}

const item = (page: Page, what: string) => page.getByRole('article', { name: what });

/** From the signed-out page: sign in with the passkey and wait until the copy on the phone is up to date. */
async function signInAgain(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Opnieuw inloggen' }).click();
  await page.getByRole('button', { name: 'Inloggen met inlogsleutel' }).click();
  await chooseAppCodeIfAsked(page);
  await synced(page);
}

/** Goes offline and writes a comment on Samira's own goal; it waits on the phone. */
async function commentOffline({ page, context }: Person, body: string) {
  await context.setOffline(true);
  const part = item(page, ownGoal);
  await part.getByRole('button', { name: 'Reageer' }).click();
  await part.getByLabel('Uw reactie').fill(body);
  await part.getByRole('button', { name: 'Reactie plaatsen' }).click();
  await part.getByText('Wacht op verbinding').waitFor();
  return part;
}

describe('the offline app in Chromium', () => {
  let samira: Person;

  it('the service worker keeps the app shell only: no runtime caching, nothing of the API', async () => {
    const sw = await readFile(resolve(portalDist(), 'sw.js'), 'utf8');
    // Our own worker (portal/src/sw.ts, bundled with workbox): it precaches and routes, nothing more.
    for (const module of ['workbox:precaching', 'workbox:routing']) expect(sw).toContain(module);
    // The routes it adds: opening a screen without a network gets the app page, except under /api
    // and Snel weg's way out (which goes to the network, or without one to the neutral site).
    const navigation = /new \w+\(\w+\(`\/index\.html`\),\{denylist:([\w$]+)\}\)/.exec(sw);
    expect(navigation, 'navigation route with a denylist').not.toBeNull();
    expect(sw).toContain(`${navigation![1]}=[/^\\/api\\//,/^\\/snel-weg$/]`);
    for (const strategy of ['NetworkFirst', 'CacheFirst', 'StaleWhileRevalidate', 'NetworkOnly', 'CacheOnly']) expect(sw).not.toContain(strategy);
    const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(precached).toContain('index.html');
    expect(precached.filter((url) => url.includes('api') || url.endsWith('.json'))).toEqual([]);
  });

  it('Samira sets an app code, goes offline, reloads, enters the code and reads her plan from the sealed copy', async () => {
    samira = await person('samira');
    const { page, context } = samira;
    await installed(page);
    await synced(page);
    await expectNoAxeViolations(page, 'plan met verbindingsstatus');

    // The copy holds her plan, but not one line of it can be read without the code.
    const copy = await readLocalCopy(page, testAppCode);
    expect(JSON.stringify(copy.records)).toContain(ownGoal);
    for (const text of [ownGoal, together, 'Mark komt niet bij het huis van Samira.', 'Samira', 'Lindelaan']) expect(copy.raw).not.toContain(text);
    // Nothing of the member in Cache Storage, only the shell (F2).
    expect((await storedOnPhone(page)).caches.flatMap((c) => c.urls).filter((url) => url.startsWith('/api/v1'))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Vul uw app-code in' }).waitFor();
    expect(await page.getByText('U heeft nu geen internet. U kunt uw plan toch lezen.').count()).toBe(1);
    await expectNoAxeViolations(page, 'app-code invullen, offline');

    await enterAppCode(page, '98031');
    await page.getByRole('alert').getByText('U kunt het nog 4 keer proberen.').waitFor();
    await expectNoAxeViolations(page, 'verkeerde app-code');

    await enterAppCode(page);
    await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
    await expect.poll(() => page.getByText(ownGoal).count()).toBe(1);
    const status = page.getByRole('region', { name: 'Verbinding' });
    await status.getByText('U heeft geen internet. U ziet wat op deze telefoon staat.').waitFor();
    await expectNoAxeViolations(page, 'plan zonder internet');
  });

  it('offline she writes a comment, an instemming and a correctieverzoek; online each arrives exactly once', async () => {
    const { page, context } = samira;
    const comment = 'Kan het gesprek ook op woensdag? Geschreven zonder internet.';
    const part = item(page, together);
    await part.getByRole('button', { name: 'Reageer' }).click();
    await part.getByLabel('Uw reactie').fill(comment);
    await part.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await part.getByText('Opgeslagen op deze telefoon.', { exact: false }).waitFor();
    await part.getByText('Wacht op verbinding').waitFor();
    expect(await part.getByText(comment).count()).toBe(1);
    const status = page.getByRole('region', { name: 'Verbinding' });
    await status.getByText('1 wijziging wacht op verbinding.').waitFor();
    await expectNoAxeViolations(page, 'reactie wacht op verbinding');

    await page.getByRole('link', { name: 'Geef uw antwoord' }).click();
    const own = page.getByRole('region', { name: 'Uw antwoord', exact: true });
    await own.getByRole('radio', { name: 'Ik ben het eens', exact: true }).check();
    await own.getByRole('button', { name: 'Antwoord geven' }).click();
    await own.getByText('Wacht op verbinding').waitFor();
    await status.getByText('2 wijzigingen wachten op verbinding.').waitFor();
    await page.getByRole('link', { name: 'Terug naar het plan' }).click();

    await item(page, ownGoal).getByRole('link', { name: 'Klopt dit niet?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vragen om iets te veranderen' }).waitFor();
    await page.getByRole('radio', { name: 'Iets toevoegen' }).check();
    await page.getByLabel('Wat moet erbij?').fill('Ik heb ook een nieuwe voordeur nodig.');
    await page.getByLabel('Waarom?').fill('Dat maakt mij veiliger. Geschreven zonder internet.');
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn verzoeken' }).waitFor();
    await page.getByText('Opgeslagen op deze telefoon.', { exact: false }).first().waitFor();
    await status.getByText('3 wijzigingen wachten op verbinding.').waitFor();
    await expectNoAxeViolations(page, 'verzoek wacht op verbinding');

    // The waiting writes are sealed too.
    const copy = await readLocalCopy(page, testAppCode);
    expect(copy.outbox).toHaveLength(3);
    expect(copy.raw).not.toContain('woensdag');
    expect(copy.raw).not.toContain('voordeur');

    await context.setOffline(false);
    await synced(page);
    await status.getByText('U heeft internet.').waitFor();

    const fatima = await person('fatima');
    const family = jansen().id;
    const comments = await api<{ comments: { body: string }[] }>(fatima.page, 'GET', `/gezinnen/${family}/reacties`);
    expect(comments.comments.filter((c) => c.body === comment)).toHaveLength(1);
    const requests = await api<{ correctieverzoeken: { reason: string }[] }>(fatima.page, 'GET', `/gezinnen/${family}/correctieverzoeken`);
    expect(requests.correctieverzoeken.filter((r) => r.reason === 'Dat maakt mij veiliger. Geschreven zonder internet.')).toHaveLength(1);
    const instemming = await api<{ members: { firstName: string; status: string }[] }>(fatima.page, 'GET', `/gezinnen/${family}/instemming`);
    expect(instemming.members.find((m) => m.firstName === 'Samira')?.status).toBe('beantwoord');
    const answers = await server.db.query<{ n: number }>(`select count(*)::int as n from instemmingen where member_id = $1`, [jansen().members.find((m) => m.key === 'samira')!.id]);
    expect(answers[0]!.n).toBe(1);
  });

  it('the API server dies in the middle of a replay and comes back: nothing lost, nothing doubled', async () => {
    const { page, context } = samira;
    await openPlan(page, server.origin);
    await context.setOffline(true);
    const bodies = Array.from({ length: 6 }, (_, i) => `Reactie ${i + 1} zonder bereik, over het gesprek.`);
    for (const body of bodies) {
      const part = item(page, together);
      await part.getByRole('button', { name: 'Reageer' }).click();
      const form = part.getByRole('form', { name: 'Reageer' });
      await form.getByLabel('Uw reactie').fill(body);
      await form.getByRole('button', { name: 'Reactie plaatsen' }).click();
      await part.getByText(body).waitFor();
    }
    await page.getByRole('region', { name: 'Verbinding' }).getByText('6 wijzigingen wachten op verbinding.').waitFor();

    // The third comment is stored, but its answer never leaves: the server dies right then.
    let seen = 0;
    let died!: () => void;
    const dead = new Promise<void>((done) => (died = done));
    server.tap = (request, response) => {
      if (request.method !== 'POST' || !request.url?.endsWith('/reacties') || ++seen !== 3) return;
      // Stored by the handler, then the answer is dropped and the process dies.
      response.end = (() => {
        request.socket.destroy();
        void server.kill().then(died);
        return response;
      }) as typeof response.end;
    };
    await context.setOffline(false);
    await dead;
    await page.waitForTimeout(1_500);
    await server.restart();
    await synced(page);
    server.tap = undefined;
    // Six comments, and the one whose answer was lost went again: the server kept it once.
    expect(seen).toBeGreaterThanOrEqual(7);

    const fatima = opened.find((p) => p !== samira)!;
    const { comments } = await api<{ comments: { body: string }[] }>(fatima.page, 'GET', `/gezinnen/${jansen().id}/reacties`);
    for (const body of bodies) expect(comments.filter((c) => c.body === body), body).toHaveLength(1);
  });

  it('an item whose audience is narrowed on the server is gone from IndexedDB after the next sync', async () => {
    const { page, context } = samira;
    const planOnPhone = async () => JSON.stringify((await readLocalCopy(page, testAppCode)).records.filter((r) => r.key.includes(':plan:')));
    expect(await planOnPhone()).toContain(grandpa);
    const fatima = opened.find((p) => p !== samira)!;
    const current = await api<{ version: { id: string } }>(fatima.page, 'GET', `/gezinnen/${jansen().id}/plan`);
    await api(fatima.page, 'POST', `/gezinnen/${jansen().id}/plan/versies`, {
      baseVersionId: current.version.id,
      items: [{ op: 'wijzigen', itemKey: itemId('opa-belt'), envelope: { audience: 'professionals', audienceMembers: [] } }],
    });
    // Back online after a moment without: the app syncs by itself.
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(planOnPhone, { timeout: 20_000 }).not.toContain(grandpa);
    expect(await planOnPhone()).toContain(ownGoal);
    await expect.poll(() => page.getByText(grandpa).count()).toBe(0);
  });

  it('an instemming made offline on a version that changed meanwhile is refused in B1, and can be let go', async () => {
    const { page, context } = samira;
    await openPlan(page, server.origin);
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Geef uw antwoord' }).click();
    const own = page.getByRole('region', { name: 'Uw antwoord', exact: true });
    await own.getByRole('radio', { name: 'Ik ben het eens', exact: true }).check();
    await own.getByRole('button', { name: 'Antwoord geven' }).click();
    await own.getByText('Wacht op verbinding').waitFor();

    const fatima = opened.find((p) => p !== samira)!;
    const current = await api<{ version: { id: string } }>(fatima.page, 'GET', `/gezinnen/${jansen().id}/plan`);
    await api(fatima.page, 'POST', `/gezinnen/${jansen().id}/plan/versies`, {
      baseVersionId: current.version.id,
      items: [{ op: 'wijzigen', itemKey: itemId('samen-praten'), content: { when: 'De eerste woensdag van de maand' } }],
    });
    await context.setOffline(false);
    const status = page.getByRole('region', { name: 'Verbinding' });
    await status.getByText('1 wijziging is niet gelukt.').waitFor({ timeout: 20_000 });
    await own.getByText('Het plan is veranderd. Lees eerst de nieuwe versie.').waitFor();
    expect(await own.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'instemming geweigerd: plan veranderd');
    await own.getByRole('button', { name: 'Niet versturen' }).click();
    await expect.poll(() => status.getByText('niet gelukt', { exact: false }).count()).toBe(0);
    // The answer form for the new version is there.
    await own.getByRole('button', { name: 'Antwoord geven' }).waitFor();
  });

  it('a document kept on the phone ("Bewaar op deze telefoon") opens without internet, and is sealed', async () => {
    const { page, context } = samira;
    const pdf = Buffer.from(pdfDocument());
    await openPlan(page, server.origin);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: "Foto's en bestanden" }).click();
    await page.getByLabel('Kies een foto of bestand').setInputFiles({ name: 'afspraken.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Uw bestand is verstuurd.').waitFor();
    await page.getByRole('button', { name: 'Bewaar op deze telefoon afspraken.pdf' }).click();
    await page.getByText('Dit bestand staat op deze telefoon.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'bestand bewaard op deze telefoon');
    expect((await readLocalCopy(page, testAppCode)).raw).not.toContain('%PDF-');

    await context.setOffline(true);
    await page.reload();
    await enterAppCode(page);
    await page.getByRole('heading', { level: 1, name: "Foto's en bestanden" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Openen van deze telefoon afspraken.pdf' }).click()]);
    expect(Buffer.from(await readFile((await download.path())!)).equals(pdf)).toBe(true);
    await context.setOffline(false);
  });

  it('after sign-out nothing of Samira is left on the phone', async () => {
    const { page } = samira;
    await openPlan(page, server.origin);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' }).waitFor();
    await expect.poll(async () => holdsNoMemberData(await storedOnPhone(page))).toBe(true);
    // Nothing that ran during the wipe took the person elsewhere.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('U bent uitgelogd');
  });

  it('signing out offline with a write waiting: asked first; the server session ends as soon as the phone is online', async () => {
    const { page, context } = samira;
    await signInAgain(page);
    const unsent = 'Deze reactie gaat niet weg: ik log uit zonder internet.';
    const part = await commentOffline(samira, unsent);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const question = page.getByRole('group', { name: '1 wijziging is nog niet verstuurd. Als u nu uitlogt, is die weg.' });
    await question.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('uitloggen-vraag');
    await expectNoAxeViolations(page, 'uitloggen met wijziging die wacht');
    await question.getByRole('button', { name: 'Niet uitloggen' }).click();
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Uitloggen');
    await part.getByText(unsent).waitFor();

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await question.getByRole('button', { name: 'Toch uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'U bent uitgelogd' }).waitFor();
    await expect.poll(async () => holdsNoMemberData(await storedOnPhone(page))).toBe(true);
    const samiraId = userIdIn(server.world, 'samira');
    const openSessions = async () => (await server.db.query<{ n: number }>('select count(*)::int as n from sessions where user_id = $1 and ended_at is null', [samiraId]))[0]!.n;
    // No connection: the server could not hear it yet, and its cookie is still in the browser.
    expect(await openSessions()).toBe(1);

    const requests: string[] = [];
    server.tap = (request) => {
      if (request.url?.startsWith('/api/v1/')) requests.push(`${request.method} ${request.url}`);
    };
    await context.setOffline(false);
    await page.goto(`${server.origin}/plan`);
    await expect.poll(openSessions, { timeout: 15_000 }).toBe(0);
    server.tap = undefined;
    // The end went first: no request carried the old cookie before it.
    expect(requests[0]).toBe('POST /api/v1/auth/uitlog');
    await expect.poll(async () => (await storedOnPhone(page)).storage).toEqual([]);
    // Nothing of her opened: the app asks to sign in.
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Veiligheid' }).count()).toBe(0);
    const [stored] = await server.db.query<{ n: number }>('select count(*)::int as n from comments where body = $1', [unsent]);
    expect(stored!.n).toBe(0);
    await page.goto(`${server.origin}/uitgelogd`);
  });

  it('a session the server ended while a write waited: the sign-in screen says it was wiped and must be made again', async () => {
    const { page, context } = samira;
    await signInAgain(page);
    await commentOffline(samira, 'Geschreven terwijl de sessie op de server afliep.');
    // On her other phone she ends this session (Apparaten).
    const other = await person('samira');
    const sessions = await api<{ id: string; isCurrent: boolean }[]>(other.page, 'GET', '/ik/sessies');
    expect(sessions.filter((x) => !x.isCurrent)).toHaveLength(1);
    for (const session of sessions.filter((x) => !x.isCurrent)) {
      const ended = await other.page.request.fetch(`${server.origin}/api/v1/ik/sessies/${session.id}`, { method: 'DELETE', headers: { origin: server.origin, 'x-ons-plan': '1' } });
      expect(ended.status()).toBe(204);
    }

    await context.setOffline(false);
    await page.getByText('1 wijziging was nog niet verstuurd. Die is verwijderd om uw gegevens te beschermen.', { exact: false }).waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByRole('alert').getByText('U bent niet ingelogd. Log eerst in.').waitFor();
    // What it was, so she can make it again.
    expect(await page.getByRole('listitem').filter({ hasText: 'Reactie' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'inloggen na gewiste wijziging');
    await expect.poll(async () => holdsNoMemberData(await storedOnPhone(page))).toBe(true);
    await page.goto(`${server.origin}/uitgelogd`);
  });

  it('Snel weg blanks at once, wipes the phone, and Back does not return', async () => {
    const { context } = samira;
    await signInAgain(samira.page);
    await samira.page.close();
    // The app opened once, as from the home screen: one entry in the history, after another site.
    const page = await context.newPage();
    await page.goto('about:blank');
    await openApp(page, `${server.origin}/plan`);
    await synced(page);
    expect((await storedOnPhone(page)).databases.length).toBeGreaterThan(0);

    await leaveWithSnelWeg(page, server.origin, server.neutralSite.url, 'shift');
    expect(page.url()).toBe('about:blank');
    // Looking from a fresh page of the portal's origin (an API address: the app does not start there).
    const look = await context.newPage();
    await look.goto(`${server.origin}/api/v1/health`);
    await expect.poll(async () => holdsNoMemberData(await storedOnPhone(look))).toBe(true);
    await look.close();
  });

  it('five wrong app codes wipe the copy, with a B1 message', async () => {
    const mark = await person('mark');
    const { page } = mark;
    await installed(page);
    await synced(page);
    await page.reload();
    for (let left = 4; left >= 1; left--) {
      await enterAppCode(page, '98031');
      await page.getByRole('alert').getByText(left === 1 ? 'U kunt het nog 1 keer proberen.' : `U kunt het nog ${left} keer proberen.`, { exact: false }).waitFor();
    }
    await enterAppCode(page, '98031');
    await page.getByRole('heading', { level: 1, name: 'Uw plan is van deze telefoon gewist' }).waitFor();
    await expectNoAxeViolations(page, 'gewist na 5 foute codes');
    await expect.poll(async () => holdsNoMemberData(await storedOnPhone(page))).toBe(true);
  });
});
