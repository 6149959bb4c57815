import nl from '../../../locales/nl.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

/** Every Dutch member text by its full key (`plan.empty_je`), for the tests of the addressing. */
export const dutchTexts: ReadonlyMap<string, string> = new Map(flatten(nl as Tree));
