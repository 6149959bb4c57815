import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/problems.ts';
import { contentDisposition, decodeNameHeader, displayName } from './file-name.ts';

describe('display names', () => {
  it.each([
    ['../../etc/passwd', 'image/jpeg', 'passwd.jpg'],
    ['..\\..\\Windows\\win.ini', 'application/pdf', 'win.ini.pdf'],
    ['IMG_2041.JPG', 'image/jpeg', 'IMG_2041.jpg'],
    ['brief van de school.pdf', 'application/pdf', 'brief van de school.pdf'],
    ['foto', 'image/png', 'foto.png'],
    ['   ', 'image/png', 'document.png'],
    ['..', 'image/jpeg', 'document.jpg'],
    ['.bashrc', 'image/jpeg', 'bashrc.jpg'],
    // Shown with the direction mark as "rapportfdp.jpg"; without it, it is what it is.
    ['rapport\u202Egpj.pdf', 'application/pdf', 'rapportgpj.pdf'],
    ['a<b>c:"d"|e?*.png', 'image/png', 'a_b_c__d__e__.png'],
    ['verslag v2.final', 'application/pdf', 'verslag v2.final.pdf'],
    ['Überweisung März.pdf', 'application/pdf', 'Überweisung März.pdf'],
  ] as const)('%j as %s is shown as %j', (raw, type, shown) => {
    expect(displayName(raw, type)).toBe(shown);
  });

  it.each([
    ['brief.pdf', 'image/jpeg'],
    ['foto.png', 'image/jpeg'],
    ['pagina.html', 'image/jpeg'],
    ['setup.exe', 'application/pdf'],
    ['foto.heic', 'image/jpeg'],
    ['rapport\u202Efdp.exe', 'application/pdf'],
  ] as const)('%j holding %s is a mismatch', (raw, type) => {
    expect(() => displayName(raw, type)).toThrow(AppError);
    try {
      displayName(raw, type);
    } catch (error) {
      expect((error as AppError).code).toBe('bestand-klopt-niet');
    }
  });

  it('never holds a path, a control or direction character, and always ends in the type', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('image/jpeg', 'image/png', 'application/pdf') as fc.Arbitrary<'image/jpeg' | 'image/png' | 'application/pdf'>, (raw, type) => {
        let name: string;
        try {
          name = displayName(raw, type);
        } catch (error) {
          expect((error as AppError).code).toBe('bestand-klopt-niet');
          return;
        }
        expect(name).not.toMatch(/[/\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
        expect(name).not.toMatch(/^\./);
        expect(name).toMatch({ 'image/jpeg': /\.(jpg|jpeg|jpe|jfif)$/, 'image/png': /\.png$/, 'application/pdf': /\.pdf$/ }[type]);
        expect([...name].length).toBeLessThanOrEqual(106);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('Content-Disposition', () => {
  it('is an attachment with an ASCII name and the exact UTF-8 name (RFC 6266, RFC 5987)', () => {
    expect(contentDisposition('Überweisung "März"; 100%.pdf')).toBe(
      `attachment; filename="Uberweisung _Marz__ 100_.pdf"; filename*=UTF-8''%C3%9Cberweisung%20%22M%C3%A4rz%22%3B%20100%25.pdf`,
    );
  });

  it('is always a valid header value that decodes back to the name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (name) => {
        const header = contentDisposition(name);
        expect(header).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%\-_.!~]*$/);
        expect(header.slice(header.indexOf('"') + 1, header.lastIndexOf('"'))).not.toMatch(/["\\]/);
        expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(name);
      }),
    );
  });
});

describe('the name header', () => {
  it('is percent-encoded UTF-8', () => {
    expect(decodeNameHeader(encodeURIComponent('brief van Noor.pdf'))).toBe('brief van Noor.pdf');
    expect(decodeNameHeader('%E0%A4%A')).toBeUndefined();
    expect(decodeNameHeader('%20')).toBeUndefined();
  });
});
