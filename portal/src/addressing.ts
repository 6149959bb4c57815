import { jeVariant, type Addressing, type Me } from '@onsplan/shared';
import i18next, { type i18n } from 'i18next';
import { useLayoutEffect } from 'react';
import { sourceLanguage } from './languages.ts';
import { allDutchTexts, dutchTexts, type Texts } from './texts/dutch.ts';

/**
 * The Dutch member texts as they speak to a youth: every text with a `_je` variant says it under its
 * own key, so every `t('…')` on every member screen says "je" without knowing it. A text without a
 * variant stays as it is; the `_helper` variants stay too, and win where a helper reads (always "u").
 */
export function addressedTexts(texts: Texts, addressing: Addressing): Texts {
  if (addressing === 'u') return texts;
  const out: Texts = {};
  for (const [key, value] of Object.entries(texts)) {
    if (typeof value !== 'string') out[key] = addressedTexts(value, addressing);
    else if (!(key in out)) out[key] = value;
    if (typeof value === 'string' && jeVariant.test(key)) out[key.replace(jeVariant, '')] = value;
  }
  return out;
}

/**
 * How the member screens speak to whoever is signed in: a helper is an adult acting for someone else,
 * so always "u", whatever the age of the member she helps. A copy of /ik from before the server said
 * it (an older local copy) says "u" until the next sync.
 */
export function addressingFor(me: Pick<Me, 'kind' | 'actingFor' | 'addressing'>): Addressing {
  if (me.kind !== 'member' || me.actingFor) return 'u';
  return me.addressing === 'je' ? 'je' : 'u';
}

let current: Addressing = 'u';

function putDutchTexts(addressing: Addressing, silent: boolean): void {
  // Replaces the Dutch bundle; unless silent, react-i18next re-renders the screens on view ("added").
  i18next.addResourceBundle(sourceLanguage, 'translation', addressedTexts(dutchTexts(), addressing), false, true, { silent, skipCopy: false });
}

let completed: Promise<void> | undefined;

/** All Dutch texts in the bundle, said as the reader is addressed; the screens on view follow. */
export function completeDutchTexts(): Promise<void> {
  completed ??= allDutchTexts().then(() => putDutchTexts(current, false));
  return completed;
}

/** Speaks to the reader as `addressing` from now on; the screens on view follow at once. */
export function addressReaderAs(addressing: Addressing): void {
  if (addressing === current) return;
  current = addressing;
  putDutchTexts(addressing, false);
}

/** For a screen that knows who reads it; undefined (still loading) keeps what was. */
export function useAddressing(addressing: Addressing | undefined): void {
  // While rendering, so this screen's own texts come out right the first time: a screen that mounts
  // now listens for changes only after its effects, too late to hear one. Silently, as no other
  // screen may update during a render.
  if (addressing && addressing !== current) {
    current = addressing;
    putDutchTexts(addressing, true);
  }
  // Then the screens around it that already showed the other texts (the bar at the top) follow.
  useLayoutEffect(() => {
    if (addressing) putDutchTexts(addressing, false);
  }, [addressing]);
}

const textsByAddressing = new Map<Addressing, i18n>();

/**
 * The Dutch member texts as they speak to someone other than the reader, in an i18next of their own:
 * "Bekijk als" shows a professional (spoken to as "u") the screens of a youth as the youth reads them.
 * The reader's own texts stay as they are. Only for screens after the first, when all texts are there.
 */
export function memberTextsFor(addressing: Addressing): i18n {
  let texts = textsByAddressing.get(addressing);
  if (!texts) {
    texts = i18next.createInstance();
    void texts.init({
      lng: sourceLanguage,
      fallbackLng: sourceLanguage,
      resources: { [sourceLanguage]: { translation: addressedTexts(dutchTexts(), addressing) } },
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    textsByAddressing.set(addressing, texts);
  }
  return texts;
}
