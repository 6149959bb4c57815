import firstScreen from 'virtual:dutch-texts/first-screen';

export type Texts = { [key: string]: string | Texts };

let loaded: Texts = firstScreen as Texts;
let rest: Promise<Texts> | undefined;

/** The Dutch texts this page has so far: those of the first screen, then all. */
export function dutchTexts(): Texts {
  return loaded;
}

/** Loads the other groups once; resolves with all Dutch texts. */
export function allDutchTexts(): Promise<Texts> {
  rest ??= import('virtual:dutch-texts/rest').then(({ default: others }) => (loaded = { ...(firstScreen as Texts), ...(others as Texts) }));
  return rest;
}
