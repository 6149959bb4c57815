// The shortcuts the plan-read bench relies on, held to the rules they must not bend: the access log
// stays one unbroken hash chain (NEN 7513), and a cached session never outlives its logout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionState, SessionStore } from '../../api/src/auth/sessions.ts';
import { AccessLog, type AccessEntry } from '../../api/src/data/access-log.ts';
import { testEngine } from '../../api/src/test/db.ts';
import { testApp, type TestApp } from '../../api/src/test/harness.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

function entry(objectIds: string[] = [crypto.randomUUID()]): AccessEntry {
  return {
    at: t.clock.now(), actorUserId: t.userIdOf('mark'), actorKind: 'member', actorName: 'Mark "M\\" O\'Brien', actorOrganisation: null,
    onBehalfOfMemberId: null, familyId: t.world.families[0]!.id, subjectMemberIds: [crypto.randomUUID()], action: 'lezen',
    objectKind: 'plan', objectIds, clientIp: '127.0.0.1',
  };
}

describe(`access log group commit on ${testEngine()}`, () => {
  it('keeps one chain when two AccessLog objects write to the same database at once', async () => {
    const other = new AccessLog(t.db);
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? other : t.services.log).record(entry())));
      await other.record(entry());
      await t.services.log.record(entry());
    }
    expect(await t.services.log.verify()).toEqual({ ok: true, rows: 36 });
  });

  it('rejects every entry of a batch that could not be stored, and the chain goes on from what was stored', async () => {
    await t.services.log.record(entry());
    await expect(t.services.log.record(entry(['geen-uuid']))).rejects.toThrow();
    await Promise.all(Array.from({ length: 5 }, () => t.services.log.record(entry())));
    expect(await t.services.log.verify()).toEqual({ ok: true, rows: 6 });
  });

  it('stores names with quotes and backslashes exactly as recorded', async () => {
    const ids = [crypto.randomUUID(), crypto.randomUUID()];
    await t.services.log.record(entry(ids));
    const [row] = await t.db.query<{ actorName: string; objectIds: string[] }>('select actor_name as "actorName", object_ids as "objectIds" from access_log');
    expect(row).toEqual({ actorName: 'Mark "M\\" O\'Brien', objectIds: ids });
  });
});

describe(`session cache on ${testEngine()}`, () => {
  it('a lookup that raced a logout does not bring the session back', async () => {
    const { token, session } = await t.services.sessions.create(t.userIdOf('mark'), undefined);
    // A second store has an empty cache, so its lookup goes to the database while the logout runs.
    const store = new SessionStore(t.db, t.clock, t.config);
    const lookup = store.find(token);
    await store.end({ tokenHash: session.tokenHash } as typeof session, 'test');
    await lookup;
    expect((await store.find(token))?.endedAt).toBeInstanceOf(Date);
  });

  it('gives the first requests of a session one shared session object', async () => {
    const { token } = await t.services.sessions.create(t.userIdOf('mark'), undefined);
    const store = new SessionStore(t.db, t.clock, t.config);
    const [a, b] = await Promise.all([store.find(token), store.find(token)]);
    expect(a).toBe(b);
  });

  it('a session ended through another process is refused here too, without asking the database each time', async () => {
    const { token } = await t.services.sessions.create(t.userIdOf('mark'), undefined);
    // Another API process: its own store, listening on the same database.
    const other = new SessionStore(t.db, t.clock, t.config);
    const stop = await other.start();
    try {
      const seen = await other.find(token);
      expect(seen?.endedAt).toBeNull();
      // Cached: the next lookup is the same object, not a new row.
      expect(await other.find(token)).toBe(seen);
      const here = await t.services.sessions.find(token);
      await t.services.sessions.end(here!, 'uitgelogd');
      // The notification arrives on the other store's own connection, a moment after the commit.
      await vi.waitFor(async () => expect((await other.find(token))?.endedAt).toBeInstanceOf(Date));
    } finally {
      await stop();
    }
  });

  it('a cached session another process kept using is read again before it counts as idle', async () => {
    const { token, session } = await t.services.sessions.create(t.userIdOf('mark'), undefined);
    const other = new SessionStore(t.db, t.clock, t.config);
    expect((await other.find(token))?.lastSeenAt).toEqual(session.lastSeenAt);
    t.clock.advance(20 * 60_000);
    await t.db.query('update sessions set last_seen_at = $2 where token_hash = $1', [session.tokenHash, t.clock.now().toISOString()]);
    t.clock.advance(20 * 60_000);
    // 40 minutes after this store last saw it, but 20 after the other process did: still active.
    const fresh = await other.find(token);
    expect(sessionState(fresh!, t.clock.now(), t.config.sessionIdleMs)).toBe('actief');
  });
});
