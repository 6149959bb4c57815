import { Type, type Static } from 'typebox';
import type { Addressing } from '../i18n/addressing.ts';
import type { MemberRole } from '../visibility/types.ts';
import { planItemKinds, planSections } from './plan-sections.ts';
import { ReadersSchema } from './readers.ts';
import { DateTime, Ref, StringEnum, Uuid } from './schema-kit.ts';

/** Wire shapes shared by the API and the portal: one schema each, the types derived from it. */

const addressings = ['je', 'u'] as const satisfies readonly Addressing[];
const memberRoles = ['ouder', 'jeugdige', 'netwerk', 'volwassene'] as const satisfies readonly MemberRole[];

/** A member a helper helps through an active delegation. */
export const HelpedMemberSchema = Type.Object({ memberId: Type.String(), name: Type.String(), familyId: Type.String() });
export type HelpedMember = Static<typeof HelpedMemberSchema>;

/**
 * Who is signed in. `addressing`: how member screens speak to her, "je" under 18 on today's Dutch day.
 * `actingFor`: for a helper, the member named in `Ons-Plan-Als: namens:<id>` or the only one she helps;
 * absent while she helps several and has not chosen. `helping`: every member she helps now ("Wie helpt u nu?").
 * `organisation`/`jobTitle`: for a professional or helper, shown in the workspace.
 */
export const MeSchema = Type.Object(
  {
    kind: StringEnum(['member', 'helper', 'professional', 'beheerder']),
    name: Type.String(),
    addressing: StringEnum(addressings),
    actingFor: Type.Optional(Type.Object({ memberId: Type.String(), name: Type.String() })),
    helping: Type.Optional(Type.Array(HelpedMemberSchema)),
    organisation: Type.Optional(Type.String()),
    jobTitle: Type.Optional(Type.String()),
    session: Type.Object({ expiresAt: DateTime(), idleExpiresAt: DateTime() }),
  },
  { $id: 'Me' },
);
export type Me = Static<typeof MeSchema>;

/** `hiddenFrom`: only on your own details, first names of the members a professional hid this from ("Mark ziet uw adres niet"). */
export const MemberFieldViewSchema = Type.Object({
  id: Uuid(),
  field: StringEnum(['adres', 'telefoon', 'email']),
  value: Type.String(),
  readers: Ref(ReadersSchema),
  hiddenFrom: Type.Optional(Type.Array(Type.String())),
});
export type MemberFieldView = Static<typeof MemberFieldViewSchema>;

export const FamilyMemberViewSchema = Type.Object({
  id: Uuid(),
  firstName: Type.String(),
  role: StringEnum(memberRoles),
  isMe: Type.Boolean(),
  fields: Type.Array(MemberFieldViewSchema),
});
export type FamilyMemberView = Static<typeof FamilyMemberViewSchema>;

export const FamilySummarySchema = Type.Object({ id: Uuid(), name: Type.String(), members: Type.Array(FamilyMemberViewSchema) }, { $id: 'Family' });
export type FamilySummary = Static<typeof FamilySummarySchema>;

/** What an item says, as this viewer may see it. `key` is the same for this item in every version; `scaleLow`/`scaleHigh` say what 0 and 10 mean. */
const planItemContentFields = {
  id: Uuid(),
  key: Uuid(),
  section: StringEnum(planSections),
  kind: StringEnum(planItemKinds),
  position: Type.Integer(),
  what: Type.String(),
  who: Type.String(),
  when: Type.String(),
  where: Type.Optional(Type.String()),
  whatIf: Type.Optional(Type.String()),
  scale: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  scaleLow: Type.Optional(Type.String()),
  scaleHigh: Type.Optional(Type.String()),
};
export const PlanItemContentSchema = Type.Object(planItemContentFields);
export type PlanItemContent = Static<typeof PlanItemContentSchema>;

/** `commentReaders`: who would read a comment you write here for "iedereen die dit ziet"; absent when you cannot comment. */
export const PlanItemViewSchema = Type.Object({ ...planItemContentFields, readers: Ref(ReadersSchema), commentReaders: Type.Optional(Ref(ReadersSchema)) });
export type PlanItemView = Static<typeof PlanItemViewSchema>;

/** `commentReaders`: who would read a comment on the whole plan for "iedereen die het plan ziet"; absent when you cannot comment. */
export const PlanViewSchema = Type.Object(
  {
    familyId: Uuid(),
    planId: Uuid(),
    title: Type.String(),
    summary: Type.String(),
    version: Type.Object({ id: Uuid(), number: Type.Integer(), publishedAt: DateTime() }),
    items: Type.Array(PlanItemViewSchema),
    commentReaders: Type.Optional(Ref(ReadersSchema)),
  },
  { $id: 'Plan' },
);
export type PlanView = Static<typeof PlanViewSchema>;
