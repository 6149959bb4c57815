import type { FamilyContactList } from '@onsplan/shared';
import type { HelperContactsWords } from './HelperContacts.tsx';

/** Examples for "Contact met uw hulpverlener", used by the unit test. */
export const words: HelperContactsWords = {
  title: 'Contact met uw hulpverlener',
  call: (name) => `Bel ${name}`,
  noPhone: 'Geen telefoonnummer bekend.',
  emergency: 'Is er direct gevaar?',
  emergencyCall: 'Bel 112',
  veiligThuis: 'Wilt u praten over geweld thuis?',
  veiligThuisCall: 'Bel Veilig Thuis: 0800-2000',
};

export const fatimaAndJeroen: FamilyContactList['professionals'] = [
  { name: 'Fatima Yılmaz', jobTitle: 'Regisseur', organisation: 'Lokaal team Utrecht-Oost', workPhone: '030 123 45 67', workHours: 'Ma, di en do 9-17 uur' },
  { name: 'Jeroen de Boer', jobTitle: 'Medewerker Veilig Thuis', organisation: 'Veilig Thuis Utrecht', workPhone: null, workHours: null },
];
