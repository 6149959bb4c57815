import { Type, type Static } from 'typebox';
import type { AgeBand } from '../consent/deciders.ts';
import type { ToestemmingStatus } from '../consent/status.ts';
import { CalendarDay, DateTime, NullableRef, OneOf, Ref, StringEnum, Uuid } from './schema-kit.ts';

/**
 * Wire shapes for toestemming: consent to share a member's data with a named recipient, for a
 * purpose, until a date. Kept apart from instemming (agreement with a plan version; REQUIREMENTS B4).
 * One schema each, the types derived from it.
 */

const ageBands = ['onder-12', '12-15', '16-17', 'volwassen'] as const satisfies readonly AgeBand[];
const statuses = ['compleet', 'onvolledig', 'geweigerd', 'ingetrokken', 'verlopen'] as const satisfies readonly ToestemmingStatus[];
const Person = () => Type.Object({ memberId: Uuid(), firstName: Type.String() });

export const toestemmingRecipientKinds = ['organisatie', 'professional', 'gezinslid'] as const;
export type ToestemmingRecipientKind = (typeof toestemmingRecipientKinds)[number];

/** `memberId`: for a family member. */
export const ToestemmingRecipientViewSchema = Type.Object({ kind: StringEnum(toestemmingRecipientKinds), name: Type.String(), memberId: Type.Optional(Uuid()) });
export type ToestemmingRecipientView = Static<typeof ToestemmingRecipientViewSchema>;

/** `validUntil`: the last day it holds, for `gegeven`. */
export const ToestemmingDecisionViewSchema = Type.Object(
  {
    id: Uuid(),
    subjectMemberId: Uuid(),
    recipient: ToestemmingRecipientViewSchema,
    purpose: Type.String(),
    decision: StringEnum(['gegeven', 'geweigerd', 'ingetrokken']),
    validUntil: Type.Optional(CalendarDay()),
    decidedAt: DateTime(),
    by: Type.Object({
      kind: StringEnum(['member', 'helper']),
      memberId: Type.Optional(Uuid()),
      name: Type.Optional(Type.String()),
      onBehalfOf: Type.Optional(Type.String()),
      isMe: Type.Boolean(),
    }),
  },
  { $id: 'ToestemmingDecision' },
);
export type ToestemmingDecisionView = Static<typeof ToestemmingDecisionViewSchema>;

/**
 * The state of one toestemming (one member's data, one recipient) and its full history. `status`
 * onbekend: someone else must also decide and you may not see their decision. `purpose`/`validUntil`:
 * of the latest decision. `deciders`: who must decide today, each with their latest decision (only
 * those you may see). `history`: every decision you may see, newest first.
 */
export const ToestemmingStateViewSchema = Type.Object(
  {
    subject: Person(),
    recipient: ToestemmingRecipientViewSchema,
    status: StringEnum([...statuses, 'onbekend']),
    purpose: Type.String(),
    validUntil: Type.Optional(CalendarDay()),
    deciders: Type.Array(Type.Object({ memberId: Uuid(), firstName: Type.String(), decision: NullableRef(ToestemmingDecisionViewSchema) })),
    history: Type.Array(Ref(ToestemmingDecisionViewSchema)),
  },
  { $id: 'ToestemmingState' },
);
export type ToestemmingStateView = Static<typeof ToestemmingStateViewSchema>;

/** A member whose data the viewer decides on (or, for professionals, every member). `deciders`: who must decide today, only members you may see. `mayDecide`: you (or the member you help) decide on this member's data. */
export const ToestemmingSubjectViewSchema = Type.Object({
  memberId: Uuid(),
  firstName: Type.String(),
  band: StringEnum(ageBands),
  deciders: Type.Array(Person()),
  mayDecide: Type.Boolean(),
});
export type ToestemmingSubjectView = Static<typeof ToestemmingSubjectViewSchema>;

export const ToestemmingOverviewSchema = Type.Object(
  { subjects: Type.Array(ToestemmingSubjectViewSchema), toestemmingen: Type.Array(Ref(ToestemmingStateViewSchema)) },
  { $id: 'ToestemmingOverview' },
);
export type ToestemmingOverview = Static<typeof ToestemmingOverviewSchema>;

/**
 * `clientId` is made by the client (the same id twice stores one decision). `subjectMemberId`: whose
 * data, yourself or a child you decide for. `validUntil`: required with `gegeven`, the last day it
 * holds, after today (the data layer says so).
 */
export const NewToestemmingSchema = Type.Object(
  {
    clientId: Uuid(),
    subjectMemberId: Uuid(),
    recipient: OneOf([
      Type.Object({ kind: StringEnum(['organisatie', 'professional']), name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
      Type.Object({ kind: Type.Literal('gezinslid'), memberId: Uuid() }, { additionalProperties: false }),
    ]),
    purpose: Type.String({ minLength: 1, maxLength: 500 }),
    decision: StringEnum(['gegeven', 'geweigerd']),
    validUntil: Type.Optional(CalendarDay()),
  },
  { additionalProperties: false },
);
export type NewToestemming = Static<typeof NewToestemmingSchema>;

export const RevokeToestemmingSchema = Type.Object({ clientId: Uuid() }, { additionalProperties: false });
export type RevokeToestemming = Static<typeof RevokeToestemmingSchema>;

export const ToestemmingParamsSchema = Type.Object({ familyId: Uuid(), toestemmingId: Uuid() }, { additionalProperties: false });
