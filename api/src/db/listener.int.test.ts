import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDatabaseUrl, testEngine } from '../test/db.ts';
import { openPostgres, type Db } from './database.ts';

/**
 * One LISTEN connection per process for every cache (issue 12 point 5): the channels share it, a
 * broken connection tells every listener to drop everything, and it listens again by itself.
 */
describe.runIf(testEngine() === 'postgres')('the listening connection on postgres', () => {
  let owner: Db;
  let db: Db;
  beforeEach(async () => {
    owner = await freshDatabase();
    db = await openPostgres(`${testDatabaseUrl(owner)!}${testDatabaseUrl(owner)!.includes('?') ? '&' : '?'}application_name=onsplan-listener-test`);
  });
  afterEach(async () => {
    await db.close();
    await owner.close();
  });

  const listeners = () =>
    owner.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and application_name = 'onsplan-listener-test' and query ilike '%listen %'`);
  async function until(what: () => boolean | Promise<boolean>): Promise<void> {
    while (!(await what())) await new Promise((resolve) => setImmediate(resolve));
  }

  it('serves every channel over one connection, gives "*" to all when it breaks, and listens again', async () => {
    const heard: string[] = [];
    const stops = await Promise.all(['family_changed', 'user_changed', 'session_ended', 'principals_changed'].map((channel) => db.listen(channel, (payload) => heard.push(`${channel}:${payload}`))));
    expect(await listeners()).toHaveLength(1);

    await owner.query(`select pg_notify('user_changed', 'u1'), pg_notify('session_ended', 's1')`);
    await until(() => heard.length === 2);
    expect(heard.sort()).toEqual(['session_ended:s1', 'user_changed:u1']);

    heard.length = 0;
    const [{ pid }] = (await listeners()) as [{ pid: number }];
    await owner.query('select pg_terminate_backend($1)', [pid]);
    await until(() => heard.length >= 4);
    expect(heard.slice(0, 4).sort()).toEqual(['family_changed:*', 'principals_changed:*', 'session_ended:*', 'user_changed:*']);

    // Back on a new connection, still one, with every channel.
    await until(async () => (await listeners()).some((l) => l.pid !== pid));
    heard.length = 0;
    await owner.query(`select pg_notify('family_changed', 'f1')`);
    await until(() => heard.length === 1);
    expect(heard).toEqual(['family_changed:f1']);
    expect(await listeners()).toHaveLength(1);

    for (const stop of stops) await stop();
    await until(async () => (await listeners()).length === 0);
  });
});
