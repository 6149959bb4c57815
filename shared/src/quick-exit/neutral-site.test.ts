import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultNeutralSite, safeNeutralSite } from './neutral-site.ts';

describe('the neutral site Snel weg leaves for', () => {
  it('keeps any whole http(s) address', () => {
    expect(safeNeutralSite('https://www.nu.nl')).toBe('https://www.nu.nl/');
    expect(safeNeutralSite('http://127.0.0.1:4010/weer?q=1')).toBe('http://127.0.0.1:4010/weer?q=1');
  });

  it('falls back to the default for anything missing, relative or not a web address', () => {
    for (const odd of [undefined, null, '', '/plan', 'nu.nl', 'javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd']) {
      expect(safeNeutralSite(odd), String(odd)).toBe(defaultNeutralSite);
    }
  });

  it('never answers anything but an http(s) address, whatever it is given', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.constant('javascript:x')), (value) => /^https?:\/\//.test(safeNeutralSite(value))));
  });
});
