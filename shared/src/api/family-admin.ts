import type { ShieldReason } from './shield-reasons.ts';
import type { Day } from '../dates/calendar.ts';
import type { MemberRole } from '../visibility/types.ts';


export const relationKinds = ['ouder-van', 'gezag-over', 'contactverbod'] as const;
export type RelationKind = (typeof relationKinds)[number];

export interface NewFamily {
  name: string;
  kind: 'gezin' | 'huishouden';
}

export interface NewMember {
  firstName: string;
  lastName: string;
  role: MemberRole;
  birthDate: Day;
}

export interface NewRelation {
  fromMemberId: string;
  toMemberId: string;
  kind: RelationKind;
  since?: Day;
  until?: Day;
}

/** A change to a member's own facts; what is left out stays. */
export type MemberChange = Partial<NewMember>;

/** The last day of a relation; for a contactverbod the only way to end it (its history stays). */
export interface RelationEnd {
  until: Day;
}

export interface NewMemberField {
  field: 'adres' | 'telefoon' | 'email';
  value: string;
  /** Members who must not see this field; each needs the reason below. */
  shieldedFrom: string[];
  reason?: ShieldReason;
  /** Required with reason "anders". */
  reasonText?: string;
}

export interface HandOver {
  /** The professional who takes over as regisseur. */
  toUserId: string;
  /** The day the hand-over takes effect: the old regisseur's access ends at its start. */
  on: Day;
}

/** Whom the regisseur may hand the family over to: active professionals other than herself, her own organisation first. */
export interface HandOverCandidates {
  /** Only the family's regisseur hands it over; for another professional of the family this is false and the list empty. */
  mayHandOver: boolean;
  /** The first day a hand-over may take effect: today, on the server's clock. */
  earliestDay: Day;
  candidates: { userId: string; name: string; organisation: string | null; jobTitle: string | null; sameOrganisation: boolean }[];
}

/** The answer to a create: the new object's id. */
export interface Created {
  id: string;
}

/** A member as the workspace manages them: with relations and who has an account. */
export interface AdminMemberView {
  id: string;
  firstName: string;
  lastName: string;
  role: MemberRole;
  birthDate: Day | null;
}

export interface AdminRelationView {
  id: string;
  fromMemberId: string;
  toMemberId: string;
  kind: RelationKind;
  since: Day | null;
  until: Day | null;
}

export interface AssignmentView {
  userId: string;
  name: string;
  role: 'regisseur' | 'betrokken';
  since: string;
  until: string | null;
}

/** A family as its regisseur manages it. */
export interface FamilyAdminView {
  id: string;
  name: string;
  members: AdminMemberView[];
  relations: AdminRelationView[];
  assignments: AssignmentView[];
  /** Whether she may change the family (the regisseur); a betrokken professional reads it. */
  mayEdit: boolean;
  /** Whether she may give codes and revoke passkeys (the regisseur). */
  mayInvite: boolean;
  /** Today on the server's clock, for the earliest day a form may choose. */
  today: Day;
}

/** A member's sign-in as her professionals see it: account, last seen, passkeys by name, an open code. */
export interface MemberAccountView {
  memberId: string;
  firstName: string;
  hasAccount: boolean;
  /** Under 12: no account of her own (the parents with gezag read along). */
  tooYoung: boolean;
  lastSeenAt: string | null;
  passkeys: { id: string; name: string; createdAt: string; lastUsedAt: string | null }[];
  /** An invitation or recovery code not used yet, and until when it works. */
  openCode: { purpose: 'uitnodiging' | 'herstel'; expiresAt: string } | null;
}

export interface MemberAccountList {
  accounts: MemberAccountView[];
}

/** A code shown once: the professional gives it to the member, on paper or by phone. */
export interface IssuedCode {
  code: string;
  purpose: 'uitnodiging' | 'herstel';
  expiresAt: string;
  /** The web address the member goes to. */
  address: string;
  memberFirstName: string;
  familyName: string;
}
