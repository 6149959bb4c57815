/**
 * The languages of the member screens. Dutch is the source and the authoritative text; every other
 * language is a translation and says so. The professional workspace stays Dutch.
 */

export interface MemberLanguage {
  code: string;
  /** The language's name in itself, so someone who cannot read the current language finds their own. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** For dates and numbers. Arabic keeps the digits on Dutch letters and forms (Latin digits). */
  locale: string;
}

export const memberLanguages = [
  { code: 'nl', name: 'Nederlands', dir: 'ltr', locale: 'nl-NL' },
  { code: 'en', name: 'English', dir: 'ltr', locale: 'en-GB' },
  { code: 'ar', name: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr', locale: 'tr-TR' },
  { code: 'pl', name: 'Polski', dir: 'ltr', locale: 'pl-PL' },
  { code: 'uk', name: 'Українська', dir: 'ltr', locale: 'uk-UA' },
] as const satisfies readonly MemberLanguage[];

export type LanguageCode = (typeof memberLanguages)[number]['code'];

export const sourceLanguage = 'nl' satisfies LanguageCode;

/** The language for a code, Dutch for anything unknown (an old or tampered stored choice). */
export function languageOf(code: string | undefined): MemberLanguage {
  return memberLanguages.find((l) => l.code === code) ?? memberLanguages[0];
}

export function isLanguageCode(code: unknown): code is LanguageCode {
  return memberLanguages.some((l) => l.code === code);
}

/** Where the choice is kept on the device. It holds no data of the member, so a wipe keeps it. */
export const languageStorageKey = 'onsplan.taal';
