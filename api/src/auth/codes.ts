import { createHash, randomBytes, randomInt } from 'node:crypto';

// Crockford base32: no I, L, O or U, so a code read aloud or typed from paper is hard to get wrong.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new invitation code of 12 characters (60 bits), shown as XXXX-XXXX-XXXX. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Undoes what people do when they type a code: spaces, dashes, lower case, O for 0, I or L for 1. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** True when the input can be a code at all, so junk is refused before any lookup. */
export function looksLikeCode(input: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]{12}$/.test(normaliseCode(input));
}

/** The stored form of a code or token: we keep only a hash. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new session token for a cookie. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}
