import type { PlanItemContent } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useTranslation } from 'react-i18next';
import { NoVoice } from './NoVoice.tsx';
import { skipAttribute } from './page-text.ts';
import { itemSpeechParts, type SpeechPart } from './speech.ts';
import { dutchVoice, useReadAloud } from './use-read-aloud.ts';

/**
 * "Lees voor" for one plan item (REQUIREMENTS G3): the screen's words in the member's language, the
 * plan's own Dutch text in Dutch. Not shown in a browser without speech; a phone without a voice for
 * the language says so. The button says what it will do next; a status line tells screen reader users it reads.
 */
/** What to read: one plan item, or parts a screen put together itself (the history of a score). */
export type ReadAloudProps = ({ item: PlanItemContent; parts?: never } | { parts: readonly SpeechPart[]; item?: never }) & { describedBy: string };

export function ReadAloud({ item, parts: ownParts, describedBy }: ReadAloudProps) {
  const { t } = useTranslation();
  const voice = useReadAloud();
  if (!voice.available) return null;
  const reading = voice.state !== 'idle';

  function toggle() {
    if (reading) return voice.stop();
    const parts = (ownParts ?? itemSpeechParts(item!, (key, options) => t(key, options ?? {}))).map((p) => ({ text: p.text, lang: p.source === 'plan' ? dutchVoice : voice.screenLang }));
    voice.start(parts);
  }

  return (
    <p className="onsplan-read-aloud onsplan-no-print" {...{ [skipAttribute]: '' }}>
      <Button purpose="subtle" type="button" aria-describedby={describedBy} onClick={toggle}>
        {t(reading ? 'plan.readAloudStop' : 'plan.readAloud')}
      </Button>
      <span role="status" className="onsplan-visually-hidden">
        {reading ? t('plan.readingAloud') : ''}
      </span>
      <NoVoice missing={voice.missing} />
    </p>
  );
}
