import { describe, expect, it } from 'vitest';
import { jeVariant } from './addressing.ts';
import { dutchTexts } from './dutch-texts.ts';
import { jeDraft } from './je-draft.ts';

describe('jeDraft', () => {
  it('turns the verb after an inverted "u", the verb after "u", "uw" and "u" after a preposition', () => {
    expect(jeDraft('Heeft u vragen? Bel ons.')).toBe('Heb je vragen? Bel ons.');
    expect(jeDraft('U heeft geen internet. Probeer het opnieuw als u weer internet heeft.')).toBe('Je hebt geen internet. Probeer het opnieuw als je weer internet hebt.');
    expect(jeDraft('Er is een bericht voor u. Dank u.')).toBe('Er is een bericht voor jou. Dank je.');
    expect(jeDraft('Haal een bestand van uzelf weg.')).toBe('Haal een bestand van jezelf weg.');
  });

  it('says "Jouw" in a short label and "Je" in a sentence', () => {
    expect(jeDraft('Uw antwoord')).toBe('Jouw antwoord');
    expect(jeDraft('Uw antwoord is opgeslagen.')).toBe('Je antwoord is opgeslagen.');
  });

  it('drafts most of the "je" texts a person wrote by hand', () => {
    const texts = dutchTexts;
    const pairs = [...texts].filter(([key]) => jeVariant.test(key)).map(([key, je]) => [texts.get(key.replace(jeVariant, ''))!, je] as const);
    const same = pairs.filter(([u, je]) => jeDraft(u) === je).length;
    expect(same / pairs.length).toBeGreaterThan(0.9);
  });
});
