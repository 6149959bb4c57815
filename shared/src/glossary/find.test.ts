import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGlossaryWords, markGlossarySection, markGlossaryWords, type GlossarySegment } from './find.ts';
import { glossaryTerms } from './terms.ts';

const allForms = glossaryTerms.flatMap((t) => t.forms.map((form) => ({ id: t.id, form })));
const joined = (segments: readonly GlossarySegment[]) => segments.map((s) => s.text).join('');
const markedWords = (segments: readonly GlossarySegment[]) => segments.filter((s) => 'term' in s).map((s) => ('term' in s ? `${s.term}:${s.text}` : ''));

describe('finding glossary words', () => {
  it('finds every form of every term, at the start, in the middle and at the end of a sentence', () => {
    for (const { id, form } of allForms) {
      for (const text of [`${form} is er.`, `Er is ${form}, zegt Mark.`, `Dit heet ${form}`]) {
        expect(findGlossaryWords(text).map((m) => m.term), `${form} in "${text}"`).toEqual([id]);
      }
    }
  });

  it('finds a word whatever its capitals, and a two-word term across a line break', () => {
    expect(markedWords(markGlossaryWords('Toestemming geven.'))).toEqual(['toestemming:Toestemming']);
    expect(markedWords(markGlossaryWords('Schrijf een eigen\nverklaring.'))).toEqual(['eigenVerklaring:eigen\nverklaring']);
  });

  it('takes the longest form: "eigen verklaringen" is one word, not "eigen verklaring" and an "en"', () => {
    expect(markedWords(markGlossaryWords('De eigen verklaringen staan hier.'))).toEqual(['eigenVerklaring:eigen verklaringen']);
  });

  it('never marks a word inside another word', () => {
    for (const text of ['gezagsdrager', 'ongezag', 'toestemmingsverzoek', 'contactverbodje', 'regisseurschap', 'nots', 'Ötsi', 'gezagé']) {
      expect(findGlossaryWords(text), text).toEqual([]);
    }
  });
});

describe('marking the first occurrence per section', () => {
  it('marks each term once, the first time it appears', () => {
    const segments = markGlossaryWords('Geef toestemming. Zonder toestemming geen gezag, want gezag telt.');
    expect(markedWords(segments)).toEqual(['toestemming:toestemming', 'gezag:gezag']);
    expect(segments[0]).toEqual({ text: 'Geef ' });
  });

  it('does not mark again what the section already explained, and marks several texts of one section together', () => {
    expect(markedWords(markGlossaryWords('Uw gezag.', new Set(['gezag'])))).toEqual([]);
    const [what, whatIf] = markGlossarySection(['Er is een contactverbod.', 'Breekt iemand het contactverbod? Vraag de regisseur.']);
    expect(markedWords(what!)).toEqual(['contactverbod:contactverbod']);
    expect(markedWords(whatIf!)).toEqual(['regisseur:regisseur']);
  });

  it('gives a text without jargon back as one plain segment, also an empty one', () => {
    expect(markGlossaryWords('Mark komt niet bij het huis.')).toEqual([{ text: 'Mark komt niet bij het huis.' }]);
    expect(markGlossaryWords('')).toEqual([{ text: '' }]);
  });
});

describe('properties', () => {
  const form = fc.constantFrom(...allForms);
  const filler = fc.string({ unit: fc.constantFrom('a', 'e', 'k', ' ', '.', ',', '\n', 'é', '?', 'ö') });
  const text = fc.array(fc.oneof(filler, form.map((f) => f.form), form.map((f) => f.form.toUpperCase())), { maxLength: 8 }).map((parts) => parts.join(''));

  it('marking never changes the text', () => {
    fc.assert(fc.property(text, (t) => joined(markGlossaryWords(t)) === t));
  });

  it('finds every form that stands as a word of its own, and marks each term at most once', () => {
    fc.assert(
      fc.property(filler, form, filler, (before, { id, form: f }, after) => {
        const t = `${before} ${f} ${after}`;
        expect(findGlossaryWords(t).some((m) => m.term === id && t.slice(m.start, m.end).toLowerCase() === f)).toBe(true);
        const terms = markGlossaryWords(t).flatMap((s) => ('term' in s ? [s.term] : []));
        expect(new Set(terms).size).toBe(terms.length);
      }),
    );
  });

  it('never marks inside another word: a match never has a letter right before or after it', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const m of findGlossaryWords(t)) {
          expect(/[\p{L}\p{N}]/u.test(t[m.start - 1] ?? ' ')).toBe(false);
          expect(/[\p{L}\p{N}]/u.test(t[m.end] ?? ' ')).toBe(false);
        }
      }),
    );
  });
});
