/**
 * A first draft of the "je" text for a Dutch "u" text, for a person to read and correct before it goes
 * into nl.json: it knows the common verb forms ("Heeft u" → "Heb je", "u heeft" → "je hebt"), "jou"
 * after a preposition and "Jouw" for a short label, not Dutch grammar. Returns undefined when it is
 * not sure (a "u" is left), so nothing unread slips through.
 */
const inverted: Record<string, string> = {
  heeft: 'heb', hebt: 'heb', kunt: 'kun', bent: 'ben', wilt: 'wil', ziet: 'zie', krijgt: 'krijg', weet: 'weet', doet: 'doe',
  moet: 'moet', mag: 'mag', logt: 'log', leest: 'lees', kiest: 'kies', geeft: 'geef', vindt: 'vind', gaat: 'ga', zult: 'zul',
  hoeft: 'hoef', stuurt: 'stuur', zegt: 'zeg', schrijft: 'schrijf', gebruikt: 'gebruik', maakt: 'maak', komt: 'kom', kent: 'ken',
  herkent: 'herken', opent: 'open', vraagt: 'vraag', hoort: 'hoor', neemt: 'neem', belt: 'bel', woont: 'woon', denkt: 'denk',
  kan: 'kan', kreeg: 'kreeg', schreef: 'schreef', gaf: 'gaf', zei: 'zei', koos: 'koos', stuurde: 'stuurde', was: 'was', had: 'had',
};
const prepositions = new Set(['voor', 'over', 'met', 'aan', 'bij', 'naar', 'van', 'tegen', 'zonder', 'door', 'op', 'om', 'namens']);
const capitalised = (word: string, like: string) => (like[0] === like[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word);

/** The text says "u" or "uw" as a word (not "u-bocht", not "menu"). */
export const saysU = (text: string): boolean => /(?<![\p{L}-])(u|uw)(?![\p{L}-])/iu.test(text);

export function jeDraft(text: string): string | undefined {
  let s = text.replace(/\buzelf\b/g, 'jezelf');
  s = s.replace(/\b(\p{L}+) u\b/gu, (whole, word: string) => {
    const lower = word.toLowerCase();
    if (lower in inverted) return `${capitalised(inverted[lower]!, word)} je`;
    if (prepositions.has(lower)) return `${word} jou`;
    if (lower === 'dank') return `${word} je`;
    return whole;
  });
  s = s.replace(/\b([uU]) heeft\b/g, (_, u: string) => `${u === 'U' ? 'Je' : 'je'} hebt`);
  const label = s.split(/\s+/).length <= 4 && !/[.?!:]/.test(s);
  s = s.replace(/\bUw\b/g, label ? 'Jouw' : 'Je').replace(/\buw\b/g, 'je');
  s = s.replace(/\bU\b/g, 'Je').replace(/\bu\b/g, 'je');
  s = s.replace(/\b(als|of|dat) je ([^.?!,]*?) heeft\b/g, '$1 je $2 hebt');
  return saysU(s) ? undefined : s;
}
