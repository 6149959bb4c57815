import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by.ts';

describe('groupBy', () => {
  it('keeps every item once, in its order, under its key', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), n: fc.integer() })), (items) => {
        const groups = groupBy(items, (i) => i.key);
        expect([...groups.values()].flat()).toHaveLength(items.length);
        for (const [key, group] of groups) expect(group).toEqual(items.filter((i) => i.key === key));
      }),
    );
  });

});
