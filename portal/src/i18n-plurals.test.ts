import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar.json';
import nl from '../../locales/nl.json';
import pl from '../../locales/pl.json';
import tr from '../../locales/tr.json';
import uk from '../../locales/uk.json';

// The real i18next with the real files: a form missing or misnamed shows up as the wrong sentence.
const i18n = i18next.createInstance();
await i18n.init({
  lng: 'nl',
  fallbackLng: 'nl',
  resources: { nl: { translation: nl }, ar: { translation: ar }, tr: { translation: tr }, pl: { translation: pl }, uk: { translation: uk } },
  interpolation: { escapeValue: false },
});
const pending = (lng: string, count: number) => i18n.getFixedT(lng)('offline.pending', { count });

describe('plural forms per language, through i18next', () => {
  it('gives Arabic its six forms: 0, 1, 2, 3, 11 and 100', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((count) => pending('ar', count));
    expect(forms).toEqual([ar.offline.pending_zero, ar.offline.pending_one, ar.offline.pending_two, '3 تغييرات تنتظر الاتصال.', '11 تغييراً ينتظر الاتصال.', '100 تغيير ينتظر الاتصال.']);
    expect(new Set(forms).size).toBe(6);
  });

  it('gives Polish and Ukrainian their few and many forms, and Ukrainian "one" also for 21', () => {
    expect([1, 2, 5, 22, 25].map((count) => pending('pl', count))).toEqual([
      '1 zmiana czeka na połączenie.',
      '2 zmiany czekają na połączenie.',
      '5 zmian czeka na połączenie.',
      '22 zmiany czekają na połączenie.',
      '25 zmian czeka na połączenie.',
    ]);
    expect([1, 21, 3, 11].map((count) => pending('uk', count))).toEqual([
      '1 зміна чекає на з\'єднання.',
      '21 зміна чекає на з\'єднання.',
      '3 зміни чекають на з\'єднання.',
      '11 змін чекають на з\'єднання.',
    ]);
  });

  it('gives Turkish one form after a number, and Dutch its own zero where it has one', () => {
    expect([1, 4].map((count) => pending('tr', count))).toEqual(['1 değişiklik bağlantı bekliyor.', '4 değişiklik bağlantı bekliyor.']);
    expect(i18n.getFixedT('nl')('comments.title', { count: 0 })).toBe('Nog geen reacties');
    expect(i18n.getFixedT('ar')('comments.title', { count: 0 })).toBe('لا توجد تعليقات بعد');
  });
});
