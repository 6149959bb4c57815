import { Type, type Static } from 'typebox';
import type { MemberRole } from '../visibility/types.ts';
import { relationKinds } from './relation-kinds.ts';
import { passkeyIdMaxLength } from './devices.ts';
import { CalendarDay, DateTime, Nullable, StringEnum, Uuid } from './schema-kit.ts';
import { shieldReasons } from './shield-reasons.ts';

/** Wire shapes for a professional making and keeping a family: household, members, relations, shielded fields, hand-over. */

/** A name someone types: not empty, not only spaces. */
const Name = () => Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
const Role = () => Type.Unsafe<MemberRole>({ type: 'string', enum: ['ouder', 'jeugdige', 'netwerk', 'volwassene'] satisfies MemberRole[] });
const CodePurpose = () => StringEnum(['uitnodiging', 'herstel']);

export const NewFamilySchema = Type.Object({ name: Name(), kind: StringEnum(['gezin', 'huishouden']) }, { additionalProperties: false });
export type NewFamily = Static<typeof NewFamilySchema>;

const memberProperties = { firstName: Name(), lastName: Name(), role: Role(), birthDate: CalendarDay() };
export const NewMemberSchema = Type.Object(memberProperties, { additionalProperties: false });
export type NewMember = Static<typeof NewMemberSchema>;

/** A change to a member's own facts; what is left out stays. */
export const MemberChangeSchema = Type.Partial(Type.Object(memberProperties), { minProperties: 1, additionalProperties: false });
export type MemberChange = Static<typeof MemberChangeSchema>;

/** The last day of a relation; for a contactverbod the only way to end it (its history stays). */
export const RelationEndSchema = Type.Object({ until: CalendarDay() }, { additionalProperties: false });
export type RelationEnd = Static<typeof RelationEndSchema>;

export const NewRelationSchema = Type.Object(
  { fromMemberId: Uuid(), toMemberId: Uuid(), kind: StringEnum(relationKinds), since: Type.Optional(CalendarDay()), until: Type.Optional(CalendarDay()) },
  { additionalProperties: false },
);
export type NewRelation = Static<typeof NewRelationSchema>;

/** `shieldedFrom`: members who must not see this field, each needs `reason`; `reasonText` is required with reason "anders". */
export const NewMemberFieldSchema = Type.Object(
  {
    field: StringEnum(['adres', 'telefoon', 'email']),
    value: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    shieldedFrom: Type.Array(Uuid(), { maxItems: 50 }),
    reason: Type.Optional(StringEnum(shieldReasons)),
    reasonText: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type NewMemberField = Static<typeof NewMemberFieldSchema>;

/** `toUserId`: the professional who takes over as regisseur. `on`: the day it takes effect; the old regisseur's access ends at its start. */
export const HandOverSchema = Type.Object({ toUserId: Uuid(), on: CalendarDay() }, { additionalProperties: false });
export type HandOver = Static<typeof HandOverSchema>;

/**
 * Whom the regisseur may hand the family over to: active professionals other than herself, her own
 * organisation first. `mayHandOver`: only the regisseur; for another professional false and the
 * list empty. `earliestDay`: today, on the server's clock.
 */
export const HandOverCandidatesSchema = Type.Object(
  {
    mayHandOver: Type.Boolean(),
    earliestDay: CalendarDay(),
    candidates: Type.Array(
      Type.Object(
        { userId: Type.String(), name: Type.String(), organisation: Nullable(Type.String()), jobTitle: Nullable(Type.String()), sameOrganisation: Type.Boolean() },
        { additionalProperties: false },
      ),
    ),
  },
  { $id: 'HandOverCandidates', additionalProperties: false },
);
export type HandOverCandidates = Static<typeof HandOverCandidatesSchema>;

/** The answer to a create: the new object's id. */
export const CreatedSchema = Type.Object({ id: Uuid() }, { $id: 'Created', additionalProperties: false });
export type Created = Static<typeof CreatedSchema>;

/** A member as the workspace manages them. */
export const AdminMemberViewSchema = Type.Object(
  { id: Uuid(), firstName: Type.String(), lastName: Type.String(), role: Role(), birthDate: Nullable(CalendarDay()) },
  { additionalProperties: false },
);
export type AdminMemberView = Static<typeof AdminMemberViewSchema>;

export const AdminRelationViewSchema = Type.Object(
  { id: Uuid(), fromMemberId: Uuid(), toMemberId: Uuid(), kind: StringEnum(relationKinds), since: Nullable(CalendarDay()), until: Nullable(CalendarDay()) },
  { additionalProperties: false },
);
export type AdminRelationView = Static<typeof AdminRelationViewSchema>;

export const AssignmentViewSchema = Type.Object(
  { userId: Uuid(), name: Type.String(), role: StringEnum(['regisseur', 'betrokken']), since: DateTime(), until: Nullable(DateTime()) },
  { additionalProperties: false },
);
export type AssignmentView = Static<typeof AssignmentViewSchema>;

/**
 * A family as its regisseur manages it. `mayEdit`: she may change the family (the regisseur); a
 * betrokken professional reads it. `mayInvite`: she may give codes and revoke passkeys (the
 * regisseur). `today`: on the server's clock, for the earliest day a form may choose.
 */
export const FamilyAdminViewSchema = Type.Object(
  {
    id: Uuid(),
    name: Type.String(),
    members: Type.Array(AdminMemberViewSchema),
    relations: Type.Array(AdminRelationViewSchema),
    assignments: Type.Array(AssignmentViewSchema),
    mayEdit: Type.Boolean(),
    mayInvite: Type.Boolean(),
    today: CalendarDay(),
  },
  { $id: 'FamilyAdmin', additionalProperties: false },
);
export type FamilyAdminView = Static<typeof FamilyAdminViewSchema>;

/**
 * A member's sign-in as her professionals see it: account, last seen, passkeys by name, an open
 * code. `tooYoung`: under 12, no account of her own (the parents with gezag read along).
 * `openCode`: an invitation or recovery code not used yet, and until when it works.
 */
export const MemberAccountViewSchema = Type.Object(
  {
    memberId: Uuid(),
    firstName: Type.String(),
    hasAccount: Type.Boolean(),
    tooYoung: Type.Boolean(),
    lastSeenAt: Nullable(DateTime()),
    passkeys: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), createdAt: DateTime(), lastUsedAt: Nullable(DateTime()) }, { additionalProperties: false })),
    openCode: Nullable(Type.Object({ purpose: CodePurpose(), expiresAt: DateTime() }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type MemberAccountView = Static<typeof MemberAccountViewSchema>;

export const MemberAccountListSchema = Type.Object({ accounts: Type.Array(MemberAccountViewSchema) }, { $id: 'MemberAccountList', additionalProperties: false });
export type MemberAccountList = Static<typeof MemberAccountListSchema>;

/** A code shown once: the professional gives it to the member, on paper or by phone. `address`: the web address the member goes to. */
export const IssuedCodeSchema = Type.Object(
  { code: Type.String(), purpose: CodePurpose(), expiresAt: DateTime(), address: Type.String(), memberFirstName: Type.String(), familyName: Type.String() },
  { $id: 'IssuedCode', additionalProperties: false },
);
export type IssuedCode = Static<typeof IssuedCodeSchema>;

export const MemberParamsSchema = Type.Object({ familyId: Uuid(), memberId: Uuid() }, { additionalProperties: false });
export const RelationParamsSchema = Type.Object({ familyId: Uuid(), relationId: Uuid() }, { additionalProperties: false });
export const MemberPasskeyParamsSchema = Type.Object(
  { familyId: Uuid(), memberId: Uuid(), passkeyId: Type.String({ minLength: 1, maxLength: passkeyIdMaxLength }) },
  { additionalProperties: false },
);
