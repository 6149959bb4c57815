import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setUpI18n, switchLanguage } from '../../i18n.ts';
import type { LanguageCode } from '../../languages.ts';
import { TranslationNote } from './TranslationNote.tsx';

beforeAll(async () => {
  await setUpI18n();
});
afterEach(async () => {
  await i18next.changeLanguage('nl');
});

describe('TranslationNote', () => {
  it('is not there on a Dutch screen', () => {
    expect(renderToStaticMarkup(<TranslationNote />)).toBe('');
  });

  it.each<[LanguageCode, string]>([
    ['en', 'Translation — the Dutch text applies.'],
    ['ar', 'ترجمة — النص الهولندي هو المعتمد.'],
    ['tr', 'Çeviri — Hollandaca metin geçerlidir.'],
    ['pl', 'Tłumaczenie — obowiązuje tekst niderlandzki.'],
    ['uk', 'Переклад — чинним є текст нідерландською.'],
  ])('says in %s and in Dutch that the Dutch text counts', async (lng, note) => {
    await switchLanguage(lng);
    expect(renderToStaticMarkup(<TranslationNote />)).toBe(
      `<p class="onsplan-translation-note"><span>${note}</span> <span lang="nl" dir="ltr">Vertaling — de Nederlandse tekst geldt.</span></p>`,
    );
  });
});
