import type { PlanItemContent } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../languages.ts';
import { browserSpeech, itemSpeechParts, type SpeechPart } from './speech.ts';

const speech = browserSpeech();
const dutch = 'nl-NL';
/** The language tag a voice is asked for: Dutch as spoken in the Netherlands, the others by language alone. */
const speechTag = (code: string) => (code === 'nl' ? dutch : code);
/** Only one item speaks at a time: starting another stops this one. */
let stopCurrent: (() => void) | undefined;

/**
 * "Lees voor" for one plan item (REQUIREMENTS G3): the screen's words in the member's language, the
 * plan's own Dutch text in Dutch. Not shown in a browser without speech; a phone without a voice for
 * the language says so. The button says what it will do next; a status line tells screen reader users it reads.
 */
/** What to read: one plan item, or parts a screen put together itself (the history of a score). */
export type ReadAloudProps = ({ item: PlanItemContent; parts?: never } | { parts: readonly SpeechPart[]; item?: never }) & { describedBy: string };

export function ReadAloud({ item, parts: ownParts, describedBy }: ReadAloudProps) {
  const { t, i18n } = useTranslation();
  const [reading, setReadingState] = useState(false);
  const [noVoice, setNoVoice] = useState(false);
  const readingNow = useRef(false);
  const setReading = (value: boolean) => {
    readingNow.current = value;
    setReadingState(value);
  };
  // Leaving the screen stops the voice; only on leaving, since another item may be speaking by now.
  useEffect(
    () => () => {
      if (readingNow.current) speech?.cancel();
    },
    [],
  );
  if (!speech) return null;

  function toggle() {
    if (reading) {
      speech!.cancel();
      setReading(false);
      return;
    }
    const screenLang = speechTag(languageOf(i18n.language).code);
    if (!speech!.canSpeak(screenLang) || !speech!.canSpeak(dutch)) {
      setNoVoice(true);
      return;
    }
    setNoVoice(false);
    stopCurrent?.();
    const stop = () => setReading(false);
    stopCurrent = stop;
    setReading(true);
    const parts = (ownParts ?? itemSpeechParts(item!, (key, options) => t(key, options ?? {}))).map((p) => ({ text: p.text, lang: p.source === 'plan' ? dutch : screenLang }));
    speech!.speak(parts, () => {
      if (stopCurrent === stop) stopCurrent = undefined;
      stop();
    });
  }

  return (
    <p className="onsplan-read-aloud onsplan-no-print">
      <Button purpose="subtle" type="button" aria-describedby={describedBy} onClick={toggle}>
        {t(reading ? 'plan.readAloudStop' : 'plan.readAloud')}
      </Button>
      <span role="status" className="onsplan-visually-hidden">
        {reading ? t('plan.readingAloud') : ''}
      </span>
      {noVoice && (
        <span role="alert" className="onsplan-read-aloud__no-voice">
          {t('plan.noVoice')}
        </span>
      )}
    </p>
  );
}
