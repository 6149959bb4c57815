import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from '../../locales/nl.json';
import werkNl from '../../locales/werk.nl.json';

/** Dutch is the source and ships with the app; other languages load when chosen. */
export async function setUpI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: 'nl',
    fallbackLng: 'nl',
    resources: { nl: { translation: nl, werk: werkNl } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export async function switchLanguage(lng: 'nl' | 'en'): Promise<void> {
  if (lng === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const en = await import('../../locales/en.json');
    i18next.addResourceBundle('en', 'translation', en.default);
  }
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
}
