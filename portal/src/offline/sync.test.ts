import 'fake-indexeddb/auto';
import type { SyncRecord, SyncResponse } from '@onsplan/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { keepAccount, keepFile, readAccount, readFile, readRecord, readRecords } from './local-copy.ts';
import { closeAllStores } from './store.ts';
import { applySync, forgetFamily, lastSyncedAt, syncFamily, syncState, type FetchSync } from './sync.ts';
import { rawText, rawValues, unlockedStore } from './testing.ts';

const family = '6f1c2a7e-0000-4000-8000-000000000001';
const otherFamily = '6f1c2a7e-0000-4000-8000-000000000002';

const plan: SyncRecord = { kind: 'plan', id: 'p1', data: { title: 'Plan van de familie Jansen', items: [{ key: 'i1', text: 'Mark komt niet naar school' }, { key: 'i2', text: 'Noor gaat naar de sportclub' }] } };
const comment: SyncRecord = { kind: 'reactie', id: 'c1', data: { body: 'Ik ben het eens met de afspraak' } };
const document: SyncRecord = { kind: 'document', id: 'd1', data: { name: 'rapport.pdf' } };

function answer(records: SyncRecord[], extra: Partial<SyncResponse> = {}): SyncResponse {
  return { familyId: family, cursor: 7, day: '2031-03-04', unchanged: false, records, tombstones: [], ...extra };
}

afterEach(() => closeAllStores());

describe('sync merge', () => {
  it('stores the view sealed: the raw database holds no plan text', async () => {
    const { store, vault } = await unlockedStore();
    const outcome = await applySync(store, vault, answer([plan, comment]), new Date('2031-03-04T10:00:00Z'));
    expect(outcome).toEqual({ unchanged: false, stored: 2, removed: 0, cursor: 7 });
    expect(await readRecord(store, vault, family, 'plan', 'p1')).toEqual(plan.data);
    const dump = rawText(await rawValues(store.name));
    for (const text of ['Jansen', 'school', 'sportclub', 'eens met']) expect(dump).not.toContain(text);
    expect(await syncState(store, family)).toEqual({ cursor: 7, day: '2031-03-04', lastSyncedAt: '2031-03-04T10:00:00.000Z' });
  });

  it('replaces everything of the family with the new view', async () => {
    const { store, vault } = await unlockedStore();
    await applySync(store, vault, answer([plan, comment]));
    const newPlan = { ...plan, data: { title: 'Versie 2' } };
    const outcome = await applySync(store, vault, answer([newPlan], { cursor: 9 }));
    expect(outcome).toMatchObject({ stored: 1, removed: 1, cursor: 9 });
    expect(await readRecords(store, vault, family)).toEqual([newPlan]);
  });

  it('removes an item whose audience was narrowed: missing from the view means gone from the device', async () => {
    const { store, vault } = await unlockedStore();
    const hidden: SyncRecord = { kind: 'reactie', id: 'c2', data: { body: 'Alleen voor professionals bedoeld' } };
    await applySync(store, vault, answer([plan, comment, hidden]));
    expect(rawText(await rawValues(store.name))).toContain(`${family}:reactie:c2`);
    await applySync(store, vault, answer([plan, comment], { cursor: 8 }));
    expect(await readRecord(store, vault, family, 'reactie', 'c2')).toBeUndefined();
    const keys = (await rawValues(store.name)).map((row) => (row as { key?: string }).key);
    expect(keys).not.toContain(`${family}:reactie:c2`);
    expect(keys).toContain(`${family}:reactie:c1`);
  });

  it('applies tombstones, also of an unknown kind, but never against the view', async () => {
    const { store, vault } = await unlockedStore();
    await applySync(store, vault, answer([plan, comment, document]));
    await applySync(store, vault, answer([plan, comment], { tombstones: [{ kind: 'document', id: 'd1' }, { kind: 'onbekend', id: 'c1' }, { kind: 'plan', id: 'p1' }] }));
    const left = await readRecords(store, vault, family);
    // The plan and the comment are in the view, so their tombstones lose; the document is gone.
    expect(left.map((r) => `${r.kind}:${r.id}`).sort()).toEqual(['plan:p1', 'reactie:c1']);
  });

  it('keeps everything on an unchanged answer and only notes the time', async () => {
    const { store, vault } = await unlockedStore();
    await applySync(store, vault, answer([plan, comment]), new Date('2031-03-04T10:00:00Z'));
    const outcome = await applySync(store, vault, answer([], { unchanged: true }), new Date('2031-03-04T11:00:00Z'));
    expect(outcome).toEqual({ unchanged: true, stored: 0, removed: 0, cursor: 7 });
    expect(await readRecords(store, vault, family)).toHaveLength(2);
    expect(await lastSyncedAt(store)).toBe('2031-03-04T11:00:00.000Z');
  });

  it('reads lists back in the order of the answer, whatever their ids', async () => {
    const { store, vault } = await unlockedStore();
    const ids = ['z', 'a', 'm', 'b'];
    const comments = ids.map((id): SyncRecord => ({ kind: 'reactie', id, data: { body: `reactie ${id}` } }));
    await applySync(store, vault, answer([plan, ...comments]));
    expect((await readRecords(store, vault, family, 'reactie')).map((r) => r.id)).toEqual(ids);
  });

  it('keeps the account apart from every family', async () => {
    const { store, vault } = await unlockedStore();
    await keepAccount(store, vault, { name: 'Samira' });
    await applySync(store, vault, answer([plan]));
    await forgetFamily(store, family);
    expect(await readAccount(store, vault)).toEqual({ name: 'Samira' });
    expect(rawText(await rawValues(store.name))).not.toContain('Samira');
  });

  it('leaves other families alone', async () => {
    const { store, vault } = await unlockedStore();
    await applySync(store, vault, answer([plan]));
    await applySync(store, vault, { ...answer([comment]), familyId: otherFamily });
    await applySync(store, vault, answer([], { cursor: 12 }));
    expect(await readRecords(store, vault, family)).toEqual([]);
    expect(await readRecords(store, vault, otherFamily)).toEqual([comment]);
  });

  it('keeps a saved document file while the document is in view, and deletes it when it leaves', async () => {
    const { store, vault } = await unlockedStore();
    await applySync(store, vault, answer([plan, document]));
    const bytes = new TextEncoder().encode('%PDF-1.7 verslag van de zitting');
    await keepFile(store, vault, family, 'd1', bytes);
    await applySync(store, vault, answer([plan, document], { cursor: 8 }));
    expect(await readFile(store, vault, family, 'd1')).toEqual(bytes);
    expect(rawText(await rawValues(store.name))).not.toContain('zitting');
    const outcome = await applySync(store, vault, answer([plan], { cursor: 9 }));
    expect(outcome.removed).toBe(2);
    expect(await readFile(store, vault, family, 'd1')).toBeUndefined();
  });

  it('asks since the saved cursor and its day, and stores the answer', async () => {
    const { store, vault } = await unlockedStore();
    const asked: [number | undefined, string | undefined][] = [];
    const fetchSync: FetchSync = async (familyId, since, day) => {
      asked.push([since, day]);
      return since === undefined ? answer([plan]) : answer([], { unchanged: true });
    };
    await syncFamily(store, vault, family, fetchSync);
    await syncFamily(store, vault, family, fetchSync);
    expect(asked).toEqual([
      [undefined, undefined],
      [7, '2031-03-04'],
    ]);
    expect(await readRecords(store, vault, family)).toEqual([plan]);
  });

  it('removes a family the member can no longer open (niet-gevonden)', async () => {
    const { store, vault } = await unlockedStore();
    await applySync(store, vault, answer([plan, comment]));
    const gone: FetchSync = async () => {
      throw Object.assign(new Error('niet-gevonden'), { code: 'niet-gevonden', status: 404 });
    };
    expect(await syncFamily(store, vault, family, gone)).toMatchObject({ removed: 2 });
    expect(await readRecords(store, vault, family)).toEqual([]);
    expect(await syncState(store, family)).toBeUndefined();
  });

  it('keeps the copy when the network fails, and refuses an answer about another family', async () => {
    const { store, vault } = await unlockedStore();
    await applySync(store, vault, answer([plan]));
    await expect(syncFamily(store, vault, family, async () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow();
    await expect(syncFamily(store, vault, family, async () => ({ ...answer([]), familyId: otherFamily }))).rejects.toThrow(/another family/);
    expect(await readRecords(store, vault, family)).toEqual([plan]);
  });
});
