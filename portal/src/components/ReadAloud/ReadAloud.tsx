import type { PlanItemContent } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browserSpeech, itemSpeechText } from './speech.ts';

const speech = browserSpeech();
/** Only one item speaks at a time: starting another stops this one. */
let stopCurrent: (() => void) | undefined;

/**
 * "Lees voor" for one plan item (REQUIREMENTS G3), in Dutch (nl-NL). Not shown in a browser without
 * speech. The button says what it will do next; a status line tells screen reader users it reads.
 */
export function ReadAloud({ item, describedBy }: { item: PlanItemContent; describedBy: string }) {
  const { t } = useTranslation();
  const [reading, setReadingState] = useState(false);
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
    stopCurrent?.();
    const stop = () => setReading(false);
    stopCurrent = stop;
    setReading(true);
    speech!.speak(itemSpeechText(item, (key, options) => t(key, options ?? {})), () => {
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
    </p>
  );
}
