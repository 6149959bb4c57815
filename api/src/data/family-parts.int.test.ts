import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testEngine } from '../test/db.ts';
import { generateFamilies } from '../db/generate/generate.ts';
import { generatedFamilyId } from '../db/generate/family-rows.ts';
import { testApp, type TestApp } from '../test/harness.ts';
import { FamilyPartReader, familyPart, type FamilyPart } from './family-parts.ts';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => t.close());

const jansen = () => t.world.families.find((f) => f.key === 'jansen')!;

/** Every part that the syncs and screens of these people ask for, by name. */
async function partsAsked(people: readonly string[], paths: readonly string[]): Promise<Map<string, FamilyPart<unknown>>> {
  const read = vi.spyOn(FamilyPartReader.prototype, 'read');
  try {
    for (const who of people) {
      const client = await t.as(who);
      for (const path of paths) expect((await client.get(`/api/v1/gezinnen/${jansen().id}/${path}`)).statusCode).toBe(200);
    }
    return new Map(read.mock.calls.map(([, part]) => [part.name, part as FamilyPart<unknown>]));
  } finally {
    read.mockRestore();
  }
}

describe(`a family's parts read together on ${testEngine()}`, () => {
  it('every part a sync asks for names exactly its time columns as times', async () => {
    const parts = await partsAsked(['samira', 'fatima'], ['synchronisatie', 'instemming']);
    // The parts a sync reads: a new one joins this test by itself.
    expect([...parts.keys()]).toEqual(
      expect.arrayContaining(['afspraken', 'comment_reads', 'contact_reads', 'contactberichten', 'contactwijzigingen', 'correctieverzoeken', 'documenten', 'eigen-verklaringen', 'instemmingen', 'scores', 'toestemmingen']),
    );
    for (const part of parts.values()) {
      // The database says which columns hold a time, whether or not the family has rows of the part.
      await t.db.exec(`create temporary view part_columns as ${part.sql.replaceAll(/\$1(?!\d)/g, `'${jansen().id}'::uuid`)}`);
      const times = await t.db.query<{ name: string }>(
        `select attname as name from pg_attribute
          where attrelid = 'part_columns'::regclass and attnum > 0 and atttypid in ('timestamptz'::regtype, 'timestamp'::regtype) order by attname`,
      );
      await t.db.exec('drop view part_columns');
      expect(Object.keys(part.times).sort(), part.name).toEqual(times.map((c) => c.name));
    }
  });

  it('every part a sync asks for equals, read in one statement with the others, the part read alone', async () => {
    const parts = [...(await partsAsked(['samira', 'fatima'], ['synchronisatie', 'instemming'])).values()];
    // Generated families hold instemmingen, toestemmingen, documents and correctieverzoeken; the demo family holds few.
    await generateFamilies(t.db, { families: 3, now: t.clock.now(), seed: 'parts' });
    let withRows = 0;
    for (const familyId of [jansen().id, ...[0, 1, 2].map((i) => generatedFamilyId('parts', i))]) {
      const reader = new FamilyPartReader(t.db);
      const together = await Promise.all(parts.map((part) => reader.read(familyId, part)));
      for (const [i, part] of parts.entries()) {
        const alone = await t.db.query(part.sql, [familyId]);
        expect(together[i], part.name).toEqual(alone);
        if (alone.length > 0) withRows += 1;
      }
    }
    expect(withRows).toBeGreaterThanOrEqual(6);
  });

  it('asks the database once for the parts asked at the same moment, and once for a part asked alone', async () => {
    const a = familyPart<{ id: string }>('a', 'select id from members where family_id = $1 order by id', {});
    const b = familyPart<{ at: Date }>('b', 'select created_at as at from members where family_id = $1 order by id', { at: true });
    const reader = new FamilyPartReader(t.db);
    const query = vi.spyOn(t.db, 'query');
    const [rowsA, rowsB, again] = await Promise.all([reader.read(jansen().id, a), reader.read(jansen().id, b), reader.read(jansen().id, a)]);
    expect(query).toHaveBeenCalledTimes(1);
    expect(again).toBe(rowsA);
    expect(rowsA.length).toBeGreaterThan(0);
    expect(rowsB[0]!.at).toBeInstanceOf(Date);
    expect(await reader.read(jansen().id, a)).toEqual(rowsA);
    expect(query).toHaveBeenCalledTimes(2);
    expect(query.mock.calls[1]![0]).toBe(a.sql);
    query.mockRestore();
  });

  it('a sync keeps the family parts, but reads what the person has read anew each time, and shows a comment read since as not new', async () => {
    const samira = await t.as('samira');
    const fatima = await t.as('fatima');
    const family = `/api/v1/gezinnen/${jansen().id}`;
    const comment = await samira.post(`${family}/reacties`, { clientId: crypto.randomUUID(), body: 'Wanneer is het volgende gesprek?' });
    t.clock.advance(1000);
    const reply = await fatima.post(`${family}/reacties/${comment.json().id}/antwoorden`, { clientId: crypto.randomUUID(), body: 'Volgende week dinsdag.' });
    const isNew = async () => {
      const response = await samira.get(`${family}/synchronisatie?since=0`);
      expect(response.statusCode).toBe(200);
      return response.json().records.find((r: { id: string }) => r.id === reply.json().id).data.isNew as boolean;
    };
    expect(await isNew()).toBe(true);
    const read = vi.spyOn(FamilyPartReader.prototype, 'read');
    t.clock.advance(1000);
    // Marking read changes no family data: the kept parts stay, and only the marks are read again.
    expect((await samira.post(`${family}/reacties/leesbevestiging`, { until: t.clock.now().toISOString() })).statusCode).toBe(204);
    expect(await isNew()).toBe(false);
    expect(read.mock.calls.map(([, part]) => part.name).sort()).toEqual(['comment_reads', 'contact_reads']);
    read.mockRestore();
  });

  it('a name names one query: a second, different query under a name already used is refused', () => {
    familyPart<{ id: string }>('dubbel', 'select id from members where family_id = $1', {});
    expect(() => familyPart<{ id: string }>('dubbel', 'select id from members where family_id = $1', {})).not.toThrow();
    expect(() => familyPart<{ id: string }>('dubbel', 'select id from documents where family_id = $1', {})).toThrow('defined twice');
  });

  it('a failed statement fails every part in it, and the next read asks again', async () => {
    const a = familyPart<{ id: string }>('leden', 'select id from members where family_id = $1', {});
    // A real failure in the database: this part divides by zero for every family.
    const broken = familyPart<{ x: number }>('kapot', 'select 1 / (count(*) - count(*)) as x from members where family_id = $1', {});
    const reader = new FamilyPartReader(t.db);
    const reads = [reader.read(jansen().id, a), reader.read(jansen().id, broken)];
    for (const read of reads) await expect(read).rejects.toThrow(/division by zero/);
    expect((await reader.read(jansen().id, a)).length).toBeGreaterThan(0);
  });

});
