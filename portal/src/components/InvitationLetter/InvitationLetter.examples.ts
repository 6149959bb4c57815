import type { InvitationLetterProps } from './InvitationLetter.tsx';

/** The letter for Anna, as the workspace fills it in; used by the unit test. */
export const forAnna: InvitationLetterProps = {
  address: 'https://onsplan.example',
  code: 'K7PM-4XQ2-HT9R',
  words: {
    title: 'Uw uitnodiging voor Ons Plan',
    greeting: 'Beste Anna,',
    what: 'Ons Plan is een website over uw gezin. U leest daar het plan. U ziet wat er is afgesproken.',
    goTo: 'Ga op uw telefoon naar:',
    enterCode: 'Kies "Ik heb een code". Vul deze code in:',
    validUntil: 'De code werkt tot 1 december 2026, 11:00.',
    once: 'U kunt de code één keer gebruiken.',
    passkey: 'Daarna maakt u een inlogsleutel. Dan kunt u altijd inloggen.',
    secret: 'Geef de code niet aan iemand anders.',
    questions: 'Heeft u vragen? Bel Fatima Yılmaz van Lokaal team Utrecht-Oost.',
  },
};
