import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { completeDutchTexts } from './addressing.ts';
import { isLanguageCode, languageOf, languageStorageKey, sourceLanguage, type LanguageCode } from './languages.ts';
import { dutchTexts } from './texts/dutch.ts';

type Bundle = { default: Record<string, unknown> };

// One chunk per language, loaded when chosen: the first screen carries only Dutch.
const translations: Record<Exclude<LanguageCode, 'nl'>, () => Promise<Bundle>> = {
  en: () => import('../../locales/en.json'),
  ar: () => import('../../locales/ar.json'),
  tr: () => import('../../locales/tr.json'),
  pl: () => import('../../locales/pl.json'),
  uk: () => import('../../locales/uk.json'),
};

// The router starts loading a directly opened workspace screen before i18next is set up; its texts wait.
let markSetUp: () => void = () => {};
const setUp = new Promise<void>((resolve) => (markSetUp = resolve));

/**
 * Dutch is the source and ships with the app: the first screen's texts with it, the rest right
 * after (`firstScreenOnly`, for the page's start) or at once; other languages load when chosen. The professional's
 * workspace has its own namespace `werk`, so no citizen sentence reaches a professional screen and no
 * professional word reaches a member's. A language chosen earlier on this device comes back, at once
 * or, over a drawn page, when asked (`showRememberedLanguage`).
 */
export async function setUpI18n({ firstScreenOnly = false, rememberedLanguageLater = false } = {}): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: sourceLanguage,
    fallbackLng: sourceLanguage,
    ns: ['translation', 'werk'],
    defaultNS: 'translation',
    resources: { nl: { translation: dutchTexts() } },
    interpolation: { escapeValue: false },
    returnNull: false,
    // A screen re-renders when texts arrive or change under it: the workspace's, or the Dutch bundle with the addressing.
    react: { bindI18nStore: 'added' },
  });
  markSetUp();
  if (!firstScreenOnly) await completeDutchTexts();
  if (rememberedLanguageLater) markDocument(sourceLanguage);
  else await showRememberedLanguage();
  return i18next;
}

/**
 * The language chosen earlier on this device. Over the start page the server drew in Dutch, the
 * app first takes that page over in Dutch and only then switches (`rememberedLanguageLater`):
 * drawn in another language than the page, React would throw the drawn page away and log an error.
 */
export async function showRememberedLanguage(): Promise<void> {
  const remembered = rememberedLanguage();
  if (remembered !== sourceLanguage) await showLanguage(remembered).catch(() => showLanguage(sourceLanguage));
  else markDocument(sourceLanguage);
}

/** The member's choice: shown at once and kept on this device. */
export async function switchLanguage(lng: LanguageCode): Promise<void> {
  await showLanguage(lng);
  try {
    globalThis.localStorage?.setItem(languageStorageKey, lng);
  } catch {
    // Storage blocked: the choice holds for this visit only.
  }
}

/** The workspace is Dutch only; the member's stored choice stays for the member screens. */
export async function showWorkspaceInDutch(): Promise<void> {
  await loadWorkspaceTexts();
  if (i18next.language !== sourceLanguage) await showLanguage(sourceLanguage);
}

/** Every Dutch member text: a screen after the first waits for them, so it never shows a key. */
export async function loadAllTexts(): Promise<void> {
  await setUp;
  await completeDutchTexts();
}

/**
 * The professional's texts (namespace `werk`), loaded when a professional screen opens: a member's
 * phone never downloads them with the first screen (issue 12: the start route's bytes).
 */
export async function loadWorkspaceTexts(): Promise<void> {
  await setUp;
  if (i18next.hasResourceBundle(sourceLanguage, 'werk')) return;
  i18next.addResourceBundle(sourceLanguage, 'werk', (await import('../../locales/werk.nl.json')).default);
}

async function showLanguage(lng: LanguageCode): Promise<void> {
  if (lng !== sourceLanguage && !i18next.hasResourceBundle(lng, 'translation')) {
    i18next.addResourceBundle(lng, 'translation', (await translations[lng]()).default);
  }
  await i18next.changeLanguage(lng);
  markDocument(lng);
}

/** `<html lang dir>` follow the language, so screen readers pronounce it and Arabic reads right to left. */
function markDocument(lng: LanguageCode): void {
  const html = globalThis.document?.documentElement;
  if (!html) return; // rendering outside a browser (tests)
  html.lang = lng;
  html.dir = languageOf(lng).dir;
}

function rememberedLanguage(): LanguageCode {
  try {
    const stored = globalThis.localStorage?.getItem(languageStorageKey);
    return isLanguageCode(stored) ? stored : sourceLanguage;
  } catch {
    return sourceLanguage;
  }
}
