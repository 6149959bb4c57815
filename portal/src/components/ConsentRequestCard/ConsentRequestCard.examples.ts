import type { ConsentRequestCardProps } from './ConsentRequestCard.tsx';

/** Examples of the card, used by the unit test and the axe check in the consent e2e test. */

export const words: ConsentRequestCardProps['words'] = {
  title: 'Fatima vraagt uw toestemming',
  organisation: 'Met wie',
  purpose: 'Waarom',
  data: 'Welke gegevens',
  until: 'Tot en met',
  note: 'Fatima schrijft',
  yes: 'Ja, dat mag',
  no: 'Nee',
  busy: 'Even geduld…',
};

export const open: Omit<ConsentRequestCardProps, 'onAnswer'> = {
  id: 'a',
  organisation: 'Huisartsenpraktijk De Linde',
  purpose: 'Zodat de huisarts weet welke hulp er is.',
  data: ['het gezinsplan', 'uw adres en telefoonnummer'],
  until: '30 juni 2027',
  note: 'Bel mij gerust als u vragen heeft.',
  words,
  mayAnswer: true,
};

export const forAChild: Omit<ConsentRequestCardProps, 'onAnswer'> = {
  ...open,
  id: 'b',
  note: undefined,
  words: { ...words, whose: 'Het gaat over de gegevens van Daan.' },
};

export const answered: Omit<ConsentRequestCardProps, 'onAnswer'> = {
  ...open,
  id: 'c',
  mayAnswer: false,
  words: { ...words, answered: 'U zei: ja, dat mag.' },
};

export const withdrawn: Omit<ConsentRequestCardProps, 'onAnswer'> = {
  ...open,
  id: 'd',
  mayAnswer: false,
  words: { ...words, withdrawn: 'Fatima heeft deze vraag ingetrokken. U hoeft niets te doen.' },
};
