import type { DelegationScope } from '../visibility/types.ts';

/** The longest help a member can give at once, in months (issue 11: at most 12 months). */
export const maxDelegationMonths = 12;
/** The end date the invitation form starts with, in months from today. */
export const defaultDelegationMonths = 3;
/** How long a helper's invitation code can be used, in days. */
export const delegationInvitationDays = 14;

/** One helper of a member, as the member (or a professional of the family) sees her. */
export interface HelperView {
  delegationId: string;
  helperName: string;
  /** The member she helps: for the member herself her own id; a professional sees every member's helpers. */
  memberId: string;
  memberName: string;
  scopes: DelegationScope[];
  validFrom: string;
  /** The last day the help counts (Dutch calendar day). */
  lastDay: string;
}

/** An invitation the member made that nobody used yet. */
export interface OpenDelegationInvitationView {
  id: string;
  helperName: string;
  scopes: DelegationScope[];
  lastDay: string;
  /** After this moment the code no longer works. */
  expiresAt: string;
}

export interface HelpersOverview {
  helpers: HelperView[];
  invitations: OpenDelegationInvitationView[];
}

export interface NewDelegationInvitation {
  helperName: string;
  /** `lezen` is always added. */
  scopes: DelegationScope[];
  /** The last day of the help: after today, at most 12 months from today. */
  lastDay: string;
}

/** The code, shown once: the member passes it on to her helper on paper or by phone. */
export interface IssuedDelegationInvitation extends OpenDelegationInvitationView {
  code: string;
  /** The portal's web address where the helper types the code. */
  address: string;
}

export interface DelegationChange {
  scopes?: DelegationScope[];
  lastDay?: string;
}

export interface DelegationEnd {
  /** Required from a professional; a member or helper needs no reason. */
  reason?: string;
}

/** A member a helper helps, on the helper's own screen. */
export interface HelpingView {
  delegationId: string;
  familyId: string;
  memberId: string;
  memberName: string;
  scopes: DelegationScope[];
  lastDay: string;
}

export interface RedeemDelegationInvitation {
  code: string;
}
