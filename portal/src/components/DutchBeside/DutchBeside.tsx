import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import { languageOf, sourceLanguage } from '../../languages.ts';

/**
 * A text with legal effect (a refusal and its rights, a decision, what a member agrees to): in a
 * translation the Dutch text stands beside it, since the Dutch one is what counts. `options` gets the
 * language, so a date in the Dutch text is written in Dutch.
 */
export function DutchBeside({ k, options = () => ({}) }: { k: string; options?: (lng: string) => TOptions }) {
  const { t, i18n } = useTranslation();
  const translated = t(k, options(i18n.language));
  if (languageOf(i18n.language).code === sourceLanguage) return <>{translated}</>;
  // Its values (a date) in Dutch too, so the Dutch text reads as Dutch.
  const dutch = i18n.getFixedT(sourceLanguage)(k, options(sourceLanguage));
  return (
    <>
      {translated}
      <span className="onsplan-dutch-beside" lang="nl" dir="ltr">
        <span className="onsplan-dutch-beside__label">Nederlands: </span>
        {dutch}
      </span>
    </>
  );
}
