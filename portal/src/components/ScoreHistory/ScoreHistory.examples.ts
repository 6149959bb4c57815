import type { ScoreHistoryWords, ScoreSeries } from './ScoreHistory.tsx';

/** Examples for the tests (and a look in the browser): one member's line, and two side by side. */
export const words: ScoreHistoryWords = {
  title: 'Uw cijfers voor dit doel',
  summary: 'Eerst een 3, nu een 6.',
  tableCaption: 'Uw cijfers als tabel',
  date: 'Datum',
  score: 'Cijfer',
  note: 'Wat u erbij schreef',
  who: 'Wie',
  formatDate: (iso) => iso.slice(0, 10),
};

export const samira: ScoreSeries[] = [
  {
    name: 'Samira',
    points: [
      { at: '2026-11-10T09:00:00.000Z', value: 3, note: 'Ik slaap slecht.' },
      { at: '2026-11-24T09:00:00.000Z', value: 6 },
    ],
  },
];

export const sideBySide: ScoreSeries[] = [
  ...samira,
  { name: 'Daan', points: [{ at: '2026-11-17T09:00:00.000Z', value: 7 }] },
];
