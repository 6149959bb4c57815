import { Type, type Static } from 'typebox';
import { CalendarDay, DateTime, Nullable } from './schema-kit.ts';

/** "Vandaag": what waits for a professional across her families, each number with its list. */

const TodayCorrectionSchema = Type.Object(
  { id: Type.String(), familyId: Type.String(), familyName: Type.String(), requesterName: Type.Optional(Type.String()), dueOn: CalendarDay(), overdue: Type.Boolean(), warning: Type.Boolean() },
  { additionalProperties: false },
);

/** A thread whose last word is a member's (or her helper's): no professional has answered after it. */
const TodayCommentSchema = Type.Object(
  { id: Type.String(), familyId: Type.String(), familyName: Type.String(), authorName: Type.Optional(Type.String()), lastAt: DateTime(), body: Type.String() },
  { additionalProperties: false },
);

const TodayDocumentSchema = Type.Object(
  { id: Type.String(), familyId: Type.String(), familyName: Type.String(), name: Type.String(), uploaderName: Type.Optional(Type.String()), createdAt: DateTime() },
  { additionalProperties: false },
);

/**
 * `contactChanges`: proposed contact details that wait for her decision. `instemming`: on the
 * current plan, who answered of those who answer; null without a published plan. `openCodes`:
 * invitation or recovery codes not used yet. `openConsentRequests`: questions for toestemming that
 * wait for an answer. `openMoveRequests`: members' questions to move an appointment (agenda).
 */
const TodayFamilySchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    contactChanges: Type.Integer(),
    instemming: Nullable(Type.Object({ answered: Type.Integer(), total: Type.Integer() }, { additionalProperties: false })),
    openCodes: Type.Integer(),
    openConsentRequests: Type.Integer(),
    openMoveRequests: Type.Integer(),
    unansweredComments: Type.Integer(),
    newDocuments: Type.Integer(),
  },
  { additionalProperties: false },
);

/**
 * `unansweredComments`: oldest first. `newDocuments`: documents members (or their helpers) shared
 * in the last `newDocumentDays` days, newest first.
 */
export const TodayViewSchema = Type.Object(
  {
    corrections: Type.Array(TodayCorrectionSchema),
    unansweredComments: Type.Array(TodayCommentSchema),
    newDocuments: Type.Array(TodayDocumentSchema),
    families: Type.Array(TodayFamilySchema),
  },
  { $id: 'Today', additionalProperties: false },
);
export type TodayView = Static<typeof TodayViewSchema>;
