import { Button } from '@nl-design-system-candidate/button-react';
import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { NoVoice } from './NoVoice.tsx';
import { hiddenInBrowser, pageSpeechParts, skipAttribute } from './page-text.ts';
import { readSpeeds, storedSpeed, storeSpeed, type ReadSpeed } from './speed.ts';
import { speechTag, useReadAloud } from './use-read-aloud.ts';

const skip = { [skipAttribute]: '' };

/**
 * "Lees deze pagina voor" (issue 11): reads what the member sees on the page, in order, at the speed
 * she chose on this phone (a new choice counts at once); pause and stop. The page's text is collected when she presses the button,
 * so an open "Wat betekent dit?" or a form's error is read as it is now. One button keeps focus while
 * its label changes (Lees voor, Pauze, Verder), so a keyboard or switch user never loses her place.
 */
export function PageReadAloud({ page }: { page: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const voice = useReadAloud();
  const [speed, setSpeed] = useState<ReadSpeed>(() => storedSpeed());
  const main = useRef<HTMLButtonElement>(null);
  const speedId = useId();
  if (!voice.available) return null;

  function primary() {
    if (voice.state === 'reading') return voice.pause();
    if (voice.state === 'paused') return voice.resume();
    if (!page.current) return;
    voice.start(pageSpeechParts(page.current, { lang: voice.screenLang, isHidden: hiddenInBrowser, speechTag }), { partByPart: true });
  }
  function stop() {
    voice.stop();
    // The stop button goes away: focus goes back to where reading starts again.
    main.current?.focus();
  }
  const label = { idle: 'readPage.start', reading: 'readPage.pause', paused: 'readPage.resume' } as const;

  return (
    <div className="onsplan-read-page onsplan-no-print" {...skip}>
      <div className="onsplan-read-page__buttons">
        <Button ref={main} purpose="secondary" type="button" onClick={primary}>
          {t(label[voice.state])}
        </Button>
        {voice.state !== 'idle' && (
          <Button purpose="subtle" type="button" onClick={stop}>
            {t('readPage.stop')}
          </Button>
        )}
      </div>
      <div className="onsplan-read-page__speed">
        <label htmlFor={speedId}>{t('readPage.speed')}</label>
        <select
          id={speedId}
          className="onsplan-field__input"
          value={speed}
          onChange={(event) => {
            const chosen = event.target.value as ReadSpeed;
            setSpeed(chosen);
            storeSpeed(chosen);
            voice.speedChanged();
          }}
        >
          {(Object.keys(readSpeeds) as ReadSpeed[]).map((s) => (
            <option key={s} value={s}>
              {t(`readPage.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <span role="status" className="onsplan-visually-hidden">
        {voice.state === 'reading' ? t('readPage.reading') : voice.state === 'paused' ? t('readPage.paused') : ''}
      </span>
      <NoVoice missing={voice.missing} />
    </div>
  );
}
