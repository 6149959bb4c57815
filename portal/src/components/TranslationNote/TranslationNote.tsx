import { useTranslation } from 'react-i18next';
import { languageOf, sourceLanguage } from '../../languages.ts';

/** The one Dutch sentence every translated screen carries, word for word in Dutch. */
export const dutchTranslationNote = 'Vertaling — de Nederlandse tekst geldt.';

/**
 * On a translated screen: this is a translation and the Dutch text is what counts, in the chosen
 * language and in Dutch (for someone who helps the member read, and for a dispute).
 */
export function TranslationNote() {
  const { t, i18n } = useTranslation();
  if (languageOf(i18n.language).code === sourceLanguage) return null;
  return (
    <p className="onsplan-translation-note">
      <span>{t('language.translationNote')}</span>{' '}
      <span lang="nl" dir="ltr">
        {dutchTranslationNote}
      </span>
    </p>
  );
}
