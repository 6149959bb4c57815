/**
 * The groups of Dutch texts the first screen can show before anything else loads: the start page,
 * the page around every screen (Snel weg, language, read aloud, the helper's banner, jargon), the
 * "starting up" status and the pages after sign-out. The other groups load right after the first
 * screen is drawn, and before any other screen shows (issue 12: a phone's first download).
 * `first-screen-texts.test.ts` fails when code that loads with the first screen uses another group.
 */
export const firstScreenGroups: readonly string[] = ['app', 'welcome', 'quickExit', 'language', 'readPage', 'glossary', 'namens', 'notFound', 'signedOut', 'update'];
