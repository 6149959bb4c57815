import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsPayload } from '../../api/src/push/notifier.ts';
import { startPushService } from '../../api/src/test/push-service.ts';
import { userIdIn } from '../../api/src/test/harness.ts';
import { launchChromium, look } from './browser.ts';
import { openScreen, signedIn, type Person } from './people.ts';
import { startServer } from './server.ts';

/**
 * Issue 11, point 5 in Chromium: Samira turns notices on for her phone after a tap, the server's
 * notice reaches the (stand-in) push service encrypted and signed, and the service worker shows the
 * one neutral notice for any push, whatever it carries. Without internet the browser cannot make a
 * real subscription: its PushManager is replaced by a double that hands out the stand-in's address.
 */
let service: Awaited<ReturnType<typeof startPushService>>;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let samira: Person;

beforeAll(async () => {
  service = await startPushService();
  server = await startServer({ config: { pushServices: [service.origin] } });
  browser = await launchChromium();
});
afterAll(async () => {
  await samira?.context.close();
  await browser?.close();
  await server?.stop();
  await service?.close();
});

interface Shown {
  title: string;
  body: string;
  tag: string;
}

describe('news without content on the phone', () => {
  it('Samira turns notices on after a tap; the page asks the browser for a visible-only subscription with the server key', async () => {
    samira = await signedIn(browser, server, 'samira');
    const { page, context } = samira;
    await context.grantPermissions(['notifications'], { origin: server.origin });
    const subscriber = service.subscribe();
    await page.addInitScript((sub: { endpoint: string; keys: { p256dh: string; auth: string } }) => {
      const record = window as unknown as { asked?: { userVisibleOnly: boolean; key: string } };
      let current: unknown = null;
      const made = { endpoint: sub.endpoint, toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: sub.keys }), unsubscribe: async () => ((current = null), true) };
      PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
        const key = new Uint8Array(options!.applicationServerKey as ArrayBuffer);
        record.asked = { userVisibleOnly: options!.userVisibleOnly === true, key: btoa(String.fromCharCode(...key)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') };
        current = made;
        return made as unknown as PushSubscription;
      };
      PushManager.prototype.getSubscription = async () => current as PushSubscription | null;
    }, { endpoint: subscriber.endpoint, keys: subscriber.keys });

    await openScreen(page, server.origin, 'Mijn apparaten en inlogsleutels');
    const section = page.getByRole('region', { name: 'Meldingen op deze telefoon' });
    await expect.poll(() => section.getByText('Meldingen staan uit op deze telefoon.').isVisible()).toBe(true);
    await expect(section.getByText('Er staan geen namen of teksten in.', { exact: false }).isVisible()).resolves.toBe(true);
    await section.getByRole('button', { name: 'Meldingen aanzetten' }).click();
    await section.getByText('Meldingen staan nu aan.').waitFor();
    const asked = await page.evaluate(() => (window as unknown as { asked: { userVisibleOnly: boolean; key: string } }).asked);
    expect(asked).toEqual({ userVisibleOnly: true, key: server.services.push.notifier.publicKey });
    const rows = await server.db.query<{ userId: string }>('select user_id as "userId" from push_subscriptions where endpoint = $1', [subscriber.endpoint]);
    expect(rows).toEqual([{ userId: userIdIn(server.world, 'samira') }]);
    await look(page, 'meldingen-aan');

    // The server's notice: encrypted for her phone, signed for the push service, with nothing in it.
    server.services.push.notifier.newsFor([userIdIn(server.world, 'samira')]);
    await server.services.push.notifier.idle();
    expect(service.rejected).toEqual([]);
    expect(service.received.map((r) => [r.endpoint, r.plaintext])).toEqual([[subscriber.endpoint, newsPayload]]);
  });

  it('the service worker shows "Er is iets nieuws in Mijn plan" for every push, also one that carries names', async () => {
    const { page, context } = samira;
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((found) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL.startsWith(server.origin) && !r.isDeleted);
        if (ours) found(ours.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    const id = await registrationId;
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: server.origin, registrationId: id, data: 'Samira, Mark heeft een nieuw adres in het plan gezet.' });
    const shown = () =>
      page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n): Shown => ({ title: n.title, body: n.body, tag: n.tag })));
    await expect.poll(shown).toEqual([{ title: 'Mijn plan', body: 'Er is iets nieuws in Mijn plan', tag: 'nieuws' }]);
    // A second one replaces the first (one tag): the lock screen never piles up notices.
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: server.origin, registrationId: id, data: '' });
    await expect.poll(shown).toEqual([{ title: 'Mijn plan', body: 'Er is iets nieuws in Mijn plan', tag: 'nieuws' }]);
  });

  it('she turns notices off again: the browser and the server both forget the phone', async () => {
    const { page } = samira;
    const section = page.getByRole('region', { name: 'Meldingen op deze telefoon' });
    await section.getByRole('button', { name: 'Meldingen uitzetten' }).click();
    await section.getByText('Meldingen staan nu uit.').waitFor();
    expect(await server.db.query('select 1 from push_subscriptions')).toEqual([]);
    expect(samira.errors).toEqual([]);
  });
});
