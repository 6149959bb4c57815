import type { DelegationScope, MemberRole } from '../visibility/types.ts';

/** Wire types for "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3). */

/**
 * The actions the page has words for. The log's writer may learn new ones before the page does;
 * those reach the member as 'anders' ("deed iets met"), never as a word that could mislead.
 */
export const accessLogActions = [
  'lezen',
  'bekijken-als',
  'aanmaken',
  'wijzigen',
  'verwijderen',
  'printen',
  'exporteren',
  'zoeken',
  'inloggen',
  'uitloggen',
  'aanmelden',
  'afmelden',
  'geweigerd',
] as const;

/** What was done; the portal shows `accessLog.did.<action>`. */
export type AccessLogAction = (typeof accessLogActions)[number] | 'anders';

const known = new Set<string>(accessLogActions);

/** The action as the page may name it: a known action as it is, anything else as 'anders'. */
export function accessLogActionOf(action: string): AccessLogAction {
  return known.has(action) ? (action as AccessLogAction) : 'anders';
}

/**
 * Who did it. A family member the reader may not see (a contactverbod, a youth's privacy) is only
 * "een gezinslid": kind 'gezinslid' without id, name or role. A helper acting for such a member is
 * that too, so a helper's name never leads to the member behind them.
 */
export interface AccessLogActorView {
  kind: 'gezinslid' | 'helper' | 'professional' | 'beheerder' | 'systeem';
  /** The signed-in user did this themself. */
  isMe: boolean;
  /** A member's id, when the reader may see that member. */
  memberId?: string;
  /** First name of a member or helper; full name of a professional. */
  name?: string;
  memberRole?: MemberRole;
  /** Job of a professional or helper ("Regisseur", "Ervaringsdeskundige"). */
  jobTitle?: string;
  organisation?: string;
}

/** One entry of the log as it was written (the export, "Mijn gegevens downloaden"). */
export interface AccessLogEntryView {
  /** Entries are numbered in the order they were written. */
  id: string;
  at: string;
  action: AccessLogAction;
  /** What kind of thing: 'plan', 'gezin', 'reacties', 'contactgegevens', …; the portal shows `accessLog.object.<kind>`. */
  objectKind: string;
  /** Only the objects the reader may see now; the rest is left out. */
  objectIds: string[];
  actor: AccessLogActorView;
  /** A helper acted for this member. */
  onBehalfOf?: { memberId: string; name: string };
}

/**
 * One line of the page: what one person did with one kind of thing on one day, and how often
 * ("Fatima Yılmaz bekeek uw plan, 3 keer, op 24 november").
 */
export interface AccessLogGroupView {
  /** Unique on the page; stays the same when the page is read again with the same cursor. */
  id: string;
  /** The Dutch calendar day, YYYY-MM-DD. */
  day: string;
  action: AccessLogAction;
  objectKind: string;
  count: number;
  firstAt: string;
  lastAt: string;
  /** Pass as `person` to see only this person; absent for Ons Plan itself. */
  person?: string;
  actor: AccessLogActorView;
  /** A helper acted for this member. */
  onBehalfOf?: { memberId: string; name: string };
  /**
   * On a line about help given, changed or ended: what the helper may (or might) do, until which day,
   * and her first name (the last of the day's entries); the name only to the member or that helper.
   */
  helpAgreement?: { scopes: DelegationScope[]; lastDay: string; helper?: string };
}

/** Someone who appears in this member's log, to choose in the person filter. */
export interface AccessLogPersonView {
  /** Pass as `person`. */
  id: string;
  actor: AccessLogActorView;
  onBehalfOf?: { memberId: string; name: string };
}

export interface AccessLogPage {
  /** Whose log this is: the member, also when their helper reads it. */
  member: { id: string; firstName: string };
  /** Newest day first; within a day the line with the newest entry first. */
  groups: AccessLogGroupView[];
  /** Everyone other than the member who appears in the member's log (for the person filter); on the first page only, later pages send []. */
  people: AccessLogPersonView[];
  /** Pass as `before` for the next (older) page, with the same filters; null on the last page. */
  nextCursor: string | null;
}

/** The filters of the page; both off by default (REQUIREMENTS D3: others first). */
export interface AccessLogQuery {
  /** Also what the member did themself (their own views and their phone's background loads). */
  own?: boolean;
  /** Only this person (an `AccessLogPersonView.id`). */
  person?: string;
}
