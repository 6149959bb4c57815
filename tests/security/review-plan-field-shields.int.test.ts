import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../api/src/test/harness.ts';

/**
 * Review finding: a professional may shield any of what/who/when/where/whatIf/scale of a plan item
 * from named members (plan-publishing `shieldableFields`), and the engine reports them in
 * `hiddenFields`, but the plan view (`itemView` in plan-reads.ts) strips only where/whatIf/scale.
 * A shielded `who`, `when` or `what` still reaches the member it is shielded from. The label of a
 * correctieverzoek (`findTarget` → `item.what`) ignores the shield as well.
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

async function publishShielded(fields: Record<string, string>) {
  const fatima = await t.as('fatima');
  const plan = (await fatima.get(`${base()}/plan`)).json();
  const shields = Object.fromEntries(Object.keys(fields).map((f) => [f, [memberId('mark')]]));
  const published = await fatima.post(`${base()}/plan/versies`, {
    baseVersionId: plan.version.id,
    items: [
      {
        op: 'wijzigen', itemKey: itemKey('samen-praten'), content: fields, envelope: { fieldShields: shields },
        reasons: Object.keys(fields).map((field) => ({ memberId: memberId('mark'), field, reason: 'veiligheid' })),
      },
    ],
  });
  expect(published.statusCode).toBe(201);
}

describe('field shields on plan items', () => {
  it('a shielded "who" and "when" never reach the member they are shielded from', async () => {
    await publishShielded({ who: 'Fatima en Samira, bij Samira thuis op de Merelstraat 41', when: 'Elke eerste maandag bij de Merelstraat' });
    const mark = await t.as('mark');
    const plan = await mark.get(`${base()}/plan`);
    expect(plan.statusCode).toBe(200);
    // Mark still sees the item itself (only fields are shielded)...
    expect(plan.json().items.map((i: { key: string }) => i.key)).toContain(itemKey('samen-praten'));
    // ...but not what was shielded from him.
    expect(plan.body).not.toContain('Merelstraat');
    // Samira, not shielded, does see it: the shield is per member.
    expect((await (await t.as('samira')).get(`${base()}/plan`)).body).toContain('Merelstraat 41');
  });

  it('a shielded "what" never reaches the member, also not as the label of a correctieverzoek', async () => {
    await publishShielded({ what: 'We praten elke maand bij Samira thuis, Merelstraat 41.' });
    const mark = await t.as('mark');
    expect((await mark.get(`${base()}/plan`)).body).not.toContain('Merelstraat');
    const request = await mark.post(`${base()}/correctieverzoeken`, {
      clientId: randomUUID(),
      target: { kind: 'plan-item', id: itemKey('samen-praten') },
      kind: 'aanvullen',
      proposedText: 'Ik wil er ook bij zijn.',
      reason: 'Ik ben ook ouder.',
    });
    expect(request.statusCode).toBe(201);
    expect(request.body).not.toContain('Merelstraat');
  });
});
