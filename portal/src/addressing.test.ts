import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addressedTexts, addressingFor, addressReaderAs } from './addressing.ts';
import { setUpI18n } from './i18n.ts';

beforeAll(async () => {
  await setUpI18n();
});
afterEach(() => addressReaderAs('u'));

describe('addressedTexts', () => {
  const texts = { a: 'Heeft u vragen?', a_je: 'Heb je vragen?', b: 'Plan', n: { c_one: 'U heeft 1 bericht.', c_je_one: 'Je hebt 1 bericht.', d: 'Uw antwoord', d_helper: 'Het antwoord van {{name}}', d_je: 'Jouw antwoord' } };

  it('says each text with a "je" variant under its own key, also plural forms, and leaves the rest', () => {
    expect(addressedTexts(texts, 'je')).toEqual({
      a: 'Heb je vragen?', a_je: 'Heb je vragen?', b: 'Plan',
      n: { c_one: 'Je hebt 1 bericht.', c_je_one: 'Je hebt 1 bericht.', d: 'Jouw antwoord', d_helper: 'Het antwoord van {{name}}', d_je: 'Jouw antwoord' },
    });
  });

  it('leaves every text as it is for "u"', () => {
    expect(addressedTexts(texts, 'u')).toEqual(texts);
  });
});

describe('addressingFor', () => {
  it('takes the member\'s own addressing', () => {
    expect(addressingFor({ kind: 'member', addressing: 'je' })).toBe('je');
    expect(addressingFor({ kind: 'member', addressing: 'u' })).toBe('u');
  });

  it('says "u" to a helper, also when she acts for a youth, and to anyone acting for someone', () => {
    expect(addressingFor({ kind: 'helper', addressing: 'u', actingFor: { memberId: 'noor', name: 'Noor' } })).toBe('u');
    expect(addressingFor({ kind: 'member', addressing: 'je', actingFor: { memberId: 'm', name: 'Samira' } })).toBe('u');
    expect(addressingFor({ kind: 'professional', addressing: 'je' })).toBe('u');
  });

  it('says "u" for a copy of /ik from before it said how (an older local copy)', () => {
    expect(addressingFor({ kind: 'member' } as never)).toBe('u');
  });
});

describe('addressReaderAs, with the real Dutch texts', () => {
  it('makes every t() say "je" to a youth and "u" again after', () => {
    expect(i18next.t('contact.intro')).toMatch(/^Heeft u /);
    addressReaderAs('je');
    expect(i18next.t('contact.intro')).toMatch(/^Heb je /);
    expect(i18next.t('comments.newCount', { count: 2 })).toBe('Er zijn 2 nieuwe berichten voor jou.');
    addressReaderAs('u');
    expect(i18next.t('contact.intro')).toMatch(/^Heeft u /);
  });

  it('lets the helper variant win where a helper reads', () => {
    addressReaderAs('je');
    expect(i18next.t('comments.label', { context: 'helper', name: 'Samira' })).toBe('Reactie namens Samira');
  });

  it('leaves the workspace texts alone', () => {
    const before = i18next.getResourceBundle('nl', 'werk');
    addressReaderAs('je');
    expect(i18next.getResourceBundle('nl', 'werk')).toEqual(before);
  });
});
