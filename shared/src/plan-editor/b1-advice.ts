/**
 * B1 help for what a professional writes to a family (REQUIREMENTS G2): advice, never a block. The
 * formula and syllable count are those of `shared/tools/b1-check.mjs`, which checks the locales.
 */

/** A word from the professional's world with a plainer way to say it. */
export interface JargonEntry {
  readonly word: string;
  readonly plain: string;
}

/** A small list; acronyms match with their capitals only, other words in any case. */
export const jargon: readonly JargonEntry[] = [
  { word: 'casusregie', plain: 'de regie over de hulp' },
  { word: 'casusregisseur', plain: 'de hulpverlener die het plan bijhoudt' },
  { word: 'indicatie', plain: 'besluit dat u hulp krijgt' },
  { word: 'OTS', plain: 'ondertoezichtstelling: een jeugdbeschermer helpt het gezin en let op de kinderen' },
  { word: 'ondertoezichtstelling', plain: 'een jeugdbeschermer helpt het gezin en let op de kinderen' },
  { word: 'GI', plain: 'de jeugdbescherming' },
  { word: 'RvdK', plain: 'de Raad voor de Kinderbescherming' },
  { word: 'interventie', plain: 'hulp' },
  { word: 'escalatie', plain: 'als het erger wordt' },
  { word: 'traject', plain: 'de hulp' },
  { word: 'hulpverleningstraject', plain: 'de hulp' },
  { word: 'signaleren', plain: 'zien' },
  { word: 'monitoren', plain: 'in de gaten houden' },
  { word: 'evalueren', plain: 'samen bekijken hoe het gaat' },
  { word: 'derhalve', plain: 'daarom' },
  { word: 'middels', plain: 'met' },
];

export interface B1Advice {
  readonly sentences: number;
  readonly wordsPerSentence: number;
  /** 206.835 − 0.93 × words per sentence − 77 × syllables per word; 60 and up is about B1. Null without words. */
  readonly fleschDouma: number | null;
  /** Sentences longer than `maxWords` words, with their length. */
  readonly longSentences: readonly { readonly sentence: string; readonly words: number }[];
  /** Jargon found, with a plainer word. */
  readonly jargon: readonly JargonEntry[];
  /** True when there is something to advise. */
  readonly hasAdvice: boolean;
}

/** Sentences above this many words get advice; B1 aims at about 10 on average. */
export const maxWords = 15;
/** Flesch-Douma below this gets advice. */
export const minFleschDouma = 60;

/** Dutch syllables: vowel groups, common diphthongs counted once. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-zàáâäèéêëìíîïòóôöùúûü]/g, '');
  if (!w) return 0;
  const groups = w.match(/(aai|ooi|oei|eeuw|ieuw|uw|ij|ei|ui|ou|au|oe|ie|eu|aa|ee|oo|uu|[aeiouyàáâäèéêëìíîïòóôöùúûü])/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** The sentences of a text: split after . ! ? and at line ends. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[a-zA-Zà-ü]/.test(s));
}

function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[a-zA-Zà-ü]/.test(w));
}

/** Jargon entries that occur in `text` as whole words. */
export function jargonIn(text: string): JargonEntry[] {
  return jargon.filter((entry) => {
    const acronym = entry.word === entry.word.toUpperCase() || /[A-Z]/.test(entry.word.slice(1));
    return new RegExp(`(^|[^\\p{L}])${entry.word}($|[^\\p{L}])`, acronym ? 'u' : 'iu').test(text);
  });
}

/** B1 advice on a text: sentence length, Flesch-Douma and jargon with a plainer word. */
export function b1Advice(text: string): B1Advice {
  const sentences = sentencesOf(text);
  const words = sentences.map(wordsOf);
  const wordCount = words.reduce((n, ws) => n + ws.length, 0);
  const syllableCount = words.flat().reduce((n, w) => n + syllables(w), 0);
  const wordsPerSentence = sentences.length ? wordCount / sentences.length : 0;
  const fleschDouma = wordCount ? 206.835 - 0.93 * wordsPerSentence - 77 * (syllableCount / wordCount) : null;
  const longSentences = sentences.flatMap((sentence, i) => (words[i]!.length > maxWords ? [{ sentence, words: words[i]!.length }] : []));
  const found = jargonIn(text);
  return {
    sentences: sentences.length,
    wordsPerSentence,
    fleschDouma,
    longSentences,
    jargon: found,
    hasAdvice: longSentences.length > 0 || found.length > 0 || (fleschDouma !== null && fleschDouma < minFleschDouma),
  };
}
