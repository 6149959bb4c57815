import type { MemberRole } from '../visibility/types.ts';

/** Wire types for "Wie heeft mijn gegevens bekeken" (REQUIREMENTS D3). */

/** What was done; the portal shows `accessLog.action.<action>`. */
export type AccessLogAction = 'lezen' | 'aanmaken' | 'wijzigen' | 'verwijderen' | 'printen' | 'exporteren' | 'zoeken' | 'inloggen' | 'uitloggen';

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

export interface AccessLogEntryView {
  /** Also the cursor: entries are numbered in the order they were written. */
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

export interface AccessLogPage {
  /** Whose log this is: the member, also when their helper reads it. */
  member: { id: string; firstName: string };
  /** Newest first. */
  entries: AccessLogEntryView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}
