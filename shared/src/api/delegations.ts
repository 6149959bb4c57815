import { Type, type Static } from 'typebox';
import { delegationScopes } from '../visibility/types.ts';
import { CalendarDay, Ref, Uuid } from './schema-kit.ts';

/** Wire shapes for helpers (issue 11): a member invites, limits and ends her helper's help. */

/** What a helper may do; `lezen` is always among them. */
const Scopes = () => Type.Array(Type.Unsafe<(typeof delegationScopes)[number]>({ type: 'string', enum: [...delegationScopes] }), { maxItems: delegationScopes.length, uniqueItems: true });

/**
 * One helper of a member, as the member (or a professional of the family) sees her. `memberId`: the
 * member she helps, for the member herself her own id; a professional sees every member's helpers.
 * `lastDay`: the last day the help counts (Dutch calendar day).
 */
export const HelperViewSchema = Type.Object(
  { delegationId: Uuid(), helperName: Type.String(), memberId: Uuid(), memberName: Type.String(), scopes: Scopes(), validFrom: Type.String(), lastDay: CalendarDay() },
  { $id: 'Helper' },
);
export type HelperView = Static<typeof HelperViewSchema>;

/** An invitation the member made that nobody used yet; after `expiresAt` the code no longer works. */
const openInvitationProperties = { id: Uuid(), helperName: Type.String(), scopes: Scopes(), lastDay: CalendarDay(), expiresAt: Type.String() };
export const OpenDelegationInvitationViewSchema = Type.Object(openInvitationProperties);
export type OpenDelegationInvitationView = Static<typeof OpenDelegationInvitationViewSchema>;

export const HelpersOverviewSchema = Type.Object({ helpers: Type.Array(Ref(HelperViewSchema)), invitations: Type.Array(OpenDelegationInvitationViewSchema) }, { $id: 'HelpersOverview' });
export type HelpersOverview = Static<typeof HelpersOverviewSchema>;

/** `scopes`: `lezen` is always added. `lastDay`: after today, at most 12 months from today. */
export const NewDelegationInvitationSchema = Type.Object(
  { helperName: Type.String({ minLength: 1, maxLength: 80, pattern: '\\S' }), scopes: Scopes(), lastDay: CalendarDay() },
  { additionalProperties: false },
);
export type NewDelegationInvitation = Static<typeof NewDelegationInvitationSchema>;

/** The code, shown once: the member passes it on to her helper on paper or by phone; `address` is where the helper types it. */
export const IssuedDelegationInvitationSchema = Type.Object({ ...openInvitationProperties, code: Type.String(), address: Type.String() }, { $id: 'IssuedDelegationInvitation' });
export type IssuedDelegationInvitation = Static<typeof IssuedDelegationInvitationSchema>;

export const DelegationChangeSchema = Type.Object({ scopes: Type.Optional(Scopes()), lastDay: Type.Optional(CalendarDay()) }, { minProperties: 1, additionalProperties: false });
export type DelegationChange = Static<typeof DelegationChangeSchema>;

/** `reason`: required from a professional; a member or helper needs no reason. */
export const DelegationEndSchema = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });
export type DelegationEnd = Static<typeof DelegationEndSchema>;

/** A member a helper helps, on the helper's own screen. */
export const HelpingViewSchema = Type.Object(
  { delegationId: Uuid(), familyId: Uuid(), memberId: Uuid(), memberName: Type.String(), scopes: Scopes(), lastDay: CalendarDay() },
  { $id: 'Helping' },
);
export type HelpingView = Static<typeof HelpingViewSchema>;

export const HelpingListSchema = Type.Array(Ref(HelpingViewSchema), { $id: 'HelpingList' });

export const RedeemDelegationInvitationSchema = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });
export type RedeemDelegationInvitation = Static<typeof RedeemDelegationInvitationSchema>;

export const FamilyDelegationParamsSchema = Type.Object({ familyId: Uuid(), delegationId: Uuid() }, { additionalProperties: false });
export const FamilyInvitationParamsSchema = Type.Object({ familyId: Uuid(), invitationId: Uuid() }, { additionalProperties: false });
export const DelegationParamsSchema = Type.Object({ delegationId: Uuid() }, { additionalProperties: false });
