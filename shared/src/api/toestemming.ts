import type { AgeBand } from '../consent/deciders.ts';
import type { ToestemmingStatus } from '../consent/status.ts';
import type { Day } from '../dates/calendar.ts';

/**
 * Wire types for toestemming: consent to share a member's data with a named recipient, for a
 * purpose, until a date. Kept apart from instemming (agreement with a plan version; REQUIREMENTS B4).
 */

export type ToestemmingRecipientKind = 'organisatie' | 'professional' | 'gezinslid';

export interface ToestemmingRecipientView {
  kind: ToestemmingRecipientKind;
  name: string;
  /** For a family member. */
  memberId?: string;
}

export interface ToestemmingDecisionView {
  id: string;
  subjectMemberId: string;
  recipient: ToestemmingRecipientView;
  purpose: string;
  decision: 'gegeven' | 'geweigerd' | 'ingetrokken';
  /** Last day it holds, for `gegeven`. */
  validUntil?: Day;
  decidedAt: string;
  by: { kind: 'member' | 'helper'; memberId?: string; name?: string; onBehalfOf?: string; isMe: boolean };
}

/** The state of one toestemming (one member's data, one recipient) and its full history. */
export interface ToestemmingStateView {
  subject: { memberId: string; firstName: string };
  recipient: ToestemmingRecipientView;
  /** onbekend: someone else must also decide and you may not see their decision. */
  status: ToestemmingStatus | 'onbekend';
  /** Purpose and end of the latest decision. */
  purpose: string;
  validUntil?: Day;
  /** Who must decide today, each with their latest decision (only those you may see). */
  deciders: { memberId: string; firstName: string; decision: ToestemmingDecisionView | null }[];
  /** Every decision you may see, newest first. */
  history: ToestemmingDecisionView[];
}

/** A member whose data the viewer decides on (or, for professionals, every member). */
export interface ToestemmingSubjectView {
  memberId: string;
  firstName: string;
  band: AgeBand;
  /** Who must decide today; only members you may see. */
  deciders: { memberId: string; firstName: string }[];
  /** You (or the member you help) decide on this member's data. */
  mayDecide: boolean;
}

export interface ToestemmingOverview {
  subjects: ToestemmingSubjectView[];
  toestemmingen: ToestemmingStateView[];
}

export interface NewToestemming {
  /** Made by the client; the same id sent twice stores one decision. */
  clientId: string;
  /** Whose data: yourself, or a child you decide for. */
  subjectMemberId: string;
  recipient: { kind: 'organisatie' | 'professional'; name: string } | { kind: 'gezinslid'; memberId: string };
  purpose: string;
  decision: 'gegeven' | 'geweigerd';
  /** Required with `gegeven`: the last day it holds, after today. */
  validUntil?: Day;
}

export interface RevokeToestemming {
  clientId: string;
}
