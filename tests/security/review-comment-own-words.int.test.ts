import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../api/src/test/harness.ts';

/**
 * Review finding (fail-closed, but wrong): a comment on an item that is also about the writer's
 * banned contact (e.g. "Mark komt niet bij het huis van Samira", shared across the contactverbod)
 * gets that contact in its `subjects`. The contactverbod rule runs before `eigen-bijdrage`, so the
 * writer may not see her own comment: the insert commits, then the answer is 404 — a retry from the
 * outbox stores nothing new and answers 404 again. Samira believes her message about Mark at her
 * door was lost, while the professionals did receive it.
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const itemKey = (key: string) => jansen().plan.items.find((i) => i.key === key)!.id;
const url = () => `/api/v1/gezinnen/${jansen().id}/reacties`;

describe('own words on a shared item', () => {
  it('Samira comments on the shared safety agreement and sees her own comment', async () => {
    const samira = await t.as('samira');
    const payload = { clientId: randomUUID(), itemKey: itemKey('niet-bij-huis'), body: 'Hij stond gisteren weer voor de deur.' };
    const response = await samira.post(url(), payload);
    // What happens today: the comment is stored ...
    const stored = await t.db.query<{ body: string }>('select body from comments where client_id = $1', [payload.clientId]);
    expect(stored).toHaveLength(1);
    // ... but the writer is told it is not there.
    expect(response.statusCode).toBe(201);
    expect((await samira.get(url())).json().comments.map((c: { body: string }) => c.body)).toContain('Hij stond gisteren weer voor de deur.');
  });
});
