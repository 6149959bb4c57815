import { describe, expect, it } from 'vitest';
import { testStart } from '../../api/src/test/clock.ts';
import { desktop, look, phone, serverAndChromiumForFile } from './browser.ts';
import { readLocalCopy } from './local-copy.ts';
import { openApp, openScreen, registerWithCode, signedIn, testAppCode } from './people.ts';
import { startServer } from './server.ts';

/**
 * The delegation lifecycle in real Chromium (issue 11): Samira (360 px) invites a helper to read and
 * react for 3 months; the helper redeems the code with a passkey of her own on her own phone and
 * reads Samira's plan; Samira sees her in "Wie helpt mij?" and stops the help; the helper's next
 * sync removes everything of Samira's family from her phone. axe runs on every new screen.
 */
const running = serverAndChromiumForFile(startServer);

describe('a helper, invited with a code', () => {
  it('Samira invites Sanne, Sanne reads the plan on her own phone, Samira stops the help, Sanne\'s phone forgets the family', { timeout: 240_000 }, async () => {
    const familyId = running.server.world.families.find((f) => f.key === 'jansen')!.id;
    const samira = await signedIn(running.browser, running.server, 'samira');
    // The form proposes an end date 3 months from the browser's today: the same day as the server's.
    await samira.context.clock.setFixedTime(testStart);
    const page = samira.page;

    await openScreen(page, running.server.origin, 'Wie helpt mij?');
    await page.getByRole('heading', { level: 2, name: 'Iemand vragen om u te helpen' }).waitFor();
    await look(page, 'wie-helpt-mij-360');
    await page.getByRole('button', { name: 'Code maken' }).click();
    await page.getByRole('link', { name: 'Vul de naam van uw helper in.' }).waitFor();
    await look(page, 'wie-helpt-mij-fout-360');
    await page.getByLabel('Naam van uw helper').fill('Sanne de Wit');
    expect(await page.getByLabel('Reageren op uw plan').isChecked()).toBe(true);
    expect(await page.getByLabel('Tot en met welke dag?').inputValue()).toBe('2027-02-24');
    await page.getByRole('button', { name: 'Code maken' }).click();
    await page.getByRole('heading', { level: 2, name: 'De code voor Sanne de Wit' }).waitFor();
    const code = (await page.locator('.onsplan-letter__code').textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await look(page, 'wie-helpt-mij-code-360');

    const sanne = await phone(running.browser);
    await registerWithCode(sanne.page, running.server.origin, code, { checkScreens: true });
    await sanne.page.getByRole('heading', { level: 2, name: 'Veiligheid' }).waitFor();
    await sanne.page.getByText('Mark komt niet bij het huis van Samira.').first().waitFor();
    await look(sanne.page, 'helper-leest-plan-360');
    const samirasRecords = async () => (await readLocalCopy(sanne.page, testAppCode)).records.filter((r) => r.key.startsWith(`${familyId}:`)).length;
    await expect.poll(samirasRecords, { timeout: 15_000 }).toBeGreaterThan(0);

    await openApp(sanne.page, `${running.server.origin}/helpen`);
    await sanne.page.getByRole('heading', { level: 1, name: 'Wie help ik?' }).waitFor();
    await sanne.page.getByText('Reageren op uw plan').waitFor();
    await look(sanne.page, 'wie-help-ik-360');

    await page.getByRole('button', { name: 'Klaar' }).click();
    await openScreen(page, running.server.origin, 'Wie helpt mij?');
    const card = page.getByRole('listitem').filter({ has: page.getByText('Sanne de Wit', { exact: true }) });
    await card.getByText('Reageren op uw plan').waitFor();
    await look(page, 'wie-helpt-mij-helpers-360');
    await card.getByRole('button', { name: 'Veranderen' }).click();
    const change = page.getByRole('form', { name: 'Veranderen wat Sanne de Wit mag' });
    await change.getByLabel("Brieven en foto's delen").check();
    await look(page, 'wie-helpt-mij-veranderen-360');
    await change.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Wat Sanne de Wit mag, is veranderd.').waitFor();
    await card.getByText("Brieven en foto's delen").waitFor();
    await card.getByRole('button', { name: 'Hulp stoppen' }).click();
    await page.getByText('Weet u het zeker? Sanne de Wit kan dan niets meer zien van uw plan.').waitFor();
    await look(page, 'wie-helpt-mij-stoppen-360');
    await page.getByRole('button', { name: 'Ja, hulp stoppen' }).click();
    await page.getByText('Sanne de Wit helpt u niet meer.').waitFor();
    // The message comes first; the list is read again after it, so her card goes a moment later.
    await expect.poll(() => page.getByText('Sanne de Wit', { exact: true }).count(), { timeout: 5000 }).toBe(0);
    // Her log says each step of the help in words: whom, what the helper may do, until when.
    await openScreen(page, running.server.origin, 'Wie heeft mijn gegevens bekeken?');
    const log = page.getByRole('main');
    await log.getByText('Stopte de hulp van Sanne.').waitFor();
    await log.getByText('Veranderde de hulp van Sanne.').waitFor();
    await log.getByText('Gaf Sanne een code om te helpen.').waitFor();
    await log.getByText('Begon met helpen.').waitFor();
    expect(await log.getByText('Sanne mag:').count()).toBe(3);
    expect(await log.getByText('Tot en met 24 februari 2027.').count()).toBe(3);
    await look(page, 'log-hulp-360');

    // Her next sync: the family answers as unknown, and the phone drops all of it.
    await openApp(sanne.page, `${running.server.origin}/plan`);
    await sanne.page.getByText('U hoort nog niet bij een gezin in Ons Plan.').waitFor();
    await expect.poll(samirasRecords, { timeout: 15_000 }).toBe(0);
    expect(samira.errors).toEqual([]);
  });

  it('Fatima, the regisseur, ends Ria\'s machtiging from the family page with a reason', { timeout: 120_000 }, async () => {
    const familyId = running.server.world.families.find((f) => f.key === 'jansen')!.id;
    const errors: string[] = [];
    const fatima = await desktop(running.browser, { errors, fixedTime: testStart });
    const page = fatima.page;
    await registerWithCode(page, running.server.origin, await running.server.invite('fatima'));
    await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
    await page.goto(`${running.server.origin}/werk/gezinnen/${familyId}`);
    const section = page.getByRole('region', { name: 'Helpers (machtigingen)' });
    const row = section.getByRole('row', { name: /Ria Bakker/ });
    await row.getByRole('cell', { name: 'lezen, reageren, instemming geven, verzoeken indienen, documenten delen' }).waitFor();
    await look(page, 'werk-helpers-1280');
    await row.getByRole('button', { name: 'Machtiging beëindigen' }).click();
    await page.getByRole('button', { name: 'Machtiging nu beëindigen' }).click();
    await page.getByRole('link', { name: 'Vul de reden in.' }).waitFor();
    await look(page, 'werk-helper-beeindigen-1280');
    await page.getByLabel('Reden').fill('Samira vroeg het in het gesprek van vandaag.');
    await page.getByRole('button', { name: 'Machtiging nu beëindigen' }).click();
    await page.getByText('De machtiging van Ria Bakker voor Samira is beëindigd.').waitFor();
    await section.getByText('Geen gezinslid heeft op dit moment een helper gemachtigd.').waitFor();
    await look(page, 'werk-helper-beeindigd-1280');
    expect(errors).toEqual([]);
  });
});
