import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeComments, type CommentRow } from './family-store.ts';

const comment = (id: string, at: number, body = 'x') => ({ id, createdAt: new Date(at), body }) as CommentRow;
const order = (rows: readonly CommentRow[]) => [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const ids = (rows: readonly CommentRow[]) => rows.map((r) => `${r.id}@${r.createdAt.getTime()}:${r.body}`);

describe('mergeComments', () => {
  it('equals reading every comment again: changed ones replaced, new ones added, gone ones dropped, in written order', () => {
    const row = fc.record({ id: fc.uuid(), at: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 30 }), fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 10 }), fc.func(fc.constantFrom('keep', 'change', 'drop')), (before, added, fate) => {
        const old = order(before.map((r) => comment(r.id, r.at)));
        const fates = new Map(old.map((c) => [c.id, fate(c.id)] as const));
        const newOnes = added.filter((r) => !fates.has(r.id)).map((r) => comment(r.id, r.at, 'nieuw'));
        const changed = old.filter((c) => fates.get(c.id) === 'change').map((c) => comment(c.id, c.createdAt.getTime(), 'veranderd'));
        const changedIds = [...old.filter((c) => fates.get(c.id) !== 'keep').map((c) => c.id), ...newOnes.map((c) => c.id)];
        const fresh = order([...changed, ...newOnes]);
        const expected = order([...old.filter((c) => fates.get(c.id) === 'keep'), ...fresh]);
        expect(ids(mergeComments(old, changedIds, fresh))).toEqual(ids(expected));
      }),
      { numRuns: 500 },
    );
  });
});
