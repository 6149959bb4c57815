import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { telParts } from './tel-parts.ts';

describe('telParts', () => {
  it('makes 112 and Veilig Thuis 0800-2000 callable, however the number is written', () => {
    expect(telParts('Bel 112. Of bel Veilig Thuis: 0800-2000.')).toEqual([
      { text: 'Bel ' },
      { text: '112', tel: '112' },
      { text: '. Of bel Veilig Thuis: ' },
      { text: '0800-2000', tel: '08002000' },
      { text: '.' },
    ]);
    expect(telParts('0800 2000')).toEqual([{ text: '0800 2000', tel: '08002000' }]);
  });

  it('leaves other numbers alone: 1120 is no emergency number', () => {
    expect(telParts('Huisnummer 1120, kamer 3112')).toEqual([{ text: 'Huisnummer 1120, kamer 3112' }]);
  });

  it('never loses or reorders text', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('112', '0800-2000', ' ', '.')), { maxLength: 8 }), (pieces) => {
      const text = pieces.join('');
      expect(telParts(text).map((p) => p.text).join('')).toBe(text);
    }));
  });
});
