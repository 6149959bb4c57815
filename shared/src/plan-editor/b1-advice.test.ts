import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b1Advice, jargonIn, maxWords, sentencesOf, syllables } from './b1-advice.ts';

describe('B1 advice', () => {
  it('counts Dutch syllables with diphthongs as one', () => {
    expect(syllables('huis')).toBe(1);
    expect(syllables('veiligheid')).toBe(3);
    expect(syllables('ondertoezichtstelling')).toBe(6);
    expect(syllables('112')).toBe(0);
  });

  it('gives no advice on a short plain text', () => {
    const advice = b1Advice('Mark komt niet bij het huis van Samira. Als hij toch komt, belt Samira 112.');
    expect(advice).toMatchObject({ sentences: 2, longSentences: [], jargon: [], hasAdvice: false });
    expect(advice.fleschDouma).toBeGreaterThan(60);
  });

  it('names a long sentence and the jargon, with a plainer word', () => {
    const long = 'In het kader van de casusregie wordt het hulpverleningstraject na de OTS periodiek met alle betrokken partijen en het netwerk geëvalueerd en zo nodig bijgesteld.';
    const advice = b1Advice(long);
    expect(advice.longSentences).toEqual([{ sentence: long, words: 25 }]);
    expect(advice.jargon.map((j) => j.word)).toEqual(['casusregie', 'OTS', 'hulpverleningstraject']);
    expect(advice.jargon.find((j) => j.word === 'casusregie')!.plain).toBe('de regie over de hulp');
    expect(advice.hasAdvice).toBe(true);
  });

  it('matches acronyms by their capitals only and words as whole words', () => {
    expect(jargonIn('Ze lotsbestemming ots')).toEqual([]);
    expect(jargonIn('De Indicatie komt.').map((j) => j.word)).toEqual(['indicatie']);
    expect(jargonIn('contraindicaties')).toEqual([]);
  });

  it('for any text: a long sentence always gets advice, and the advice never throws', () => {
    const word = fc.constantFrom('ik', 'bel', 'Samira', 'morgen', 'school', 'veilig', 'afspraak', 'huis');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 30 }), { maxLength: 6 }), (sentences) => {
        const text = sentences.map((ws) => `${ws.join(' ')}.`).join(' ');
        const advice = b1Advice(text);
        expect(advice.sentences).toBe(sentencesOf(text).length);
        expect(advice.longSentences.length).toBe(sentences.filter((ws) => ws.length > maxWords).length);
        if (advice.longSentences.length > 0) expect(advice.hasAdvice).toBe(true);
        if (sentences.length === 0) expect(advice.fleschDouma).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
