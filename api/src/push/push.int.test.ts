import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type Agent, type TestApp } from '../test/harness.ts';
import { startPushService, type Subscriber } from '../test/push-service.ts';
import { newsPayload } from './notifier.ts';

let t: TestApp;
let service: Awaited<ReturnType<typeof startPushService>>;
const agents = new Map<string, Agent>();
const devices = new Map<string, { subscriber: Subscriber; id: string }>();

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const comments = () => `/api/v1/gezinnen/${jansen().id}/reacties`;

async function subscribe(person: string) {
  const subscriber = service.subscribe();
  const response = await agents.get(person)!.post('/api/v1/ik/meldingen', { endpoint: subscriber.endpoint, keys: subscriber.keys });
  expect(response.statusCode, response.body).toBe(201);
  devices.set(person, { subscriber, id: response.json().id });
}

/** Who got a notice since the last call, by person. */
async function noticed(): Promise<string[]> {
  await t.services.push.notifier.idle();
  const byEndpoint = new Map([...devices].map(([person, d]) => [d.subscriber.endpoint, person]));
  return service.received.splice(0).map((r) => byEndpoint.get(r.endpoint) ?? r.endpoint).sort();
}

beforeAll(async () => {
  service = await startPushService();
  t = await testApp({ pushServices: [service.origin] });
  for (const person of ['samira', 'mark', 'noor', 'ria', 'fatima']) agents.set(person, await t.as(person));
  for (const person of ['samira', 'mark', 'noor', 'ria', 'fatima']) await subscribe(person);
}, 120_000);
afterAll(async () => {
  await t.close();
  await service.close();
});

describe(`news without content by Web Push on ${testEngine()}`, () => {
  it('hands out the public key, and refuses a push service it does not know (422) or keys that are not keys (400)', async () => {
    const key = (await agents.get('samira')!.get('/api/v1/ik/meldingen')).json().publicKey;
    expect(Buffer.from(key, 'base64url')).toHaveLength(65);
    const stranger = await agents.get('samira')!.post('/api/v1/ik/meldingen', { endpoint: 'https://intranet.example/push/1', keys: service.subscribe().keys });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json()).toMatchObject({ code: 'pushdienst-onbekend', fields: ['endpoint'] });
    expect(stranger.headers['content-type']).toContain('application/problem+json');
    const broken = await agents.get('samira')!.post('/api/v1/ik/meldingen', { endpoint: `${service.origin}/push/x`, keys: { p256dh: 'kort', auth: 'kort' } });
    expect(broken.statusCode).toBe(400);
  });

  it('a reply is one encrypted notice with nothing in it, only for the devices of people who may read it', async () => {
    const asked = await agents.get('samira')!.post(comments(), { clientId: randomUUID(), itemKey: itemKey('veilig-thuis-samira'), body: 'Mag mijn zus ook komen?' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(await noticed()).toEqual([]);
    const replied = await agents.get('fatima')!.post(`${comments()}/${asked.json().id}/antwoorden`, { clientId: randomUUID(), body: 'Ja, dat is goed.' });
    expect(replied.statusCode, replied.body).toBe(201);
    await t.services.push.notifier.idle();
    const [notice, ...more] = service.received;
    expect(more).toEqual([]);
    expect(notice).toMatchObject({ endpoint: devices.get('samira')!.subscriber.endpoint, plaintext: newsPayload, ttl: 86_400, topic: 'nieuws', urgency: 'normal', subject: t.config.pushSubject });
    expect(notice!.plaintext).not.toMatch(/Samira|zus|Fatima|Ja, dat/);
    expect(service.rejected).toEqual([]);
    expect(await noticed()).toEqual(['samira']);
  });

  it('a new plan version is news for every member who sees the plan, not for the professional who published it', async () => {
    const published = await agents.get('fatima')!.post(`/api/v1/gezinnen/${jansen().id}/plan/versies`, {
      baseVersionId: jansen().plan.versionId,
      items: [{ op: 'wijzigen', itemKey: itemKey('samen-praten'), content: { when: 'Elke eerste dinsdag' } }],
    });
    expect(published.statusCode, published.body).toBe(201);
    // Ria helps Samira but is no member: her help shows when she opens the app.
    expect(await noticed()).toEqual(['mark', 'noor', 'samira']);
  });

  it('what a helper does for a member is news for that member, not for the helper', async () => {
    t.clock.advance(1000);
    const written = await agents.get('ria')!.post(comments(), { clientId: randomUUID(), body: 'Samira vraagt of het gesprek later kan.' });
    expect(written.statusCode, written.body).toBe(201);
    expect(await noticed()).toEqual(['samira']);
  });

  it('a reminder to answer is news for each member reminded who still sees the plan, and for nobody else', async () => {
    t.clock.advance(1000);
    const instemming = `/api/v1/gezinnen/${jansen().id}/instemming`;
    const versionId = (await agents.get('fatima')!.get(instemming)).json().version.id;
    const answered = await (await t.as('henk')).post(instemming, { clientId: randomUUID(), versionId, decision: 'eens' });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(await noticed()).toEqual([]);
    const reminded = await agents.get('fatima')!.post(`${instemming}/herinneringen`, { versionId });
    expect(reminded.statusCode, reminded.body).toBe(201);
    // Daan and Henk have no device here; Ria helps Samira and is no member; Fatima reminded.
    expect(await noticed()).toEqual(['mark', 'noor', 'samira']);
  });

  it('a push service that answers 410 loses the subscription; a person ends her own, never someone else’s', async () => {
    service.markGone(devices.get('samira')!.subscriber.endpoint);
    const written = await agents.get('ria')!.post(comments(), { clientId: randomUUID(), body: 'Nog een vraag van Samira.' });
    expect(written.statusCode).toBe(201);
    expect(await noticed()).toEqual([]);
    expect(await t.db.query('select 1 from push_subscriptions where endpoint = $1', [devices.get('samira')!.subscriber.endpoint])).toHaveLength(0);

    const marks = devices.get('mark')!.id;
    expect((await agents.get('noor')!.request({ method: 'DELETE', url: `/api/v1/ik/meldingen/${marks}` })).statusCode).toBe(404);
    expect((await agents.get('mark')!.request({ method: 'DELETE', url: `/api/v1/ik/meldingen/${marks}` })).statusCode).toBe(204);
    expect((await agents.get('mark')!.request({ method: 'DELETE', url: `/api/v1/ik/meldingen/${marks}` })).statusCode).toBe(404);
  });

  it('a device whose passkey was revoked gets nothing more (a lost phone)', async () => {
    const noorsPhone = await t.db.query<{ passkeyId: string }>('select passkey_id as "passkeyId" from push_subscriptions where id = $1', [devices.get('noor')!.id]);
    expect(noorsPhone[0]!.passkeyId).toBeTruthy();
    await t.db.query('update passkeys set revoked_at = $2 where id = $1', [noorsPhone[0]!.passkeyId, t.clock.now().toISOString()]);
    const published = await agents.get('fatima')!.post(`/api/v1/gezinnen/${jansen().id}/plan/versies`, {
      baseVersionId: (await agents.get('fatima')!.get(`/api/v1/gezinnen/${jansen().id}/plan/versies`)).json()[0].id,
      items: [{ op: 'wijzigen', itemKey: itemKey('samen-praten'), content: { when: 'Elke tweede dinsdag' } }],
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(await noticed()).not.toContain('noor');
  });
});
