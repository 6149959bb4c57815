import type { InstemmingRemindersProps, InstemmingRemindersWords } from './InstemmingReminders.tsx';

/** Examples of the reminder block on the instemming overview, used by the unit test. */

export const words: InstemmingRemindersWords = {
  title: 'Herinneren',
  intro: 'Deze gezinsleden hebben nog niet gereageerd op deze versie.',
  button: 'Herinnering sturen',
  busy: 'Bezig met versturen…',
  allAnswered: 'Iedereen heeft gereageerd op deze versie.',
  notReminded: 'nog niet herinnerd',
  remindedOn: (date) => `herinnerd op ${date}`,
  sentTo: (names) => `Herinnering gestuurd aan ${names}.`,
};

const formatDay = (iso: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(iso));

export const someOpen: Omit<InstemmingRemindersProps, 'onRemind'> = {
  words,
  formatDay,
  canRemind: true,
  open: [
    { memberId: 'm-mark', name: 'Mark', remindedAt: '2026-11-30T09:15:00.000Z' },
    { memberId: 'm-noor', name: 'Noor' },
  ],
};

export const allAnswered: Omit<InstemmingRemindersProps, 'onRemind'> = { ...someOpen, open: [] };

export const olderVersion: Omit<InstemmingRemindersProps, 'onRemind'> = { ...someOpen, canRemind: false };
