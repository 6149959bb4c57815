import type { Me } from '@onsplan/shared';

/**
 * The screens of one family, as a path below /plan/:familyId (or from the root with a leading /, where
 * :familyId stands for the family), and who has them. A professional's entries lead to her workspace,
 * in its own words (the `werk:` namespace).
 */
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
  { path: 'instemming', key: 'instemming.title', for: people },
  { path: '/werk/gezinnen/:familyId/instemming', key: 'werk:screens.instemming', for: professionals },
  { path: 'toestemming', key: 'toestemming.title', for: people },
  { path: '/werk/gezinnen/:familyId/toestemming', key: 'werk:screens.toestemming', for: professionals },
  { path: 'verzoeken', key: 'correction.listTitle', for: people },
  { path: '/werk/gezinnen/:familyId/verzoeken', key: 'werk:screens.verzoeken', for: professionals },
  { path: '/werk/verzoeken', key: 'werk:corrections.inboxTitle', for: professionals },
  { path: 'afspraken', key: 'agenda.title', for: people },
  { path: '/werk/gezinnen/:familyId/afspraken', key: 'werk:screens.afspraken', for: professionals },
  { path: 'hoe-gaat-het', key: 'scores.title', for: people },
  { path: '/werk/gezinnen/:familyId/scores', key: 'werk:screens.scores', for: professionals },
  { path: 'wat-vindt-u-ervan', key: 'satisfaction.title', for: ['member'] },
  { path: 'documenten', key: 'documents.title', for: people },
  { path: '/werk/gezinnen/:familyId/documenten', key: 'werk:screens.documenten', for: professionals },
  { path: 'bekeken', key: 'accessLog.title', for: people },
  { path: 'berichten', key: 'contactHelp.title', for: people },
  { path: '/werk/berichten', key: 'werk:contactInbox.title', for: professionals },
  { path: 'contact', key: 'contact.title', for: people },
  { path: '/werk/gezinnen/:familyId/contact', key: 'werk:screens.contact', for: professionals },
  { path: 'hulp', key: 'helpers.title', for: ['member'] },
  { path: 'mijn-gegevens', key: 'myData.title', for: people },
  { path: 'namens-gedaan', key: 'helperActions.title', for: people },
  { path: '/helpen', key: 'helping.title', for: ['helper'] },
  { path: '/apparaten', key: 'devices.title', for: everyone },
];

export function screensFor(kind: Me['kind']): Screen[] {
  return screens.filter((s) => s.for.includes(kind));
}

/** The link target of a screen for one family. */
export const screenHref = (screen: Screen, familyId: string): string =>
  screen.path.startsWith('/') ? screen.path.replace(':familyId', familyId) : `/plan/${familyId}/${screen.path}`;
