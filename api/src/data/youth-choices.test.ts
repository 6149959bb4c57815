import { describe, expect, it } from 'vitest';
import { ownerChoicesOf, type YouthChoiceRow } from './youth-choices.ts';

const objects = {
  items: [
    { id: 'i1-v1', itemKey: 'k1', section: 'veiligheid' },
    { id: 'i1-v2', itemKey: 'k1', section: 'veiligheid' },
    { id: 'i2-v2', itemKey: 'k2', section: 'veiligheid' },
    { id: 'i3-v2', itemKey: 'k3', section: 'herstel' },
  ],
  fields: [
    { id: 'f-noor-adres', memberId: 'noor', field: 'adres' },
    { id: 'f-noor-tel', memberId: 'noor', field: 'telefoon' },
    { id: 'f-samira-adres', memberId: 'samira', field: 'adres' },
  ],
};
const row = (targetKind: YouthChoiceRow['targetKind'], targetKey: string, open: boolean, viewerId = 'samira'): YouthChoiceRow => ({ ownerId: 'noor', viewerId, targetKind, targetKey, open });
const openedIds = (rows: YouthChoiceRow[]) => ownerChoicesOf(rows, objects).map((c) => `${c.viewerId}:${c.objectId}:${c.open ? 'open' : 'dicht'}`).sort();

describe('a youth’s stored choices as the evaluator reads them', () => {
  it('an item’s choice covers every version of it, and wins over its section’s', () => {
    expect(openedIds([row('section', 'veiligheid', false), row('item', 'k1', true)])).toEqual(['samira:i1-v1:open', 'samira:i1-v2:open', 'samira:i2-v2:dicht']);
  });

  it('the contact section covers only her own contact details; one detail’s choice wins over it', () => {
    expect(openedIds([row('section', 'contact', false), row('field', 'telefoon', true)])).toEqual(['samira:f-noor-adres:dicht', 'samira:f-noor-tel:open']);
  });

  it('choices for one parent say nothing about the other', () => {
    expect(openedIds([row('item', 'k3', true, 'mark'), row('item', 'k3', false)])).toEqual(['mark:i3-v2:open', 'samira:i3-v2:dicht']);
  });
});
