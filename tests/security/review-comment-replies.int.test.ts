import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../api/src/test/harness.ts';

/**
 * Review finding: a reply takes the envelope of the thread's first comment *including its author*
 * (`{ ...root }` in CommentsRepository.reply), so the reply's own writer is not in `authorMemberId`
 * nor in `subjects`. The contactverbod rule therefore never sees who wrote the reply: Samira's words
 * (or Ria's, on her behalf) reach Mark, and Mark's reach Samira (DOMAIN rule 4).
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const url = () => `/api/v1/gezinnen/${jansen().id}/reacties`;

async function bodiesOf(who: string): Promise<string[]> {
  const response = await (await t.as(who)).get(url());
  expect(response.statusCode).toBe(200);
  return response.json().comments.map((c: { body: string }) => c.body);
}

describe('replies and the contactverbod', () => {
  it("Samira's reply under Daan's comment never reaches Mark", async () => {
    const daan = await t.as('daan');
    const root = await daan.post(url(), { clientId: randomUUID(), itemKey: itemKey('samen-praten'), audience: 'zoals-onderdeel', body: 'Mag ik er ook bij zijn?' });
    expect(root.statusCode).toBe(201);
    // Mark may read Daan's comment: that is fine.
    expect(await bodiesOf('mark')).toContain('Mag ik er ook bij zijn?');

    const samira = await t.as('samira');
    const secret = 'Kom maar langs bij mij op de Merelstraat 41.';
    const reply = await samira.post(`${url()}/${root.json().id}/antwoorden`, { clientId: randomUUID(), body: secret });
    expect(reply.statusCode).toBe(201);

    expect(await bodiesOf('mark')).not.toContain(secret);
  });

  it("Ria's reply for Samira never reaches Mark, not even Ria's name", async () => {
    const daan = await t.as('daan');
    const root = await daan.post(url(), { clientId: randomUUID(), audience: 'zoals-onderdeel', body: 'Wanneer is het volgende gesprek?' });
    expect(root.statusCode).toBe(201);
    const ria = await t.as('ria');
    const reply = await ria.post(`${url()}/${root.json().id}/antwoorden`, { clientId: randomUUID(), body: 'Samira kan dinsdag, zegt Ria.' });
    expect(reply.statusCode).toBe(201);

    const markSees = (await (await t.as('mark')).get(url())).json().comments as { body: string; author: { name?: string } }[];
    expect(markSees.map((c) => c.body)).not.toContain('Samira kan dinsdag, zegt Ria.');
    expect(JSON.stringify(markSees)).not.toContain('Ria');
  });

  it("Mark's reply under Noor's comment never reaches Samira", async () => {
    const noor = await t.as('noor');
    const root = await noor.post(url(), { clientId: randomUUID(), itemKey: itemKey('samen-praten'), audience: 'zoals-onderdeel', body: 'Ik vind maandag lastig.' });
    expect(root.statusCode).toBe(201);
    const mark = await t.as('mark');
    const reply = await mark.post(`${url()}/${root.json().id}/antwoorden`, { clientId: randomUUID(), body: 'Samira, ik weet waar je woont.' });
    expect(reply.statusCode).toBe(201);

    expect(await bodiesOf('samira')).not.toContain('Samira, ik weet waar je woont.');
    expect(await bodiesOf('ria')).not.toContain('Samira, ik weet waar je woont.');
  });
});
