import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContactInput, normaliseEmail, normalisePhone, normalisePostcode } from './contact-details.ts';

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const letterPair = fc.tuple(letter, letter).map(([a, b]) => a + b).filter((p) => !['SA', 'SD', 'SS'].includes(p));
const postcodeParts = fc.tuple(fc.integer({ min: 1000, max: 9999 }), letterPair);
const separators = fc.constantFrom('', ' ', '-', '  ', '.', '(', ')');

describe('postcode', () => {
  it('accepts every Dutch postcode in any case, with or without the space, and writes it as "1234 AB"', () => {
    fc.assert(
      fc.property(postcodeParts, fc.boolean(), fc.boolean(), ([digits, letters], space, lower) => {
        const typed = `${digits}${space ? ' ' : ''}${lower ? letters.toLowerCase() : letters}`;
        expect(normalisePostcode(` ${typed} `)).toBe(`${digits} ${letters}`);
      }),
    );
  });

  it('is stable: a tidied postcode tidies to itself', () => {
    fc.assert(fc.property(fc.string(), (raw) => {
      const once = normalisePostcode(raw);
      if (once !== undefined) expect(normalisePostcode(once)).toBe(once);
    }));
  });

  it.each(['0123 AB', '123 AB', '12345 AB', '1234 A', '1234 SS', '1234 SA', '1234 SD', '1234 ÄB', '1234\nAB', 'Utrecht', ''])('rejects %j', (raw) => {
    expect(normalisePostcode(raw)).toBeUndefined();
  });
});

describe('phone', () => {
  const national = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }));

  it('writes a Dutch number as ten digits, however it was typed', () => {
    fc.assert(
      fc.property(national, fc.array(separators, { minLength: 10, maxLength: 10 }), fc.constantFrom('0', '+31', '0031', '+31 (0)'), ([first, rest], seps, prefix) => {
        const digits = [first, ...rest];
        const typed = prefix + digits.map((d, i) => `${d}${seps[i]}`).join('');
        const expected = `0${digits.join('')}`;
        // "+31 (0)6…" is common on business cards but has a 0 too many; it must not turn into another number.
        if (prefix === '+31 (0)') expect(normalisePhone(typed)).toBeUndefined();
        else expect(normalisePhone(typed)).toBe(expected);
      }),
    );
  });

  it('keeps a number abroad in international form', () => {
    expect(normalisePhone('+32 470 12 34 56')).toBe('+32470123456');
    expect(normalisePhone('0049 30 1234567')).toBe('+49301234567');
  });

  it('is stable and never lets anything but digits and a leading + through', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (raw) => {
      const once = normalisePhone(raw);
      if (once === undefined) return;
      expect(once).toMatch(/^\+?[0-9]+$/);
      expect(normalisePhone(once)).toBe(once);
    }));
  });

  it.each(['06 1234567', '06 123456789', '00 12345', '+310612345678', '112', 'bel mij', '06-1234 5678 x', ''])('rejects %j', (raw) => {
    expect(normalisePhone(raw)).toBeUndefined();
  });
});

describe('e-mail', () => {
  it('keeps the local part and lowers the domain', () => {
    expect(normaliseEmail('  Samira.El-Amrani@Voorbeeld.NL ')).toBe('Samira.El-Amrani@voorbeeld.nl');
  });

  it.each(['samira', 'samira@', '@voorbeeld.nl', 'samira@voorbeeld', 'sa mira@voorbeeld.nl', 'samira@voorbeeld..nl', 'a<b>@voorbeeld.nl', `${'a'.repeat(65)}@voorbeeld.nl`])(
    'rejects %j',
    (raw) => expect(normaliseEmail(raw)).toBeUndefined(),
  );

  it('is stable', () => {
    fc.assert(fc.property(fc.emailAddress(), (raw) => {
      const once = normaliseEmail(raw);
      if (once !== undefined) expect(normaliseEmail(once)).toBe(once);
    }));
  });
});

describe('checkContactInput', () => {
  const address = { street: 'Lindelaan', houseNumber: '12', postcode: '3514bk', city: 'Utrecht' };

  it('builds the address as it is shown', () => {
    expect(checkContactInput({ field: 'adres', ...address })).toEqual({ ok: true, value: 'Lindelaan 12, 3514 BK Utrecht' });
    expect(checkContactInput({ field: 'adres', street: '2e  Hugo de Grootstraat', houseNumber: '7-II', postcode: '1052 LC', city: "'s-Hertogenbosch" })).toEqual({
      ok: true,
      value: "2e Hugo de Grootstraat 7-II, 1052 LC 's-Hertogenbosch",
    });
  });

  it('names every wrong or missing field at once', () => {
    expect(checkContactInput({ field: 'adres', street: 'Lindelaan', houseNumber: 'twaalf', postcode: '351 BK' })).toEqual({ ok: false, fields: ['houseNumber', 'postcode', 'city'] });
    expect(checkContactInput({ field: 'telefoon' })).toEqual({ ok: false, fields: ['phone'] });
  });

  it('refuses fields of another kind', () => {
    expect(checkContactInput({ field: 'email', email: 'samira@voorbeeld.nl', phone: '0612345678' })).toEqual({ ok: false, fields: ['phone'] });
  });

  it('never stores a line break or a control character, whatever is typed', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, text, (street, houseNumber, postcode, city) => {
        const result = checkContactInput({ field: 'adres', street, houseNumber, postcode, city });
        if (result.ok) expect(result.value).not.toMatch(/\p{Cc}/u);
      }),
    );
  });
});
