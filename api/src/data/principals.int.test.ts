import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;

describe(`the cache of signed-in people on ${testEngine()}`, () => {
  it('is dropped when a delegation changes, so the new scope counts from the next request', async () => {
    const before = await t.services.directory.resolve(t.userIdOf('ria'));
    expect(before).toMatchObject({ kind: 'helper', delegations: [{ scope: 'lezen-en-helpen' }] });
    await t.db.query(`update delegations set scope = 'lezen' where helper_user_id = $1`, [t.userIdOf('ria')]);
    await vi.waitFor(async () => expect(await t.services.directory.resolve(t.userIdOf('ria'))).toMatchObject({ delegations: [{ scope: 'lezen' }] }));
  });

  it('is dropped when an account is disabled, so that person is out from the next request', async () => {
    expect(await t.services.directory.resolve(t.userIdOf('mark'))).toBeDefined();
    await t.db.query('update users set disabled_at = $2 where id = $1', [t.userIdOf('mark'), t.clock.now().toISOString()]);
    await vi.waitFor(async () => expect(await t.services.directory.resolve(t.userIdOf('mark'))).toBeUndefined());
  });

  it('is kept when only plan content changes (a comment), so a busy family does not empty it', async () => {
    const samira = await t.as('samira');
    const cached = await t.services.directory.resolve(t.userIdOf('samira'));
    const response = await samira.post(`/api/families/${jansen().id}/comments`, { clientId: randomUUID(), body: 'Het gaat goed.' });
    expect(response.statusCode).toBe(201);
    // Any notification of that write has been delivered once a later query has answered.
    await t.db.query('select 1');
    expect(await t.services.directory.resolve(t.userIdOf('samira'))).toBe(cached);
  });
});
