import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../api/src/test/harness.ts';

/**
 * Review finding: the sync answer names as a tombstone every object changed since `since` that is
 * not in the viewer's view (`tombstonesOf` in member-view.ts over all of `family_changes`), also
 * objects the viewer never could see. With its kind ("contactwijziging", "reactie", "document",
 * "correctieverzoek") and id, Mark learns that Samira just proposed a new address, wrote something
 * he may not read, or shared a file: DOMAIN rule 10 (nobody learns that something hidden exists).
 */
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;
const base = () => `/api/v1/gezinnen/${jansen().id}`;

describe('sync tombstones', () => {
  it("Mark's sync names nothing Samira did that he may not see", async () => {
    const mark = await t.as('mark');
    const first = await mark.get(`${base()}/synchronisatie`);
    expect(first.statusCode).toBe(200);
    const { cursor, day } = first.json();

    const samira = await t.as('samira');
    const proposal = await samira.post(`${base()}/contactwijzigingen`, { clientId: randomUUID(), field: 'adres', street: 'Merelstraat', houseNumber: '41', postcode: '3581 AB', city: 'Utrecht' });
    expect(proposal.statusCode).toBe(201);
    const comment = await samira.post(`${base()}/reacties`, { clientId: randomUUID(), body: 'Ik ben verhuisd.' });
    expect(comment.statusCode).toBe(201);

    const next = await mark.get(`${base()}/synchronisatie?since=${cursor}&day=${day}`);
    expect(next.statusCode).toBe(200);
    const tombstones = next.json().tombstones as { kind: string; id: string }[];
    const ids = tombstones.map((s) => s.id);
    expect(ids).not.toContain(proposal.json().id);
    expect(ids).not.toContain(comment.json().id);
    expect(tombstones.map((s) => s.kind)).not.toContain('contactwijziging');
    // Mark never had any of these objects, so there is nothing for his device to delete.
    expect(tombstones).toEqual([]);
  });
});
