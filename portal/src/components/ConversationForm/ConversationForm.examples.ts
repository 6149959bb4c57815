import type { ConversationFormProps, ConversationWords } from './ConversationForm.tsx';

/** Examples of "Gesprek beginnen", used by the unit test (with an axe check) and the workspace screens. */

export const words: ConversationWords = {
  title: 'Gesprek beginnen',
  intro: 'Schrijf als eerste aan een of meer gezinsleden. Alleen wie u kiest, en diens helpers, lezen het gesprek.',
  introFixed: (name) => `Schrijf als eerste aan ${name}. Alleen ${name}, haar of zijn helpers en de hulpverleners van het gezin lezen het gesprek.`,
  to: 'Aan wie',
  toLeden: 'Gekozen gezinsleden',
  toVolwassenen: 'Alle volwassenen',
  toGezin: 'Het hele gezin',
  members: 'Gezinsleden',
  about: 'Over',
  aboutPlan: 'Het plan als geheel',
  body: 'Bericht',
  bodyHint: 'Het gezinslid leest dit in de app en kan antwoorden.',
  send: 'Gesprek beginnen',
  busy: 'Bezig met versturen…',
  sent: 'Het gesprek is begonnen.',
  summaryTitle: 'Controleer de invoer',
  errorMembers: 'Kies minstens één gezinslid.',
  errorBody: 'Schrijf een bericht.',
};

const members = [
  { id: '00000000-0000-4000-8000-000000000011', name: 'Samira El Amrani' },
  { id: '00000000-0000-4000-8000-000000000012', name: 'Mark Jansen' },
  { id: '00000000-0000-4000-8000-000000000013', name: 'Noor Jansen' },
];
const items = [{ key: '00000000-0000-4000-8000-000000000208', label: 'Samen praten over de kinderen' }];

/** On the family page: she chooses whom to write to. */
export const onFamilyPage: Omit<ConversationFormProps, 'onSend'> = { id: 'gesprek', words, members, items };

/** On a member's page: to that member only. */
export const onMemberPage: Omit<ConversationFormProps, 'onSend'> = { id: 'gesprek', words, members, items, fixed: members[0]! };
