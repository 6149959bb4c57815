import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testEngine } from '../test/db.ts';
import { testApp, type TestApp } from '../test/harness.ts';
import { FamilyStore, readsAt, snapshotParts, snapshotVersionSql, type FamilySnapshot } from './family-store.ts';
import { familyPart } from './family-parts.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;

/** A snapshot's data without its function, to compare with a snapshot read from scratch. */
function contents(s: FamilySnapshot | undefined) {
  if (!s) return s;
  const { factsOn: _facts, ...data } = s;
  return data;
}

async function fromScratch(): Promise<FamilySnapshot | undefined> {
  return new FamilyStore(t.db).snapshot(jansen().id);
}

describe(`family snapshots brought up to date on ${testEngine()}`, () => {
  it('after new and changed comments, reads only those comments and equals a snapshot read from scratch', async () => {
    const store = new FamilyStore(t.db);
    const before = (await store.snapshot(jansen().id))!;
    const samira = await t.as('samira');
    const url = `/api/v1/gezinnen/${jansen().id}/reacties`;
    const first = (await samira.post(url, { clientId: randomUUID(), body: 'Eerste reactie.' })).json();
    await samira.post(url, { clientId: randomUUID(), body: 'Tweede reactie.' });
    await t.db.query('update comments set body = $2 where id = $1', [first.id, 'Veranderde reactie.']);
    store.forget(jansen().id);

    const after = (await store.snapshot(jansen().id))!;
    expect(after.changeSeq).toBeGreaterThan(before.changeSeq);
    expect(after.members).toBe(before.members);
    expect(after.comments.map((c) => c.body)).toEqual(expect.arrayContaining(['Veranderde reactie.', 'Tweede reactie.']));
    expect(contents(after)).toEqual(contents(await fromScratch()));
  });

  it.runIf(testEngine() === 'postgres')('finds a comment written by another process by its change number alone, and equals a snapshot read from scratch', async () => {
    const store = new FamilyStore(t.db);
    const before = (await store.snapshot(jansen().id))!;
    const samira = await t.as('samira');
    // Through the app: its own store hears of it, this one (like another process's) does not.
    const written = (await samira.post(`/api/v1/gezinnen/${jansen().id}/reacties`, { clientId: randomUUID(), body: 'Van een ander proces.' })).json();
    const after = (await store.snapshot(jansen().id))!;
    expect(after.members).toBe(before.members);
    expect(after.comments.find((c) => c.id === written.id)?.createdAt).toBeInstanceOf(Date);
    expect(contents(after)).toEqual(contents(await fromScratch()));
  });

  it('reads the whole family again when something else in the snapshot changed', async () => {
    const store = new FamilyStore(t.db);
    const before = (await store.snapshot(jansen().id))!;
    const noor = jansen().members.find((m) => m.key === 'noor')!;
    await t.db.query('update members set first_name = $2 where id = $1', [noor.id, 'Nora']);
    store.forget(jansen().id);

    const after = (await store.snapshot(jansen().id))!;
    expect(after.members).not.toBe(before.members);
    expect(after.members.find((m) => m.id === noor.id)!.firstName).toBe('Nora');
    expect(contents(after)).toEqual(contents(await fromScratch()));
  });

  it('keeps the contents when only data outside the snapshot changed, at the new change number', async () => {
    const store = new FamilyStore(t.db);
    const before = (await store.snapshot(jansen().id))!;
    const samira = await t.as('samira');
    const plan = (await samira.get(`/api/v1/gezinnen/${jansen().id}/plan`)).json();
    const answer = await samira.post(`/api/v1/gezinnen/${jansen().id}/instemming`, { clientId: randomUUID(), versionId: plan.version.id, decision: 'eens' });
    expect(answer.statusCode).toBeLessThan(300);
    store.forget(jansen().id);

    const after = (await store.snapshot(jansen().id))!;
    expect(after.changeSeq).toBeGreaterThan(before.changeSeq);
    expect(after.members).toBe(before.members);
    expect(after.comments).toEqual(before.comments);
    expect(contents(after)).toEqual(contents(await fromScratch()));
  });

  it('without a change, gives the same snapshot', async () => {
    const store = new FamilyStore(t.db);
    const before = await store.snapshot(jansen().id);
    store.forget(jansen().id);
    expect(await store.snapshot(jansen().id)).toStrictEqual(before);
  });

  it('a changed account makes stale only the snapshots that show it', async () => {
    const store = new FamilyStore(t.db);
    const deVries = t.world.families.find((f) => f.key === 'de-vries')!.id;
    const [jansenBefore, deVriesBefore] = [await store.snapshot(jansen().id), await store.snapshot(deVries)];
    // Fatima is the professional of Jansen only.
    store.forgetUser(t.userIdOf('fatima'));
    expect(await store.snapshot(deVries)).toBe(deVriesBefore);
    expect(await store.snapshot(jansen().id)).not.toBe(jansenBefore);
    // Jeroen works in both; an unknown account in none; '*' (a lost connection) means all.
    const [j, d] = [await store.snapshot(jansen().id), await store.snapshot(deVries)];
    store.forgetUser('00000000-0000-4000-8000-000000000000');
    expect(await store.snapshot(jansen().id)).toBe(j);
    store.forgetUser(t.userIdOf('jeroen'));
    expect(await store.snapshot(jansen().id)).not.toBe(j);
    expect(await store.snapshot(deVries)).not.toBe(d);
    const [j2, d2] = [await store.snapshot(jansen().id), await store.snapshot(deVries)];
    store.forgetUser('*');
    expect(await store.snapshot(jansen().id)).not.toBe(j2);
    expect(await store.snapshot(deVries)).not.toBe(d2);
  });

  it("a changed author name reaches the comments: the account's change marks its families' snapshots", async () => {
    const samira = await t.as('samira');
    const fatima = await t.as('fatima');
    const url = `/api/v1/gezinnen/${jansen().id}/reacties`;
    const question = (await samira.post(url, { clientId: randomUUID(), body: 'Wanneer is het gesprek?' })).json();
    expect((await fatima.post(`${url}/${question.id}/antwoorden`, { clientId: randomUUID(), body: 'Dinsdag.' })).statusCode).toBe(201);
    await t.db.query(`update users set display_name = 'Fatima B.' where id = $1`, [t.userIdOf('fatima')]);
    await vi.waitFor(async () => {
      const list = (await samira.get(url)).json();
      expect(list.comments.find((c: { body: string }) => c.body === 'Dinsdag.').author.name).toBe('Fatima B.');
    });
  });
});

describe(`a family snapshot read in one statement on ${testEngine()}`, () => {
  it('holds what each of its queries gives alone, with times as dates, in every demo family', async () => {
    const url = `/api/v1/gezinnen/${jansen().id}/reacties`;
    const question = (await (await t.as('samira')).post(url, { clientId: randomUUID(), body: 'Wanneer is het gesprek?' })).json();
    expect((await (await t.as('fatima')).post(`${url}/${question.id}/antwoorden`, { clientId: randomUUID(), body: 'Dinsdag.' })).statusCode).toBe(201);
    for (const family of t.world.families) {
      const snapshot = (await new FamilyStore(t.db).snapshot(family.id))!;
      const part = (sql: string) => t.db.query(sql, [family.id]);
      expect(snapshot.members).toEqual(await part(snapshotParts.members));
      expect(snapshot.fields).toEqual(await part(snapshotParts.fields));
      expect(snapshot.comments).toEqual(await part(snapshotParts.comments));
      expect(snapshot.professionals).toEqual(await part(snapshotParts.professionals));
      expect(snapshot.helpers).toEqual(await part(snapshotParts.helpers));
      expect(snapshot.plan?.items ?? []).toEqual(await part(snapshotParts.items));
      expect(snapshot.plan?.version).toEqual((await part(snapshotVersionSql))[0]);
    }
    // The demo has every kind of row somewhere, so no comparison above is of two empty lists only.
    const all = await Promise.all(t.world.families.map((f) => new FamilyStore(t.db).snapshot(f.id)));
    for (const kind of ['members', 'fields', 'comments', 'professionals', 'helpers'] as const) expect(all.some((s) => s![kind].length > 0), kind).toBe(true);
    expect(all.some((s) => s!.comments.some((c) => c.createdAt instanceof Date && c.audienceMembers !== undefined))).toBe(true);
    expect(all.some((s) => s!.helpers.some((h) => h.validFrom instanceof Date))).toBe(true);
  });
});

describe(`one request reading a family at one moment on ${testEngine()}`, () => {
  it('gets the snapshot it read for that family, without asking again; other families as the store has them', async () => {
    const store = new FamilyStore(t.db);
    const deVries = t.world.families.find((f) => f.key === 'de-vries')!.id;
    const pinned = (await store.snapshot(jansen().id))!;
    const reads = readsAt(store, pinned);
    const query = vi.spyOn(t.db, 'query');
    await t.db.query('update members set first_name = $2 where family_id = $1', [jansen().id, 'Anders']);
    store.forget(jansen().id);
    query.mockClear();
    expect(await reads.snapshot(jansen().id)).toBe(pinned);
    expect(query).not.toHaveBeenCalled();
    expect(await reads.snapshot(deVries)).toBe(await store.snapshot(deVries));
    query.mockRestore();
  });

  it.runIf(testEngine() === 'postgres')('a sync checks the change number once, not once per screen it reads', async () => {
    const samira = await t.as('samira');
    // Read once, so the family's snapshot is kept and each opening would have to check it.
    expect((await samira.get(`/api/v1/gezinnen/${jansen().id}/plan`)).statusCode).toBe(200);
    const query = vi.spyOn(t.services.authDb, 'query');
    expect((await samira.get(`/api/v1/gezinnen/${jansen().id}/synchronisatie`)).statusCode).toBe(200);
    const checks = query.mock.calls.filter(([sql]) => sql.includes('f.change_seq = $2'));
    query.mockRestore();
    expect(checks).toHaveLength(1);
  });
});

describe(`family rows beside a snapshot on ${testEngine()}`, () => {
  // Any family table does for the mechanism; members are there in every demo family.
  const membersPart = familyPart<{ id: string; name: string }>('gezinsleden', 'select id, first_name as name from members where family_id = $1 order by id', {});
  const memberRows = async (store: FamilyStore, snapshot: FamilySnapshot, reads: { n: number }) => {
    const query = vi.spyOn(t.db, 'query');
    try {
      return await store.rowsAlongside(snapshot, membersPart);
    } finally {
      reads.n += query.mock.calls.filter(([sql]) => sql.includes(membersPart.sql)).length;
      query.mockRestore();
    }
  };
  const bigPart = familyPart<{ text: string }>('groot', `select repeat('x', 10000) as text where $1::uuid is not null`, {});

  it('are read once while the snapshot is current, and anew once the family changed', async () => {
    const store = new FamilyStore(t.db);
    const reads = { n: 0 };
    const before = (await store.snapshot(jansen().id))!;
    const first = await memberRows(store, before, reads);
    expect(await memberRows(store, (await store.snapshot(jansen().id))!, reads)).toBe(first);
    expect(reads.n).toBe(1);

    const [one] = first;
    expect(one).toBeDefined();
    await t.db.query('update members set first_name = $2 where id = $1', [one!.id, 'Nora']);
    store.forget(jansen().id);
    const after = (await store.snapshot(jansen().id))!;
    expect(after).not.toBe(before);
    const again = await memberRows(store, after, reads);
    expect(reads.n).toBe(2);
    expect(again.find((d) => d.id === one!.id)!.name).toBe('Nora');
    // A request still holding the old snapshot (it wrote, or another did) never gets rows kept for it.
    await memberRows(store, before, reads);
    await memberRows(store, before, reads);
    expect(reads.n).toBe(4);
  });

  it('cannot be changed by one request for the next', async () => {
    const store = new FamilyStore(t.db);
    const snapshot = (await store.snapshot(jansen().id))!;
    const rows = await memberRows(store, snapshot, { n: 0 });
    expect(() => (rows as unknown as { id: string }[]).push({ id: 'x', name: 'x' } as never)).toThrow(TypeError);
    expect(() => ((rows[0] as { name: string }).name = 'x')).toThrow(TypeError);
    // Also when read past the cache (a snapshot no longer current): a mutation must fail on every path, not only on a hit.
    store.forget(jansen().id);
    const past = await memberRows(store, snapshot, { n: 0 });
    expect(() => ((past[0] as { name: string }).name = 'x')).toThrow(TypeError);
  });

  it('are read again after a changed account (they carry names of any account) and after a failed read, while the snapshot stays', async () => {
    const store = new FamilyStore(t.db);
    const snapshot = (await store.snapshot(jansen().id))!;
    const reads = { n: 0 };
    await memberRows(store, snapshot, reads);
    store.forgetUser('00000000-0000-4000-8000-000000000000');
    expect(await store.snapshot(jansen().id)).toBe(snapshot);
    await memberRows(store, snapshot, reads);
    expect(reads.n).toBe(2);

    const lost = vi.spyOn(t.db, 'query').mockRejectedValueOnce(new Error('verbinding weg'));
    await expect(store.rowsAlongside(snapshot, bigPart)).rejects.toThrow('verbinding weg');
    lost.mockRestore();
    expect(await store.rowsAlongside(snapshot, bigPart)).toEqual([{ text: 'x'.repeat(10_000) }]);
  });

  it('count in the cache size', async () => {
    const store = new FamilyStore(t.db);
    const snapshot = (await store.snapshot(jansen().id))!;
    await vi.waitFor(() => expect(store.cacheStats().cost).toBeGreaterThan(2048));
    const before = store.cacheStats().cost;
    const rows = await store.rowsAlongside(snapshot, bigPart);
    expect(rows).toHaveLength(1);
    const withRows = store.cacheStats().cost;
    expect(withRows).toBeGreaterThanOrEqual(before + 20_000);
    // Dropped with a changed account and read again: counted once, not twice.
    store.forgetUser('00000000-0000-4000-8000-000000000000');
    expect(store.cacheStats().cost).toBe(before);
    await store.rowsAlongside(snapshot, bigPart);
    expect(store.cacheStats().cost).toBe(withRows);
  });
});

describe(`the snapshot cache on ${testEngine()} is bounded`, () => {
  it('holds no more than its room: the least recently read family goes, and is read again correctly when asked', async () => {
    const families = t.world.families.map((f) => f.id);
    const one = (await new FamilyStore(t.db).snapshot(families[0]!))!;
    // Room for about one family: reading the other pushes the first one out.
    const store = new FamilyStore(t.db, { maxBytes: 1.5 * (2 * JSON.stringify({ members: one.members, fields: one.fields, plan: one.plan, comments: one.comments, professionals: one.professionals, helpers: one.helpers }).length + 2048) });
    const first = await store.snapshot(families[0]!);
    await store.snapshot(families[1]!);
    expect(store.cacheStats()).toMatchObject({ entries: 1, misses: 2, evictions: 1 });
    expect(store.cacheStats().cost).toBeLessThanOrEqual(store.cacheStats().maxCost);

    const again = await store.snapshot(families[0]!);
    expect(again).not.toBe(first);
    expect(contents(again)).toEqual(contents(first));
    expect(await store.snapshot(families[0]!)).toBe(again);
    expect(store.cacheStats()).toMatchObject({ hits: 1, misses: 3, evictions: 2 });
  });

  it('an unknown family is not kept', async () => {
    const store = new FamilyStore(t.db);
    expect(await store.snapshot(randomUUID())).toBeUndefined();
    await vi.waitFor(() => expect(store.cacheStats().entries).toBe(0));
  });
});
