import { Type, type Static } from 'typebox';
import { requestDataKinds } from '../consent/request.ts';
import { CalendarDay, DateTime, Nullable, Ref, StringEnum, Uuid } from './schema-kit.ts';

/**
 * Wire shapes for a toestemmingsverzoek: a professional asks the people who decide on a member's
 * data for toestemming to share it with a named organisation. Each decider answers from a card; a
 * yes is a normal toestemming (revocable as any), a no is recorded as a refusal. One schema each,
 * the types derived from it.
 */

export const requestAnswers = ['ja', 'nee'] as const;
export type RequestAnswer = (typeof requestAnswers)[number];

const DataKinds = () => Type.Array(StringEnum(requestDataKinds), { maxItems: requestDataKinds.length });
const AnsweredBy = () => Type.Object({ kind: StringEnum(['member', 'helper']), name: Type.Optional(Type.String()), onBehalfOf: Type.Optional(Type.String()) });

/** `dataOther`: other data, in the professional's words. */
const commonFields = {
  id: Uuid(),
  subject: Type.Object({ memberId: Uuid(), firstName: Type.String() }),
  organisation: Type.String(),
  purpose: Type.String(),
  dataKinds: DataKinds(),
  dataOther: Type.Optional(Type.String()),
  validUntil: CalendarDay(),
  note: Type.Optional(Type.String()),
  askedBy: Type.Object({ name: Type.String(), organisation: Type.Optional(Type.String()) }),
  askedAt: DateTime(),
  withdrawn: Type.Boolean(),
};

/**
 * A question as a family member (or her helper) sees it: never someone else's answer. `mayAnswer`:
 * the viewer (or the member she helps) answers this question and has not yet. `myAnswer`: that
 * answer, with who pressed the button.
 */
export const ToestemmingsverzoekViewSchema = Type.Object(
  {
    ...commonFields,
    mayAnswer: Type.Boolean(),
    myAnswer: Type.Optional(Type.Object({ answer: StringEnum(requestAnswers), answeredAt: DateTime(), by: AnsweredBy() })),
  },
  { $id: 'Toestemmingsverzoek' },
);
export type ToestemmingsverzoekView = Static<typeof ToestemmingsverzoekViewSchema>;

/** The same question as a professional of the family sees it: everyone's answers and the state (open: someone still has to answer; gegeven: all said yes; geweigerd: someone said no). */
export const ToestemmingsverzoekWorkViewSchema = Type.Object(
  {
    ...commonFields,
    status: StringEnum(['open', 'gegeven', 'geweigerd', 'ingetrokken']),
    answers: Type.Array(
      Type.Object({
        memberId: Uuid(),
        firstName: Type.String(),
        answer: Nullable(StringEnum(requestAnswers)),
        answeredAt: Type.Optional(DateTime()),
        by: Type.Optional(AnsweredBy()),
      }),
    ),
  },
  { $id: 'ToestemmingsverzoekWerk' },
);
export type ToestemmingsverzoekWorkView = Static<typeof ToestemmingsverzoekWorkViewSchema>;

/** `verzoeken`: for a member or helper, the questions addressed to them; `work`: for a professional of the family, every question with answers. */
export const ToestemmingsverzoekenOverviewSchema = Type.Object(
  { verzoeken: Type.Array(Ref(ToestemmingsverzoekViewSchema)), work: Type.Array(Ref(ToestemmingsverzoekWorkViewSchema)) },
  { $id: 'Toestemmingsverzoeken' },
);
export type ToestemmingsverzoekenOverview = Static<typeof ToestemmingsverzoekenOverviewSchema>;

/** Blank text passes here and gets its own field message in the data layer. */
export const NewToestemmingsverzoekSchema = Type.Object(
  {
    clientId: Uuid(),
    subjectMemberId: Uuid(),
    organisation: Type.String({ maxLength: 200 }),
    purpose: Type.String({ maxLength: 500 }),
    dataKinds: DataKinds(),
    dataOther: Type.Optional(Type.String({ maxLength: 300 })),
    validUntil: CalendarDay(),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type NewToestemmingsverzoek = Static<typeof NewToestemmingsverzoekSchema>;

export const AnswerToestemmingsverzoekSchema = Type.Object({ clientId: Uuid(), answer: StringEnum(requestAnswers) }, { additionalProperties: false });
export type AnswerToestemmingsverzoek = Static<typeof AnswerToestemmingsverzoekSchema>;

export const WithdrawToestemmingsverzoekSchema = Type.Object({}, { additionalProperties: false });
export const ToestemmingsverzoekParamsSchema = Type.Object({ familyId: Uuid(), requestId: Uuid() }, { additionalProperties: false });
