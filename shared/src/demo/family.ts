import { addDays, type Day, parseDay } from '../dates/calendar.ts';
import type { AudienceKind, DelegationScope, MemberRole } from '../visibility/types.ts';

/**
 * The demo families from DOMAIN.md. One source for the seed, the visibility grid and the API tests,
 * so that what the tests prove is what a new user sees.
 *
 * Birth dates are worked out from a reference day so that Noor is 16, Daan 13 and Mila 8 on the day
 * the demo is seeded, and stay so for a while.
 */

export type PlanSection = 'veiligheid' | 'hulpverlening' | 'herstel';
export type PlanItemKind = 'afspraak' | 'doel' | 'netwerk';

/** The audience part of an object, with members named by their demo key. */
export interface DemoEnvelope {
  audience: AudienceKind;
  audienceMembers?: string[];
  subjects?: string[];
  author?: string;
  shieldedFrom?: string[];
  sharedAcrossContactverbod?: boolean;
  generalInfo?: boolean;
  fieldShields?: Record<string, string[]>;
}

export interface DemoMember {
  key: string;
  id: string;
  firstName: string;
  lastName: string;
  role: MemberRole;
  birthDate: Day;
  gezagOver: string[];
  parentOf: string[];
  hasAccount: boolean;
}

export interface DemoItem {
  key: string;
  id: string;
  section: PlanSection;
  kind: PlanItemKind;
  what: string;
  who: string;
  when: string;
  where?: string;
  whatIf?: string;
  scale?: number;
  envelope: DemoEnvelope;
}

export interface DemoField {
  key: string;
  id: string;
  member: string;
  field: 'adres' | 'telefoon' | 'email';
  value: string;
  envelope: DemoEnvelope;
}

export interface DemoFamily {
  key: string;
  id: string;
  name: string;
  kind: 'gezin' | 'huishouden';
  members: DemoMember[];
  contactverboden: [string, string][];
  plan: { id: string; versionId: string; title: string; summary: string; envelope: DemoEnvelope; items: DemoItem[] };
  fields: DemoField[];
}

export interface DemoProfessional {
  key: string;
  id: string;
  name: string;
  organisation: string;
  jobTitle: string;
  families: string[];
  /** Her work phone and hours (work profile), so members see whom to call in the demo. Numbers in a range no one has. */
  workPhone: string;
  workHours: string;
}

export interface DemoHelper {
  key: string;
  id: string;
  name: string;
  organisation: string;
  delegation: { id: string; member: string; family: string; scopes: readonly DelegationScope[]; validForDays: number };
}

export interface DemoWorld {
  referenceDay: Day;
  families: DemoFamily[];
  professionals: DemoProfessional[];
  helpers: DemoHelper[];
  beheerder: { key: string; id: string; name: string };
}

const id = (n: number) => `d0000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

/** The day `years` years and `days` days before `day`. */
function bornBefore(day: Day, years: number, days: number): Day {
  const { year, month, date } = parseDay(day);
  const sameDay = `${year - years}-${String(month).padStart(2, '0')}-${String(Math.min(date, 28)).padStart(2, '0')}`;
  return addDays(sameDay, -days);
}

/** Builds the demo world as it is on `referenceDay`. */
export function demoWorld(referenceDay: Day): DemoWorld {
  const born = (years: number, days: number) => bornBefore(referenceDay, years, days);
  const jansen: DemoFamily = {
    key: 'jansen',
    id: id(1),
    name: 'Gezin Jansen / El Amrani',
    kind: 'gezin',
    members: [
      { key: 'samira', id: id(11), firstName: 'Samira', lastName: 'El Amrani', role: 'ouder', birthDate: born(38, 40), gezagOver: ['noor', 'daan', 'mila'], parentOf: ['noor', 'daan', 'mila'], hasAccount: true },
      { key: 'mark', id: id(12), firstName: 'Mark', lastName: 'Jansen', role: 'ouder', birthDate: born(41, 120), gezagOver: ['noor', 'daan', 'mila'], parentOf: ['noor', 'daan', 'mila'], hasAccount: true },
      { key: 'noor', id: id(13), firstName: 'Noor', lastName: 'Jansen', role: 'jeugdige', birthDate: born(16, 100), gezagOver: [], parentOf: [], hasAccount: true },
      { key: 'daan', id: id(14), firstName: 'Daan', lastName: 'Jansen', role: 'jeugdige', birthDate: born(13, 60), gezagOver: [], parentOf: [], hasAccount: true },
      { key: 'mila', id: id(15), firstName: 'Mila', lastName: 'Jansen', role: 'jeugdige', birthDate: born(8, 30), gezagOver: [], parentOf: [], hasAccount: false },
      { key: 'henk', id: id(16), firstName: 'Henk', lastName: 'Jansen', role: 'netwerk', birthDate: born(67, 200), gezagOver: [], parentOf: ['mark'], hasAccount: true },
    ],
    contactverboden: [['samira', 'mark']],
    plan: {
      id: id(101),
      versionId: id(102),
      title: 'Ons plan',
      summary: 'Dit plan maakten we samen. Het zegt wie wat doet, zodat iedereen veilig is.',
      envelope: { audience: 'gezin', audienceMembers: ['henk'], generalInfo: true },
      items: [
        {
          key: 'niet-bij-huis', id: id(201), section: 'veiligheid', kind: 'afspraak',
          what: 'Mark komt niet bij het huis van Samira.', who: 'Mark', when: 'Altijd',
          whatIf: 'Als Mark toch komt, belt Samira 112.',
          envelope: { audience: 'gezin', subjects: ['mark', 'samira'], sharedAcrossContactverbod: true, generalInfo: true },
        },
        {
          key: 'ophalen-school', id: id(202), section: 'veiligheid', kind: 'afspraak',
          what: 'Opa Henk haalt Daan en Mila op van school.', who: 'Opa Henk', when: 'Dinsdag en donderdag om 15.00 uur',
          where: 'Basisschool De Regenboog, Vogelstraat 3',
          whatIf: 'Kan opa Henk niet? Dan belt hij Fatima.',
          envelope: { audience: 'gezin', audienceMembers: ['henk'], subjects: ['henk', 'daan', 'mila'], fieldShields: { where: ['mark'] } },
        },
        {
          key: 'noor-belt', id: id(203), section: 'veiligheid', kind: 'afspraak',
          what: 'Noor mag Fatima altijd bellen als ze zich niet veilig voelt.', who: 'Noor', when: 'Altijd',
          whatIf: 'Neemt Fatima niet op? Dan belt Noor Veilig Thuis: 0800 2000.',
          envelope: { audience: 'leden', audienceMembers: ['noor'], subjects: ['noor'] },
        },
        {
          key: 'training-mark', id: id(204), section: 'hulpverlening', kind: 'doel',
          what: 'Mark leert zijn boosheid de baas te blijven.', who: 'Mark, met de trainer', when: 'Elke donderdag, tot maart',
          whatIf: 'Mist Mark een keer? Dan belt de trainer Fatima.', scale: 4,
          envelope: { audience: 'leden', audienceMembers: ['mark'], subjects: ['mark'] },
        },
        {
          key: 'veilig-thuis-samira', id: id(205), section: 'hulpverlening', kind: 'doel',
          what: 'Samira voelt zich veilig in haar nieuwe huis.', who: 'Samira, met Fatima', when: 'Elke twee weken een gesprek', scale: 6,
          envelope: { audience: 'leden', audienceMembers: ['samira'], subjects: ['samira'] },
        },
        {
          key: 'daan-coach', id: id(206), section: 'hulpverlening', kind: 'afspraak',
          what: 'Daan praat elke week met de jeugdcoach.', who: 'Daan', when: 'Elke woensdag na school',
          envelope: { audience: 'leden', audienceMembers: ['daan'], subjects: ['daan'] },
        },
        {
          key: 'mila-therapie', id: id(207), section: 'hulpverlening', kind: 'afspraak',
          what: 'Mila gaat naar speltherapie.', who: 'Samira brengt Mila', when: 'Elke maandag',
          // Samira's weekly routine is about her too: a subject, so it never reaches Mark.
          envelope: { audience: 'leden', audienceMembers: ['mila'], subjects: ['mila', 'samira'] },
        },
        {
          key: 'samen-praten', id: id(208), section: 'herstel', kind: 'afspraak',
          what: 'Eén keer per maand kijken we samen hoe het gaat.', who: 'Fatima en het gezin', when: 'De eerste maandag van de maand',
          envelope: { audience: 'gezin', generalInfo: true },
        },
        {
          key: 'via-fatima', id: id(209), section: 'herstel', kind: 'afspraak',
          what: 'Samira en Mark regelen zaken over de kinderen via Fatima.', who: 'Samira en Mark', when: 'Als er iets te regelen is',
          envelope: { audience: 'volwassenen', subjects: ['samira', 'mark'], sharedAcrossContactverbod: true },
        },
        {
          key: 'risico', id: id(210), section: 'veiligheid', kind: 'afspraak',
          what: 'Fatima en Jeroen schatten het risico opnieuw in.', who: 'Fatima en Jeroen', when: 'In maart',
          envelope: { audience: 'professionals' },
        },
        {
          key: 'opa-belt', id: id(211), section: 'herstel', kind: 'netwerk',
          what: 'Opa Henk belt Fatima als hij zich zorgen maakt.', who: 'Opa Henk', when: 'Als het nodig is',
          envelope: { audience: 'gezin', audienceMembers: ['henk'], subjects: ['henk'] },
        },
      ],
    },
    fields: [
      { key: 'adres-samira', id: id(301), member: 'samira', field: 'adres', value: 'Lindelaan 12, 3514 BK Utrecht',
        envelope: { audience: 'volwassenen', subjects: ['samira'], shieldedFrom: ['mark'] } },
      { key: 'adres-mark', id: id(302), member: 'mark', field: 'adres', value: 'Kanaalweg 88, 3526 KM Utrecht',
        envelope: { audience: 'volwassenen', subjects: ['mark'] } },
    ],
  };

  const deVries: DemoFamily = {
    key: 'de-vries',
    id: id(2),
    name: 'Huishouden De Vries',
    kind: 'huishouden',
    members: [
      { key: 'willem', id: id(21), firstName: 'Willem', lastName: 'de Vries', role: 'volwassene', birthDate: born(84, 10), gezagOver: [], parentOf: ['peter'], hasAccount: true },
      { key: 'peter', id: id(22), firstName: 'Peter', lastName: 'de Vries', role: 'volwassene', birthDate: born(52, 150), gezagOver: [], parentOf: [], hasAccount: true },
    ],
    contactverboden: [],
    plan: {
      id: id(111),
      versionId: id(112),
      title: 'Ons plan',
      summary: 'Dit plan helpt Willem veilig thuis te wonen.',
      envelope: { audience: 'gezin', generalInfo: true },
      items: [
        {
          key: 'geld-bewindvoerder', id: id(221), section: 'veiligheid', kind: 'afspraak',
          what: 'Een bewindvoerder regelt het geld van Willem.', who: 'De bewindvoerder', when: 'Vanaf nu',
          whatIf: 'Vraagt iemand Willem om geld? Dan belt Willem de bewindvoerder.',
          envelope: { audience: 'gezin', subjects: ['willem', 'peter'] },
        },
        {
          key: 'dagbesteding', id: id(222), section: 'hulpverlening', kind: 'afspraak',
          what: 'Willem gaat twee keer per week naar de dagbesteding.', who: 'Willem', when: 'Maandag en donderdag',
          envelope: { audience: 'gezin', subjects: ['willem'] },
        },
        {
          key: 'willem-belt', id: id(223), section: 'veiligheid', kind: 'afspraak',
          what: 'Willem mag de wijkagent altijd bellen als hij bang is.', who: 'Willem', when: 'Altijd',
          envelope: { audience: 'leden', audienceMembers: ['willem'], subjects: ['willem'] },
        },
      ],
    },
    fields: [],
  };

  return {
    referenceDay,
    families: [jansen, deVries],
    professionals: [
      { key: 'fatima', id: id(31), name: 'Fatima Yılmaz', organisation: 'Lokaal team Utrecht-Oost', jobTitle: 'Regisseur', families: ['jansen'], workPhone: '030 555 01 31', workHours: 'Maandag tot en met donderdag, 9 tot 17 uur' },
      { key: 'jeroen', id: id(32), name: 'Jeroen de Boer', organisation: 'Veilig Thuis Utrecht', jobTitle: 'Medewerker Veilig Thuis', families: ['jansen', 'de-vries'], workPhone: '030 555 01 32', workHours: 'Maandag tot en met vrijdag, 8.30 tot 17 uur' },
      { key: 'karim', id: id(33), name: 'Karim Benali', organisation: 'Lokaal team Utrecht-West', jobTitle: 'Regisseur', families: ['de-vries'], workPhone: '030 555 01 33', workHours: 'Dinsdag, woensdag en vrijdag, 9 tot 16 uur' },
    ],
    helpers: [
      {
        key: 'ria', id: id(41), name: 'Ria Bakker', organisation: 'Ervaringsdeskundigen Utrecht',
        delegation: { id: id(401), member: 'samira', family: 'jansen', scopes: ['lezen', 'reageren', 'instemming-geven', 'verzoeken-doen', 'documenten-delen'], validForDays: 90 },
      },
    ],
    beheerder: { key: 'beheer', id: id(51), name: 'Anouk Smit' },
  };
}

/** Canary values: they must never reach the members named here, in any response, export or print. */
export const demoCanaries = {
  samiraAddress: { text: 'Lindelaan 12', neverFor: ['mark', 'henk', 'noor', 'daan'] },
  schoolAddress: { text: 'Vogelstraat 3', neverFor: ['mark'] },
  noorPrivate: { text: 'Noor mag Fatima altijd bellen', neverFor: ['samira', 'mark', 'daan', 'henk'] },
} as const;
