import { describe, expect, it } from 'vitest';
import { hashSecret, looksLikeCode, newInvitationCode, normaliseCode } from './codes.ts';

describe('invitation codes', () => {
  it('are 12 Crockford characters in three groups, and differ each time', () => {
    const codes = new Set(Array.from({ length: 200 }, newInvitationCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('forgive spaces, lower case and look-alike letters', () => {
    expect(normaliseCode(' abcd-efgh-jkmo ')).toBe('ABCDEFGHJKM0');
    expect(normaliseCode('il1')).toBe('111');
    expect(looksLikeCode('abcd efgh jkmn')).toBe(true);
    expect(looksLikeCode('abc')).toBe(false);
    expect(looksLikeCode('<script>alert(1)</script>')).toBe(false);
  });

  it('are stored only as a hash', () => {
    expect(hashSecret('ABCDEFGHJKMN')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret('ABCDEFGHJKMN')).not.toContain('ABCD');
  });
});
