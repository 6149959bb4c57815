/**
 * Checks and tidies the contact details a member proposes (a Dutch address, a phone number, an
 * e-mail address). Pure, so the portal can check a form before it is sent and the API checks the
 * same way. A failed check names every wrong field, so a form can mark each one in B1 words.
 */

export type ContactField = 'adres' | 'telefoon' | 'email';

/** The input fields of a proposal per kind of contact detail, in form order. */
export const contactInputFields = {
  adres: ['street', 'houseNumber', 'postcode', 'city'],
  telefoon: ['phone'],
  email: ['email'],
} as const satisfies Record<ContactField, readonly string[]>;

export type ContactInputField = (typeof contactInputFields)[ContactField][number];

/** What a member fills in: the kind of detail and the fields of that kind. */
export type ContactInput = { field: ContactField } & Partial<Record<ContactInputField, string>>;

export type ContactCheck = { ok: true; value: string } | { ok: false; fields: ContactInputField[] };

// 'SA', 'SD' and 'SS' are never used in Dutch postcodes.
const postcodePattern = /^([1-9][0-9]{3}) ?(?!SA|SD|SS)([A-Z]{2})$/;

/** "1234ab", "1234 AB" → "1234 AB"; undefined when it is not a Dutch postcode. */
export function normalisePostcode(raw: string): string | undefined {
  const match = postcodePattern.exec(raw.trim().toUpperCase());
  return match ? `${match[1]} ${match[2]}` : undefined;
}

/**
 * A Dutch number ("06-12 34 56 78", "+31 6 12345678", "0031 30 1234567") → ten digits ("0612345678");
 * a number abroad → "+" and 8 to 15 digits. Undefined when it is neither.
 */
export function normalisePhone(raw: string): string | undefined {
  if (!/^[+0-9 ()./-]{1,30}$/.test(raw.trim())) return undefined;
  let digits = raw.replace(/[ ()./-]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+31')) digits = `0${digits.slice(3)}`;
  if (/^0[1-9][0-9]{8}$/.test(digits)) return digits;
  if (/^\+[1-9][0-9]{7,14}$/.test(digits)) return digits;
  return undefined;
}

const emailPattern = /^([^\s@"<>(),;:\\[\]]{1,64})@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i;

/** An e-mail address with its domain in lower case; undefined when it cannot be one. */
export function normaliseEmail(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed.length > 254) return undefined;
  const match = emailPattern.exec(trimmed);
  return match ? `${match[1]}@${match[2]!.toLowerCase()}` : undefined;
}

// Letters of any language, digits ("2e Hugo de Grootstraat"), and the marks Dutch names use ("'s-Hertogenbosch").
const placePattern = /^[\p{L}\p{N}'][\p{L}\p{M}\p{N} .'/-]{0,79}$/u;
const houseNumberPattern = /^[1-9][0-9]{0,4}(?:[ -]?[A-Za-z0-9]{1,6})?$/;

const tidy = (raw: string) => raw.trim().replace(/\s+/g, ' ');

function place(raw: string): string | undefined {
  const value = tidy(raw);
  return value.length >= 2 && placePattern.test(value) ? value : undefined;
}

function houseNumber(raw: string): string | undefined {
  const value = tidy(raw);
  return houseNumberPattern.test(value) ? value : undefined;
}

const checks: Record<ContactInputField, (raw: string) => string | undefined> = {
  street: place,
  houseNumber,
  postcode: normalisePostcode,
  city: place,
  phone: normalisePhone,
  email: normaliseEmail,
};

/**
 * Checks a proposal and gives the value as it is stored and shown ("Lindelaan 12, 3514 BK Utrecht").
 * Fields of another kind are wrong too: a phone number sent with an address is a mistake, not noise.
 */
export function checkContactInput(input: ContactInput): ContactCheck {
  const wanted: readonly ContactInputField[] = contactInputFields[input.field];
  const wrong: ContactInputField[] = [];
  const clean = new Map<ContactInputField, string>();
  for (const name of Object.keys(checks) as ContactInputField[]) {
    const raw = input[name];
    if (!wanted.includes(name)) {
      if (raw !== undefined) wrong.push(name);
      continue;
    }
    const value = raw === undefined ? undefined : checks[name](raw);
    if (value === undefined) wrong.push(name);
    else clean.set(name, value);
  }
  if (wrong.length) return { ok: false, fields: wrong };
  const get = (name: ContactInputField) => clean.get(name)!;
  switch (input.field) {
    case 'adres':
      return { ok: true, value: `${get('street')} ${get('houseNumber')}, ${get('postcode')} ${get('city')}` };
    case 'telefoon':
      return { ok: true, value: get('phone') };
    case 'email':
      return { ok: true, value: get('email') };
  }
}
