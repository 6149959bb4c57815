import type { AccessLogGroupView } from '@onsplan/shared';
import type { LogReader } from './LogLines.tsx';

/** Examples of "Wie heeft mijn gegevens bekeken", used by the tests (and fit for a preview page). */

const samiraId = '6f1c2a7e-0000-4000-8000-000000000011';
const fatima = { kind: 'professional', isMe: false, name: 'Fatima Yılmaz', jobTitle: 'Regisseur', organisation: 'Lokaal team Utrecht-Oost' } as const;
const ria = { kind: 'helper', isMe: false, name: 'Ria', jobTitle: 'Ervaringsdeskundige', organisation: 'Ervaringsdeskundigen Utrecht' } as const;
const forSamira = { memberId: samiraId, name: 'Samira' };

export const samira: LogReader = { memberId: samiraId, memberName: 'Samira', helper: false };
export const riaForSamira: LogReader = { memberId: samiraId, memberName: 'Samira', helper: true };

const line = (id: string, day: string, time: string, count: number, rest: Omit<AccessLogGroupView, 'id' | 'day' | 'count' | 'firstAt' | 'lastAt'>): AccessLogGroupView => ({
  id,
  day,
  count,
  firstAt: `${day}T07:00:00.000Z`,
  lastAt: `${day}T${time}:00.000Z`,
  ...rest,
});

/** Samira's page as the review found it, grouped: Fatima and Ria first, her own views left out. */
export const othersFirst: AccessLogGroupView[] = [
  line('2026-11-24.90', '2026-11-24', '10:00', 1, { action: 'lezen', objectKind: 'toegangslog', person: 'r', actor: ria, onBehalfOf: forSamira }),
  line('2026-11-23.80', '2026-11-23', '09:30', 3, { action: 'lezen', objectKind: 'plan', person: 'f', actor: fatima }),
  line('2026-11-23.70', '2026-11-23', '09:35', 22, { action: 'lezen', objectKind: 'plan', person: 'r', actor: ria, onBehalfOf: forSamira }),
  line('2026-11-22.60', '2026-11-22', '13:05', 1, { action: 'wijzigen', objectKind: 'contactgegevens', person: 'f', actor: fatima }),
];

/** With the switch on: her own lines too. */
export const withOwn: AccessLogGroupView[] = [
  line('2026-11-23.85', '2026-11-23', '09:40', 100, { action: 'lezen', objectKind: 'plan', actor: { kind: 'gezinslid', isMe: true, memberId: samiraId, name: 'Samira', memberRole: 'ouder' } }),
  ...othersFirst.filter((l) => l.day === '2026-11-23'),
];

/** Ria reads Samira's log: her own lines are "U, namens Samira". */
export const helperReads: AccessLogGroupView[] = [
  line('2026-11-23.70', '2026-11-23', '09:35', 22, { action: 'lezen', objectKind: 'plan', person: 'r', actor: { ...ria, isMe: true }, onBehalfOf: forSamira }),
  line('2026-11-23.60', '2026-11-23', '09:20', 1, { action: 'exporteren', objectKind: 'mijn-gegevens', person: 'f', actor: fatima }),
];

/** What a newer log may hold: an action and a kind this portal has no words for yet, a refused try, someone nameless. */
export const unknownWords: AccessLogGroupView[] = [
  line('2026-11-23.50', '2026-11-23', '08:00', 2, { action: 'anders', objectKind: 'iets-nieuws', person: 'f', actor: fatima }),
  line('2026-11-23.40', '2026-11-23', '07:30', 1, { action: 'geweigerd', objectKind: 'plan', person: 'f', actor: fatima }),
  line('2026-11-23.30', '2026-11-23', '07:10', 1, { action: 'lezen', objectKind: 'plan', actor: { kind: 'gezinslid', isMe: false } }),
];

/** Samira changed what Ria may do: the line says what the help now allows, and until when. */
export const helpChanged: AccessLogGroupView[] = [
  line('2026-11-24.95', '2026-11-24', '10:10', 1, {
    action: 'wijzigen',
    objectKind: 'machtiging',
    actor: { kind: 'gezinslid', isMe: true, memberId: samiraId, name: 'Samira' },
    helpAgreement: { scopes: ['lezen', 'reageren'], lastDay: '2027-02-22' },
  }),
];

const samiraHerself = { kind: 'gezinslid', isMe: true, memberId: samiraId, name: 'Samira' } as const;

/** A day of help in Samira's log: a code for Sanne, Ria's help narrowed, refused once, then ended by Fatima; Sanne stops. */
export const helpEvents: AccessLogGroupView[] = [
  line('2026-11-24.99', '2026-11-24', '15:00', 1, { action: 'verwijderen', objectKind: 'machtiging', actor: { ...ria, name: 'Sanne' }, onBehalfOf: forSamira, helpAgreement: { helper: 'Sanne', scopes: ['lezen'], lastDay: '2027-02-24' } }),
  line('2026-11-24.98', '2026-11-24', '14:00', 1, { action: 'verwijderen', objectKind: 'machtiging', person: 'f', actor: fatima, helpAgreement: { helper: 'Ria', scopes: ['lezen'], lastDay: '2027-03-01' } }),
  line('2026-11-24.97', '2026-11-24', '12:00', 1, { action: 'geweigerd', objectKind: 'handeling', person: 'r', actor: ria, onBehalfOf: forSamira }),
  line('2026-11-24.96', '2026-11-24', '11:00', 1, { action: 'wijzigen', objectKind: 'machtiging', actor: samiraHerself, helpAgreement: { helper: 'Ria', scopes: ['lezen', 'reageren'], lastDay: '2027-03-01' } }),
  line('2026-11-24.95', '2026-11-24', '10:00', 1, { action: 'aanmaken', objectKind: 'machtiging-uitnodiging', actor: samiraHerself, helpAgreement: { helper: 'Sanne', scopes: ['lezen'], lastDay: '2027-02-24' } }),
  line('2026-11-24.94', '2026-11-24', '09:00', 1, { action: 'verwijderen', objectKind: 'machtiging-uitnodiging', actor: samiraHerself, helpAgreement: { helper: 'Kees', scopes: ['lezen'], lastDay: '2027-02-24' } }),
];
