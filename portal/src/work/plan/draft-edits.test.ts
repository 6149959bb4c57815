import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addShield, moveItem, newDraftItem, removeShield, toggleMember } from './draft-edits.ts';

const sections = ['veiligheid', 'hulpverlening', 'herstel'] as const;
const items = (layout: readonly (typeof sections)[number][]) => layout.map((s, i) => ({ ...newDraftItem(s, `k${i}`), what: `item ${i}` }));

describe('draft edits', () => {
  it('moves an item within its section only, and not past either end', () => {
    const list = items(['veiligheid', 'herstel', 'veiligheid', 'veiligheid']);
    expect(moveItem(list, 'k2', -1).map((i) => i.key)).toEqual(['k2', 'k1', 'k0', 'k3']);
    expect(moveItem(list, 'k0', -1).map((i) => i.key)).toEqual(['k0', 'k1', 'k2', 'k3']);
    expect(moveItem(list, 'k3', 1).map((i) => i.key)).toEqual(['k0', 'k1', 'k2', 'k3']);
    expect(moveItem(list, 'k1', 1).map((i) => i.key)).toEqual(['k0', 'k1', 'k2', 'k3']);
  });

  it('for any list: a move keeps every item, keeps other sections in place, and moving back undoes it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...sections), { minLength: 1, maxLength: 12 }), fc.nat(), fc.constantFrom(-1 as const, 1 as const), (layout, n, direction) => {
        const list = items(layout);
        const key = list[n % list.length]!.key;
        const moved = moveItem(list, key, direction);
        expect([...moved].map((i) => i.key).sort()).toEqual(list.map((i) => i.key).sort());
        expect(moved.map((i) => i.section)).toEqual(layout);
        const changed = moved.some((i, at) => i.key !== list[at]!.key);
        if (changed) expect(moveItem(moved, key, direction === 1 ? -1 : 1)).toEqual(list);
      }),
    );
  });

  it('keeps one shield per member and part, each with its own reason', () => {
    const item = newDraftItem('veiligheid', 'k');
    const once = addShield(item, { memberId: 'mark', field: null, reason: 'veiligheid' });
    const again = addShield(once, { memberId: 'mark', field: null, reason: 'privacy-ander' });
    expect(again.shields).toEqual([{ memberId: 'mark', field: null, reason: 'privacy-ander' }]);
    const field = addShield(again, { memberId: 'mark', field: 'where', reason: 'anders', reasonText: 'Nieuw adres' });
    expect(field.shields).toHaveLength(2);
    expect(removeShield(field, 'mark', null).shields).toEqual([{ memberId: 'mark', field: 'where', reason: 'anders', reasonText: 'Nieuw adres' }]);
  });

  it('toggles a member in a list without duplicates', () => {
    expect(toggleMember(['a'], 'a', true)).toEqual(['a']);
    expect(toggleMember(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleMember(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
