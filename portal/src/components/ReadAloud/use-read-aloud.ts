import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../languages.ts';
import { browserSpeech, type SpeakOptions, type Utterance } from './speech.ts';
import { readSpeeds, storedSpeed } from './speed.ts';

const speech = browserSpeech();
export const dutchVoice = 'nl-NL';
/** The language tag a voice is asked for: Dutch as spoken in the Netherlands, the others by language alone. */
export const speechTag = (code: string) => (code === 'nl' ? dutchVoice : code);

/** Only one thing speaks at a time: a page or an item starting stops the one before. */
let stopCurrent: (() => void) | undefined;

export type ReadState = 'idle' | 'reading' | 'paused';
type StartOptions = Pick<SpeakOptions, 'partByPart'>;
/** Which voice the phone lacks: Dutch (the plan's own text and the Dutch screen), or the screen's other language. */
export type MissingVoice = 'dutch' | 'language';

/**
 * Reading aloud for every member screen (REQUIREMENTS G3): a plan item and a whole page use this one
 * hook, so speed, pause, stop and the message about a missing voice are the same everywhere.
 * `available` is false in a browser without speech: then the controls are not shown at all.
 */
export function useReadAloud() {
  const { i18n } = useTranslation();
  const [state, setStateValue] = useState<ReadState>('idle');
  const [missing, setMissing] = useState<MissingVoice | undefined>();
  const stateNow = useRef<ReadState>('idle');
  // What is being read and how far the voice got, to go on from there at another speed.
  const run = useRef<{ parts: readonly Utterance[]; options: StartOptions; at: number } | undefined>(undefined);
  const setState = (value: ReadState) => {
    stateNow.current = value;
    setStateValue(value);
  };
  // Leaving the screen stops the voice; only when this one speaks, since another may be speaking by now.
  useEffect(
    () => () => {
      if (stateNow.current !== 'idle') speech?.cancel();
    },
    [],
  );
  const screenLang = speechTag(languageOf(i18n.language).code);

  function start(parts: readonly Utterance[], options: StartOptions = {}) {
    if (!speech) return;
    const current = { parts, options, at: 0 };
    run.current = current;
    const langs = new Set([screenLang, ...parts.map((p) => p.lang)]);
    if (langs.has(dutchVoice) && !speech.canSpeak(dutchVoice)) return setMissing('dutch');
    if ([...langs].some((lang) => !speech.canSpeak(lang))) return setMissing('language');
    setMissing(undefined);
    stopCurrent?.();
    const stop = () => setState('idle');
    stopCurrent = stop;
    setState('reading');
    speech.speak(
      parts,
      () => {
        if (stopCurrent === stop) stopCurrent = undefined;
        stop();
      },
      // Read at the moment of speaking: the speed may have been chosen on another part of the screen.
      {
        ...options,
        rate: readSpeeds[storedSpeed()],
        onPart: (index) => {
          current.at = index;
        },
      },
    );
  }

  return {
    available: speech !== undefined,
    state,
    missing,
    screenLang,
    start,
    pause() {
      speech?.pause();
      setState('paused');
    },
    resume() {
      speech?.resume();
      setState('reading');
    },
    /** A new speed counts at once: the voice goes on at the part it was saying. */
    speedChanged() {
      const current = run.current;
      if (stateNow.current !== 'idle' && current) start(current.parts.slice(current.at), current.options);
    },
    stop() {
      speech?.cancel();
      if (stopCurrent) stopCurrent = undefined;
      setState('idle');
    },
  };
}
