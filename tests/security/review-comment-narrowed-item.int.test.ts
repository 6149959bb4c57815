import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../api/src/test/harness.ts';

/**
 * Review finding: a comment copies the envelope of its item once, when written
 * (`commentEnvelope` in comments.ts). When a professional later narrows the item (afgeschermd from
 * someone, or a smaller audience) in a new version, the comments on it keep the old, wider envelope:
 * the member the item is now hidden from still reads the discussion about it, with the item's key
 * (DOMAIN rules 3, 9 and 10).
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const memberId = (key: string) => jansen().members.find((m) => m.key === key)!.id;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const base = () => `/api/v1/gezinnen/${jansen().id}`;

describe('comments on an item that was narrowed later', () => {
  it('an item afgeschermd from Daan takes its comments with it', async () => {
    const noor = await t.as('noor');
    const written = await noor.post(`${base()}/reacties`, { clientId: randomUUID(), itemKey: itemKey('samen-praten'), body: 'Kan het gesprek zonder Daan erbij?' });
    expect(written.statusCode).toBe(201);

    const fatima = await t.as('fatima');
    const plan = (await fatima.get(`${base()}/plan`)).json();
    const published = await fatima.post(`${base()}/plan/versies`, {
      baseVersionId: plan.version.id,
      items: [
        { op: 'wijzigen', itemKey: itemKey('samen-praten'), envelope: { shieldedFrom: [memberId('daan')] }, reasons: [{ memberId: memberId('daan'), field: null, reason: 'privacy-ander' }] },
      ],
    });
    expect(published.statusCode).toBe(201);

    const daan = await t.as('daan');
    const daanPlan = (await daan.get(`${base()}/plan`)).json();
    expect(daanPlan.items.map((i: { key: string }) => i.key)).not.toContain(itemKey('samen-praten'));
    const comments = await daan.get(`${base()}/reacties`);
    expect(comments.body).not.toContain('Kan het gesprek zonder Daan erbij?');
    expect(comments.body).not.toContain(itemKey('samen-praten'));
  });
});
