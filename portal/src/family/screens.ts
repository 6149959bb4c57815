import type { Me } from '@onsplan/shared';

/** The screens of one family, as a path below /plan/:familyId (or from the root with a leading /), and who has them. */
export interface Screen {
  path: string;
  /** i18n key of the link text and the page title. */
  key: string;
  for: readonly Me['kind'][];
}

export const people = ['member', 'helper'] as const;
export const everyone = ['member', 'helper', 'professional'] as const;
export const professionals = ['professional'] as const;

export const screens: readonly Screen[] = [
  { path: 'instemming', key: 'instemming.title', for: everyone },
  { path: 'toestemming', key: 'toestemming.title', for: everyone },
  { path: 'verzoeken', key: 'correction.listTitle', for: people },
  { path: 'verzoeken', key: 'correction.proListTitle', for: professionals },
  { path: '/verzoeken', key: 'correction.inbox.title', for: professionals },
  { path: 'documenten', key: 'documents.title', for: everyone },
  { path: 'bekeken', key: 'accessLog.title', for: people },
  { path: 'contact', key: 'contact.title', for: people },
  { path: 'contact', key: 'contact.proTitle', for: professionals },
  { path: 'mijn-gegevens', key: 'myData.title', for: people },
  { path: '/apparaten', key: 'devices.title', for: everyone },
];

export function screensFor(kind: Me['kind']): Screen[] {
  return screens.filter((s) => s.for.includes(kind));
}

/** The link target of a screen for one family. */
export const screenHref = (screen: Screen, familyId: string): string => (screen.path.startsWith('/') ? screen.path : `/plan/${familyId}/${screen.path}`);
