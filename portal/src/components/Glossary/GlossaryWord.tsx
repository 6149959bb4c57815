import { glossaryKey, type GlossaryId } from '@onsplan/shared';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf, sourceLanguage } from '../../languages.ts';
import { glossaryHintId } from './jargon-context.ts';

/**
 * "Wat betekent dit?" for one word: the word itself is a disclosure button, so the explanation sits
 * where the member stumbles (not in a tooltip: a tooltip needs a mouse, and a phone has none). It opens
 * and closes on tap, Enter and Space, Escape closes it; aria-expanded tells a screen reader its state.
 * The explanation is in the screen's language, also inside the plan's Dutch text.
 */
export function GlossaryWord({ word, term }: { word: string; term: GlossaryId }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  // Until a language has this explanation, the Dutch one is shown: marked Dutch, so it is read and laid out as Dutch.
  const translated = i18n.getResource(i18n.language, 'translation', glossaryKey(term)) !== undefined;
  const shown = languageOf(translated ? i18n.language : sourceLanguage);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="onsplan-glossary__word"
        aria-expanded={open}
        // Only pointed at while it exists: a closed explanation is not in the page at all, so the page's read-aloud skips it.
        aria-controls={open ? id : undefined}
        aria-describedby={glossaryHintId}
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        {word}
      </button>
      {open && (
        <span id={id} className="onsplan-glossary__explanation" lang={shown.code} dir={shown.dir}>
          <strong className="onsplan-glossary__title">{t('glossary.whatDoesItMean')}</strong> {t(glossaryKey(term))}
        </span>
      )}
    </>
  );
}
