import type { PlanItemContent } from '@onsplan/shared';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * What is read aloud for one plan item (REQUIREMENTS G3): the same parts the screen shows, each as
 * a short sentence with its label, so someone who cannot read the screen hears who does what when.
 */
export function itemSpeechText(item: PlanItemContent, t: Translate): string {
  const parts = [
    t(`plan.kind.${item.kind}`),
    item.what,
    // As on the screen, an empty fact is not read out.
    item.who.trim() ? `${t('plan.who')}: ${item.who}` : undefined,
    item.when.trim() ? `${t('plan.when')}: ${item.when}` : undefined,
    item.where ? `${t('plan.where')}: ${item.where}` : undefined,
    item.scale !== undefined ? `${t('plan.scale')} ${t('plan.scaleValue', { value: item.scale })}` : undefined,
    item.whatIf ? `${t('plan.whatIf')} ${item.whatIf}` : undefined,
  ];
  return parts
    .filter((p): p is string => Boolean(p))
    .map(asSentence)
    .join(' ');
}

/** Ends with a full stop unless it already ends a sentence, so the voice pauses between the parts. */
function asSentence(part: string): string {
  const text = part.trim();
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The browser's speech, where it has one; undefined in browsers without the Web Speech API. */
export interface SpeechSeam {
  speak(text: string, onEnd: () => void): void;
  cancel(): void;
}

export function browserSpeech(): SpeechSeam | undefined {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return {
    speak(text, onEnd) {
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'nl-NL';
      // A Dutch voice when the phone has one; otherwise the browser picks by the language.
      const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith('nl'));
      if (voice) utterance.voice = voice;
      utterance.onend = onEnd;
      utterance.onerror = onEnd;
      synth.speak(utterance);
    },
    cancel: () => synth.cancel(),
  };
}
