import type { WorkLayoutProps } from './WorkLayout.tsx';

/** Examples of the workspace layout, used by the unit test and the axe check in the workspace e2e test. */

export const words: WorkLayoutProps['words'] = {
  appName: 'Ons Plan',
  workspace: 'Werkplek',
  skipToContent: 'Naar de inhoud',
  mainNav: 'Werkplek',
  familiesHeading: 'Mijn gezinnen',
  noFamilies: 'Er zijn nog geen gezinnen aan u toegewezen.',
  signOut: 'Uitloggen',
};

const fatima = { name: 'Fatima Yılmaz', organisation: 'Lokaal team Utrecht-Oost', jobTitle: 'Regisseur' };

export const withFamilies: Omit<WorkLayoutProps, 'children' | 'onSignOut'> = {
  title: 'Vandaag',
  person: fatima,
  words,
  links: [
    { href: '/werk', label: 'Vandaag', current: true },
    { href: '/werk/gezinnen', label: 'Gezinnen' },
  ],
  families: [
    { href: '/werk/gezinnen/a', label: 'Gezin Jansen' },
    { href: '/werk/gezinnen/b', label: 'Gezin De Vries' },
  ],
};

export const withoutFamilies: Omit<WorkLayoutProps, 'children' | 'onSignOut'> = {
  ...withFamilies,
  person: { name: 'Nieuwe regisseur' },
  families: [],
};
