import type { MemberCheckboxesProps } from './MemberCheckboxes.tsx';

const members = [
  { id: 'm1', firstName: 'Samira' },
  { id: 'm2', firstName: 'Noor' },
];

/** Shielding a new address, with a hint and Samira chosen. */
export const shield: MemberCheckboxesProps = { idBase: 'schild', legend: 'Nieuw adres afschermen voor', hint: 'Alleen met een reden.', members, chosen: ['m1'], onChange: () => {} };

/** Nobody chosen yet where someone must be. */
export const missing: MemberCheckboxesProps = { idBase: 'leden', legend: 'Met wie?', error: 'Kies wie het mag zien.', members, chosen: [], onChange: () => {}, nested: true };
