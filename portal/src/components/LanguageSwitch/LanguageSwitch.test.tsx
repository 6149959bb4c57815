import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpI18n, switchLanguage } from '../../i18n.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

beforeAll(async () => {
  await setUpI18n();
});

const items = (html: string) => [...html.matchAll(/<li lang="([^"]+)" dir="(ltr|rtl)">(.*?)<\/li>/g)].map((m) => ({ lang: m[1], dir: m[2], inner: m[3]! }));

describe('LanguageSwitch', () => {
  it('names every language in itself, with its own lang and direction, under a label in the current language', () => {
    const html = renderToStaticMarkup(<LanguageSwitch />);
    expect(html).toContain('aria-labelledby="taal-kiezen"');
    expect(html).toContain('>Taal</p>');
    expect(items(html).map((i) => [i.lang, i.dir, i.inner.replace(/<[^>]+>/g, '')])).toEqual([
      ['nl', 'ltr', 'Nederlands'],
      ['en', 'ltr', 'English'],
      ['ar', 'rtl', 'العربية'],
      ['tr', 'ltr', 'Türkçe'],
      ['pl', 'ltr', 'Polski'],
      ['uk', 'ltr', 'Українська'],
    ]);
  });

  it('marks the current language instead of offering it; every other one is a button of type button', async () => {
    await switchLanguage('ar');
    const html = renderToStaticMarkup(<LanguageSwitch />);
    const current = items(html).filter((i) => i.inner.includes('aria-current="true"'));
    expect(current.map((i) => i.lang)).toEqual(['ar']);
    expect(current[0]!.inner).not.toContain('<button');
    expect(items(html).filter((i) => i.inner.includes('<button type="button"')).map((i) => i.lang)).toEqual(['nl', 'en', 'tr', 'pl', 'uk']);
    expect(html).toContain('>اللغة</p>');
    await i18next.changeLanguage('nl');
  });
});
