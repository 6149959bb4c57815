/** Wire shapes for correctieverzoeken and eigen verklaringen (REQUIREMENTS A1–A4): one schema each, the types derived from it. */
import { Type, type Static } from 'typebox';
import type { CorrectieKind, CorrectieOutcome, CorrectieStatus, CorrectieTargetKind, RemovalGround } from '../corrections/status.ts';
import { BodyText } from './comments.ts';
import { CalendarDay, DateTime, Nullable, Ref, StringEnum, Uuid } from './schema-kit.ts';

const targetKinds = ['plan-item', 'comment', 'member-field', 'member', 'score'] as const satisfies readonly CorrectieTargetKind[];
const correctieKinds = ['wijzigen', 'aanvullen', 'verwijderen'] as const satisfies readonly CorrectieKind[];
const outcomes = ['toekennen', 'deels', 'afwijzen'] as const satisfies readonly CorrectieOutcome[];
const statuses = ['ontvangen', 'in-behandeling', 'extra-tijd', 'toegekend', 'deels-toegekend', 'afgewezen'] as const satisfies readonly CorrectieStatus[];
const removalGrounds = ['belang-ander', 'wettelijke-plicht'] as const satisfies readonly RemovalGround[];

const itemText = () => Type.String({ maxLength: 1000 });

/** What a request is about. For a plan item the id is its key, the same in every version. */
export const CorrectieTargetSchema = Type.Object({ kind: StringEnum(targetKinds), id: Uuid() });
export type CorrectieTarget = Static<typeof CorrectieTargetSchema>;

/** `clientId` is made by the client (the same id twice stores one request); `proposedText` is the new text (wijzigen) or the text to add (aanvullen). */
export const NewCorrectieverzoekSchema = Type.Object(
  {
    clientId: Uuid(),
    target: Type.Object({ kind: StringEnum(targetKinds), id: Uuid() }, { additionalProperties: false }),
    kind: StringEnum(correctieKinds),
    proposedText: Type.Optional(BodyText()),
    reason: BodyText(),
  },
  {
    additionalProperties: false,
    // Wijzigen and aanvullen say what the text should be (verwijderen has nothing to propose: the data layer says so).
    if: { required: ['kind'], properties: { kind: { enum: ['wijzigen', 'aanvullen'] } } },
    then: { required: ['proposedText'] },
  },
);
export type NewCorrectieverzoek = Static<typeof NewCorrectieverzoekSchema>;

/**
 * The change a granted (or partly granted) request makes. Which keys fit depends on the target:
 * a plan item `what`, `who`, `when`, `where`, `whatIf`; a personal field `value`; a comment `body`;
 * a member record `firstName`, `lastName`, `birthDate`.
 */
export const CorrectieChangeSchema = Type.Object(
  {
    what: Type.Optional(Type.String({ maxLength: 1000, minLength: 1 })),
    who: Type.Optional(itemText()),
    when: Type.Optional(itemText()),
    where: Type.Optional(itemText()),
    whatIf: Type.Optional(itemText()),
    value: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    body: Type.Optional(BodyText()),
    firstName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    lastName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    birthDate: Type.Optional(CalendarDay()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type CorrectieChange = Static<typeof CorrectieChangeSchema>;

/**
 * A decision. `reasons` is required for deels and afwijzen (A2): a refusal without reasons never gets
 * past this schema. `change` is required for deels; for toekennen it defaults to the member's proposal.
 * `removalGround` is required when a removal request is not (fully) granted (A4; the data layer says so).
 */
export const CorrectieBesluitSchema = Type.Object(
  { outcome: StringEnum(outcomes), reasons: Type.Optional(BodyText()), change: Type.Optional(CorrectieChangeSchema), removalGround: Type.Optional(StringEnum(removalGrounds)) },
  {
    additionalProperties: false,
    allOf: [
      { if: { required: ['outcome'], properties: { outcome: { enum: ['deels', 'afwijzen'] } } }, then: { required: ['reasons'] } },
      { if: { required: ['outcome'], properties: { outcome: { const: 'deels' } } }, then: { required: ['change'] } },
    ],
  },
);
export type CorrectieBesluit = Static<typeof CorrectieBesluitSchema>;

/** Why more time is needed; the member reads it. */
export const CorrectieVerlengingSchema = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false });
export type CorrectieVerlenging = Static<typeof CorrectieVerlengingSchema>;

/** `dueOn`: the due date that counts now; `warning`: a week before it, or later; `destroyBy`: for a removal request, the day granted data must be destroyed (A4). */
export const CorrectieDeadlineViewSchema = Type.Object({
  receivedOn: CalendarDay(),
  firstDueOn: CalendarDay(),
  extendedDueOn: Nullable(CalendarDay()),
  dueOn: CalendarDay(),
  daysLeft: Type.Integer(),
  warning: Type.Boolean(),
  overdue: Type.Boolean(),
  destroyBy: Type.Optional(CalendarDay()),
});
export type CorrectieDeadlineView = Static<typeof CorrectieDeadlineViewSchema>;

/**
 * `rightsNotice`: refused in whole or part, so the portal shows the right to complain to the
 * Autoriteit Persoonsgegevens and to go to court (`correction.refusal.*`, A2). `change`: the change
 * made; only professionals get it.
 */
export const CorrectieDecisionViewSchema = Type.Object({
  status: StringEnum(['toegekend', 'deels-toegekend', 'afgewezen']),
  decidedAt: DateTime(),
  reasons: Nullable(Type.String()),
  removalGround: Nullable(StringEnum(removalGrounds)),
  rightsNotice: Type.Boolean(),
  change: Type.Optional(CorrectieChangeSchema),
});
export type CorrectieDecisionView = Static<typeof CorrectieDecisionViewSchema>;

/** Who wrote or asked; `byHelper`: the first name of the helper who did it for the member ("Ria namens Samira"). */
const PersonSchema = Type.Object({ name: Type.Optional(Type.String()), isMe: Type.Boolean(), byHelper: Type.Optional(Type.String()) });

export const EigenVerklaringViewSchema = Type.Object(
  { id: Uuid(), target: CorrectieTargetSchema, correctieverzoekId: Nullable(Type.String()), body: Type.String(), createdAt: DateTime(), author: PersonSchema },
  { $id: 'EigenVerklaring' },
);
export type EigenVerklaringView = Static<typeof EigenVerklaringViewSchema>;

const correctieverzoekFields = {
  id: Uuid(),
  familyId: Uuid(),
  target: Type.Object({ kind: StringEnum(targetKinds), id: Uuid(), label: Type.Optional(Type.String()) }),
  kind: StringEnum(correctieKinds),
  proposedText: Nullable(Type.String()),
  reason: Type.String(),
  status: StringEnum(statuses),
  requester: PersonSchema,
  createdAt: DateTime(),
  deadline: CorrectieDeadlineViewSchema,
  extension: Nullable(Type.Object({ reason: Type.String(), at: DateTime() })),
  decision: Nullable(CorrectieDecisionViewSchema),
  eigenVerklaringen: Type.Array(Ref(EigenVerklaringViewSchema)),
  mayAddEigenVerklaring: Type.Boolean(),
};

export const CorrectieverzoekViewSchema = Type.Object(correctieverzoekFields, { $id: 'Correctieverzoek' });
export type CorrectieverzoekView = Static<typeof CorrectieverzoekViewSchema>;

export const CorrectieverzoekListSchema = Type.Object({ correctieverzoeken: Type.Array(Ref(CorrectieverzoekViewSchema)) }, { $id: 'CorrectieverzoekList' });
export type CorrectieverzoekList = Static<typeof CorrectieverzoekListSchema>;

/** A professional's inbox: the open requests of all their families, most urgent first. */
export const CorrectieInboxSchema = Type.Object(
  { correctieverzoeken: Type.Array(Type.Object({ ...correctieverzoekFields, familyName: Type.String() })) },
  { $id: 'CorrectieInbox' },
);
export type CorrectieInbox = Static<typeof CorrectieInboxSchema>;

export const NewEigenVerklaringSchema = Type.Object({ clientId: Uuid(), body: BodyText() }, { additionalProperties: false });
export type NewEigenVerklaring = Static<typeof NewEigenVerklaringSchema>;

export const EigenVerklaringListSchema = Type.Object({ eigenVerklaringen: Type.Array(Ref(EigenVerklaringViewSchema)) }, { $id: 'EigenVerklaringList' });
export type EigenVerklaringList = Static<typeof EigenVerklaringListSchema>;

export const CorrectieverzoekParamsSchema = Type.Object({ familyId: Uuid(), requestId: Uuid() }, { additionalProperties: false });
export const EigenVerklaringParamsSchema = Type.Object({ familyId: Uuid(), verklaringId: Uuid() }, { additionalProperties: false });
