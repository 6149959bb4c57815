import type { ConsentRequestStatusProps } from './ConsentRequestStatus.tsx';

/** Examples of the status list, used by the unit test and the axe check in the consent e2e test. */

export const words: ConsentRequestStatusProps['words'] = {
  heading: 'Gevraagde toestemmingen',
  none: 'Nog geen toestemming gevraagd.',
  purpose: 'Doel',
  data: 'Gegevens',
  until: 'Geldig tot en met',
  answers: 'Antwoorden',
  withdraw: 'Vraag intrekken',
  busy: 'Bezig…',
};

export const open: Omit<ConsentRequestStatusProps, 'onWithdraw'> = {
  words,
  items: [
    {
      id: 'a',
      organisation: 'Jeugdarts GGD',
      purpose: 'Afstemmen van de zorg voor Daan.',
      data: ['gezinsplan', 'gespreksverslagen'],
      until: '30 juni 2027',
      asked: 'Gevraagd door Fatima Yılmaz op 24 november 2026',
      status: { text: 'Wacht op antwoord', tone: 'open' },
      answers: ['Daan: nog geen antwoord', 'Samira: ja', 'Mark: nog geen antwoord'],
      mayWithdraw: true,
    },
  ],
};

export const settled: Omit<ConsentRequestStatusProps, 'onWithdraw'> = {
  words,
  items: [
    { ...open.items[0]!, id: 'b', status: { text: 'Toestemming gegeven', tone: 'ok' }, answers: ['Samira: ja (Ria namens Samira)'], mayWithdraw: false },
    { ...open.items[0]!, id: 'c', organisation: 'Huisarts', status: { text: 'Geweigerd', tone: 'warning' }, answers: ['Samira: nee'], mayWithdraw: false },
  ],
};

export const empty: Omit<ConsentRequestStatusProps, 'onWithdraw'> = { words, items: [] };
