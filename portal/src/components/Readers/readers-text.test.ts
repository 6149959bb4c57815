import { describe, expect, it } from 'vitest';
import { everyone, nameList } from './readers-text.ts';

describe('readers text', () => {
  it('names everyone once, members first, in one Dutch list', () => {
    const readers = { members: ['Noor', 'Daan'], helpers: ['Ria'], professionals: ['Fatima', 'Jeroen'] };
    expect(nameList(everyone(readers), 'nl')).toBe('Noor, Daan, Ria, Fatima en Jeroen');
    expect(nameList(everyone({ members: [], helpers: [], professionals: ['Fatima', 'Jeroen'] }), 'nl')).toBe('Fatima en Jeroen');
  });
});
