import type { AccessLogGroupView } from '@onsplan/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../api/src/test/harness.ts';

/**
 * Review finding: "Wie heeft mijn gegevens bekeken" (AccessLogViewRepository.page) shows Mark every
 * entry that has him among its subjects, also entries of Samira's own actions (and Ria's on her
 * behalf): reading the plan is logged with the subjects of every item read, Mark among them. The actor is shown as a nameless "gezinslid", but every other family member Mark can see
 * is shown by name, so the nameless one is Samira (or Ria for her): Mark learns when and how often she uses Ons Plan (DOMAIN rule 4 and 10).
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const base = () => `/api/v1/gezinnen/${jansen().id}`;

describe('access log and the contactverbod', () => {
  it("Mark's access log shows nothing of what Samira or her helper did", async () => {
    const samira = await t.as('samira');
    const ria = await t.as('ria');
    // Samira and Ria read the plan and the family (the shared items are also about Mark).
    expect((await samira.get(`${base()}/plan`)).statusCode).toBe(200);
    expect((await ria.get(`${base()}/plan`)).statusCode).toBe(200);
    expect((await samira.get(`${base()}/contactwijzigingen`)).statusCode).toBe(200);

    const mark = await t.as('mark');
    // The page shows lines (one per person, day and thing); with own=1 also Mark's own.
    for (const query of ['limit=100', 'limit=100&own=1']) {
      const page = await mark.get(`${base()}/logboek?${query}`);
      expect(page.statusCode).toBe(200);
      const byOthers = (page.json().groups as AccessLogGroupView[]).filter((e) => !e.actor.isMe && e.actor.kind !== 'professional');
      // Every family member Mark may see is named; a nameless member entry can only be someone hidden from him.
      const nameless = byOthers.filter((e) => !('name' in e.actor) || !e.actor.name);
      expect(nameless).toEqual([]);
    }
  });
});
