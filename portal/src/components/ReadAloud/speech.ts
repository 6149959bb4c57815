import type { PlanItemContent } from '@onsplan/shared';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One stretch of speech: the screen's words are in the member's language, the plan's own text is the
 * Dutch the professional wrote, so each is spoken by a voice of its own language.
 */
export interface SpeechPart {
  text: string;
  source: 'screen' | 'plan';
}

/**
 * What is read aloud for one plan item (REQUIREMENTS G3): the same parts the screen shows, each as
 * a short sentence with its label, so someone who cannot read the screen hears who does what when.
 */
export function itemSpeechParts(item: PlanItemContent, t: Translate): SpeechPart[] {
  const screen = (text: string): SpeechPart => ({ text, source: 'screen' });
  const plan = (text: string): SpeechPart => ({ text: asSentence(text), source: 'plan' });
  const labelled = (label: string, value: string | undefined): SpeechPart[] =>
    // As on the screen, an empty fact is not read out.
    value?.trim() ? [screen(label), plan(value)] : [];
  return [
    screen(asSentence(t(`plan.kind.${item.kind}`))),
    plan(item.what),
    ...labelled(`${t('plan.who')}:`, item.who),
    ...labelled(`${t('plan.when')}:`, item.when),
    ...labelled(`${t('plan.where')}:`, item.where),
    ...(item.scale !== undefined ? [screen(asSentence(`${t('plan.scale')} ${t('plan.scaleValue', { value: item.scale })}`))] : []),
    ...labelled(t('plan.whatIf'), item.whatIf),
  ];
}

/** The parts as one text, as a listener hears them one after the other. */
export function itemSpeechText(item: PlanItemContent, t: Translate): string {
  return itemSpeechParts(item, t)
    .map((p) => p.text)
    .join(' ');
}

/** Ends with a full stop unless it already ends a sentence, so the voice pauses between the parts. */
function asSentence(part: string): string {
  const text = part.trim();
  return /[.?!:]$/.test(text) ? text : `${text}.`;
}

/** A part to speak in one language (a BCP 47 tag such as ar or nl-NL). */
export interface Utterance {
  text: string;
  lang: string;
}

/** Neighbouring parts in one language become one utterance: a Dutch screen is read in one go, without pauses between voices. */
export function joinSameLanguage(parts: readonly Utterance[]): Utterance[] {
  const out: Utterance[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.lang === part.lang) last.text = `${last.text} ${part.text}`;
    else out.push({ ...part });
  }
  return out;
}

/** The browser's speech, where it has one; undefined in browsers without the Web Speech API. */
export interface SpeechSeam {
  /** False when the device lists its voices and none speaks this language; true when it may. */
  canSpeak(lang: string): boolean;
  speak(parts: readonly Utterance[], onEnd: () => void, options?: SpeakOptions): void;
  pause(): void;
  resume(): void;
  cancel(): void;
}

export interface SpeakOptions {
  /** 1 is the voice's own speed; below is slower. */
  rate?: number;
  /**
   * Each part its own utterance, as for a whole page: a voice cut off after some seconds (Chrome on
   * some phones stops long utterances) then loses one paragraph, not the rest of the page.
   */
  partByPart?: boolean;
  /** Told which utterance the voice starts, so a change of speed can go on from there. */
  onPart?: (index: number) => void;
}

/** Whether a voice's language tag (nl-NL, ar_SA) belongs to the language (nl, ar). */
export const voiceSpeaks = (voiceLang: string, lang: string): boolean => voiceLang.toLowerCase().replace('_', '-').split('-')[0] === lang.toLowerCase().split('-')[0];

export function browserSpeech(): SpeechSeam | undefined {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  const voiceFor = (lang: string) => synth.getVoices().find((v) => voiceSpeaks(v.lang, lang));
  return {
    // Some browsers list no voices until they are loaded: then the browser picks by the language.
    canSpeak: (lang) => synth.getVoices().length === 0 || voiceFor(lang) !== undefined,
    speak(parts, onEnd, { rate = 1, partByPart = false, onPart } = {}) {
      synth.cancel();
      // A voice paused before would keep new words waiting too.
      synth.resume();
      const utterances = partByPart ? parts.filter((p) => p.text.trim()) : joinSameLanguage(parts);
      if (utterances.length === 0) onEnd();
      utterances.forEach((part, index) => {
        const utterance = new SpeechSynthesisUtterance(part.text);
        utterance.lang = part.lang;
        utterance.rate = rate;
        if (onPart) utterance.onstart = () => onPart(index);
        const voice = voiceFor(part.lang);
        if (voice) utterance.voice = voice;
        if (index === utterances.length - 1) utterance.onend = onEnd;
        utterance.onerror = onEnd;
        synth.speak(utterance);
      });
    },
    pause: () => synth.pause(),
    resume: () => synth.resume(),
    cancel: () => synth.cancel(),
  };
}
