import type { PlanItemContent } from '@onsplan/shared';
import { afterEach, describe, expect, it } from 'vitest';
import nl from '../../../../locales/nl.json';
import { browserSpeech, itemSpeechParts, itemSpeechText, joinSameLanguage, voiceSpeaks } from './speech.ts';

const lookup = (key: string, options?: Record<string, unknown>): string => {
  let value: unknown = nl;
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`no text for ${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name]));
};

const item: PlanItemContent = { id: 'i', key: 'k', section: 'veiligheid', kind: 'afspraak', position: 1, what: 'Mark komt niet bij het huis', who: 'Mark', when: 'Altijd' };

describe('what is read aloud for a plan item', () => {
  it('says the kind, what, who and when as short sentences', () => {
    expect(itemSpeechText(item, lookup)).toBe('Afspraak. Mark komt niet bij het huis. Wie: Mark. Wanneer: Altijd.');
  });

  it('adds where, the scale and what to do if it goes wrong, when the item has them', () => {
    const full = { ...item, kind: 'doel' as const, where: 'Thuis', scale: 6, whatIf: 'Bel 112.' };
    expect(itemSpeechText(full, lookup)).toBe('Doel. Mark komt niet bij het huis. Wie: Mark. Wanneer: Altijd. Waar: Thuis. Hoe ver zijn we? 6 van de 10. Wat als het misgaat? Bel 112.');
  });

  it('leaves out who or when when the item does not say them yet, as the screen does', () => {
    expect(itemSpeechText({ ...item, who: '', when: ' ' }, lookup)).toBe('Afspraak. Mark komt niet bij het huis.');
  });

  it('marks the words of the screen and the Dutch text of the plan apart, so each gets a voice of its language', () => {
    expect(itemSpeechParts({ ...item, when: '' }, lookup)).toEqual([
      { text: 'Afspraak.', source: 'screen' },
      { text: 'Mark komt niet bij het huis.', source: 'plan' },
      { text: 'Wie:', source: 'screen' },
      { text: 'Mark.', source: 'plan' },
    ]);
  });
});

describe('which voice speaks a language', () => {
  it('matches on the language, whatever the region or the separator the phone uses', () => {
    expect([voiceSpeaks('nl-NL', 'nl'), voiceSpeaks('nl_BE', 'nl-NL'), voiceSpeaks('ar-SA', 'ar'), voiceSpeaks('uk-UA', 'uk')]).toEqual([true, true, true, true]);
    expect([voiceSpeaks('en-GB', 'nl'), voiceSpeaks('tr-TR', 'ar'), voiceSpeaks('nl-NL', 'pl')]).toEqual([false, false, false]);
  });
});

describe('utterances', () => {
  it('joins neighbouring parts in one language, so a Dutch screen is one utterance and an Arabic one switches voice', () => {
    expect(joinSameLanguage([{ text: 'Afspraak.', lang: 'nl-NL' }, { text: 'Mark.', lang: 'nl-NL' }])).toEqual([{ text: 'Afspraak. Mark.', lang: 'nl-NL' }]);
    expect(joinSameLanguage([{ text: 'اتفاق.', lang: 'ar' }, { text: 'Mark.', lang: 'nl-NL' }, { text: 'من:', lang: 'ar' }]).map((u) => u.lang)).toEqual(['ar', 'nl-NL', 'ar']);
  });
});

describe('the browser speech seam', () => {
  /** The voice starting each utterance, as the phone would. */
  let starts: (() => void)[] = [];
  /** A stand-in for the phone's speech: the voices it lists, and what it was asked to say. */
  function fakePhone(voiceLangs: string[]) {
    const said: { text: string; lang: string; voice?: string; rate?: number }[] = [];
    const voices = voiceLangs.map((lang) => ({ lang, name: `stem ${lang}` }));
    starts = [];
    class Utterance {
      lang = '';
      rate = 1;
      voice?: { name: string };
      onend?: () => void;
      onerror?: () => void;
      onstart?: () => void;
      text: string;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.assign(globalThis, {
      SpeechSynthesisUtterance: Utterance,
      speechSynthesis: { getVoices: () => voices, cancel: () => {}, resume: () => {}, speak: (u: Utterance) => starts.push(() => u.onstart?.()) && said.push({ text: u.text, lang: u.lang, ...(u.voice ? { voice: u.voice.name } : {}), ...(u.rate !== 1 ? { rate: u.rate } : {}) }) },
    });
    return said;
  }
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).speechSynthesis;
    delete (globalThis as Record<string, unknown>).SpeechSynthesisUtterance;
  });

  it('says it cannot speak a language the phone has no voice for, and may speak any while the phone lists none yet', () => {
    fakePhone(['nl-NL', 'en-GB']);
    const phone = browserSpeech()!;
    expect([phone.canSpeak('nl-NL'), phone.canSpeak('en'), phone.canSpeak('ar'), phone.canSpeak('uk')]).toEqual([true, true, false, false]);
    fakePhone([]);
    expect(browserSpeech()!.canSpeak('ar')).toBe(true);
  });

  it('speaks each language with a voice of that language', () => {
    const said = fakePhone(['nl-NL', 'ar-SA']);
    browserSpeech()!.speak([{ text: 'اتفاق.', lang: 'ar' }, { text: 'Mark.', lang: 'nl-NL' }, { text: 'Altijd.', lang: 'nl-NL' }], () => {});
    expect(said).toEqual([
      { text: 'اتفاق.', lang: 'ar', voice: 'stem ar-SA' },
      { text: 'Mark. Altijd.', lang: 'nl-NL', voice: 'stem nl-NL' },
    ]);
  });

  it('reads a page part by part at the chosen speed, and ends at once when there is nothing to say', () => {
    const said = fakePhone(['nl-NL']);
    browserSpeech()!.speak([{ text: 'Plan.', lang: 'nl-NL' }, { text: ' ', lang: 'nl-NL' }, { text: 'Veiligheid.', lang: 'nl-NL' }], () => {}, { rate: 0.75, partByPart: true });
    expect(said).toEqual([
      { text: 'Plan.', lang: 'nl-NL', voice: 'stem nl-NL', rate: 0.75 },
      { text: 'Veiligheid.', lang: 'nl-NL', voice: 'stem nl-NL', rate: 0.75 },
    ]);
    let ended = false;
    browserSpeech()!.speak([], () => (ended = true), { partByPart: true });
    expect(ended).toBe(true);
  });

  it('tells which part the voice starts, so a new speed can go on from there', () => {
    fakePhone(['nl-NL']);
    const started: number[] = [];
    browserSpeech()!.speak([{ text: 'Plan.', lang: 'nl-NL' }, { text: 'Veiligheid.', lang: 'nl-NL' }], () => {}, { partByPart: true, onPart: (i) => started.push(i) });
    starts.forEach((start) => start());
    expect(started).toEqual([0, 1]);
  });
});
