import { Type, type Static } from 'typebox';
import { DateTime, NullableRef, StringEnum, Uuid } from './schema-kit.ts';

/**
 * Wire shapes for instemming: a member's agreement with one exact plan version. Kept apart from
 * toestemming (consent to share data) in data, API and screens (REQUIREMENTS B4). One schema each,
 * the types derived from it.
 */

export const instemmingDecisions = ['eens', 'eens-met-opmerking', 'niet-eens'] as const;
export type InstemmingDecision = (typeof instemmingDecisions)[number];

const MemberRef = () => Type.Object({ memberId: Uuid(), firstName: Type.String() });

/** Who gave an answer. `name`: first name of the member or the helper, absent when the viewer may not see who; `onBehalfOf`: a helper answered for this member; `isMe`: answered by the member whose view this is (or their helper). */
export const InstemmingByViewSchema = Type.Object({
  kind: StringEnum(['member', 'helper']),
  name: Type.Optional(Type.String()),
  onBehalfOf: Type.Optional(Type.String()),
  isMe: Type.Boolean(),
});
export type InstemmingByView = Static<typeof InstemmingByViewSchema>;

/** `memberId`: the member the answer is for, the one who answered or their child under 12. `remark`: always there for eens-met-opmerking and niet-eens. */
export const InstemmingAnswerViewSchema = Type.Object(
  {
    id: Uuid(),
    versionId: Uuid(),
    versionNumber: Type.Integer(),
    memberId: Uuid(),
    decision: StringEnum(instemmingDecisions),
    remark: Type.Optional(Type.String()),
    answeredAt: DateTime(),
    by: InstemmingByViewSchema,
  },
  { $id: 'InstemmingAnswer' },
);
export type InstemmingAnswerView = Static<typeof InstemmingAnswerViewSchema>;

/** An item as the viewer may see it, for "what changed" (hidden fields left out). */
export const PlanItemChangeViewSchema = Type.Object({ key: Uuid(), what: Type.String() });
export type PlanItemChangeView = Static<typeof PlanItemChangeViewSchema>;

/** What changed, for this viewer, since the version they last answered; items they may not see are never named. `removed`: text as it was in the older version. */
export const PlanChangesViewSchema = Type.Object({
  fromVersion: Type.Integer(),
  added: Type.Array(PlanItemChangeViewSchema),
  changed: Type.Array(PlanItemChangeViewSchema),
  removed: Type.Array(PlanItemChangeViewSchema),
});
export type PlanChangesView = Static<typeof PlanChangesViewSchema>;

/**
 * One instemming the viewer gives: for themself, or as a parent with gezag for a child under 12.
 * `answer`: the latest answer on this version, null when still open. `previous`: the latest answer on
 * an earlier version while this one is open (asked again). `changesSince`: only with `previous`.
 */
export const MyInstemmingViewSchema = Type.Object({
  memberId: Uuid(),
  firstName: Type.String(),
  forSelf: Type.Boolean(),
  answer: NullableRef(InstemmingAnswerViewSchema),
  previous: NullableRef(InstemmingAnswerViewSchema),
  changesSince: Type.Optional(PlanChangesViewSchema),
});
export type MyInstemmingView = Static<typeof MyInstemmingViewSchema>;

/**
 * For professionals: per member, who answers for them and what each one answered on this version.
 * `status` beantwoord: everyone who answers for this member did; niet-nodig: nobody answers (parent
 * without gezag). `remindedAt`: the latest reminder to this decider on this version.
 */
export const MemberInstemmingViewSchema = Type.Object({
  memberId: Uuid(),
  firstName: Type.String(),
  status: StringEnum(['beantwoord', 'open', 'niet-nodig']),
  deciders: Type.Array(Type.Object({ memberId: Uuid(), firstName: Type.String(), answer: NullableRef(InstemmingAnswerViewSchema), remindedAt: Type.Optional(DateTime()) })),
});
export type MemberInstemmingView = Static<typeof MemberInstemmingViewSchema>;

/** A professional asked the viewer to answer this version; shown until the viewer answers. `byName`: the professional's first name. */
export const InstemmingReminderViewSchema = Type.Object({ byName: Type.String(), byJobTitle: Type.Optional(Type.String()), at: DateTime() });
export type InstemmingReminderView = Static<typeof InstemmingReminderViewSchema>;

/** The answer to "Herinnering sturen": who was reminded now, and who already was today. */
export const InstemmingRemindersSentSchema = Type.Object(
  { versionId: Uuid(), reminded: Type.Array(MemberRef()), alreadyToday: Type.Array(MemberRef()) },
  { $id: 'InstemmingRemindersSent' },
);
export type InstemmingRemindersSent = Static<typeof InstemmingRemindersSentSchema>;

/** `versionId`: the version the professional looked at; an older one answers 409 plan-veranderd. */
export const NewInstemmingRemindersSchema = Type.Object({ versionId: Uuid() }, { additionalProperties: false });
export type NewInstemmingReminders = Static<typeof NewInstemmingRemindersSchema>;

/** `mine`: the instemmingen the viewer gives, empty for professionals; `members`: professionals only, every member; `reminder`: while one of `mine` is still open on this version. */
export const InstemmingOverviewSchema = Type.Object(
  {
    version: Type.Object({ id: Uuid(), number: Type.Integer(), publishedAt: DateTime(), isCurrent: Type.Boolean() }),
    mine: Type.Array(MyInstemmingViewSchema),
    reminder: Type.Optional(InstemmingReminderViewSchema),
    members: Type.Optional(Type.Array(MemberInstemmingViewSchema)),
  },
  { $id: 'InstemmingOverview' },
);
export type InstemmingOverview = Static<typeof InstemmingOverviewSchema>;

/**
 * `clientId` is made by the client (the same id twice stores one answer). `versionId`: the exact
 * version the member read; an older one answers 409 plan-veranderd. `remark`: required for
 * eens-met-opmerking and niet-eens, not allowed with eens (the data layer says so). `memberId`: a
 * parent with gezag answering for a child under 12; default yourself.
 */
export const NewInstemmingSchema = Type.Object(
  { clientId: Uuid(), versionId: Uuid(), decision: StringEnum(instemmingDecisions), remark: Type.Optional(Type.String({ maxLength: 4000 })), memberId: Type.Optional(Uuid()) },
  { additionalProperties: false },
);
export type NewInstemming = Static<typeof NewInstemmingSchema>;

export const InstemmingOverviewQuerySchema = Type.Object({ versionId: Type.Optional(Uuid()) }, { additionalProperties: false });
