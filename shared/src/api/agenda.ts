import { Type, type Static } from 'typebox';
import { DateTime, Ref, StringEnum, Uuid } from './schema-kit.ts';

/**
 * Wire shapes for the agenda (issue 13, point 1): a professional plans an appointment with named
 * members and professionals; a member sees the ones she takes part in, downloads one as `.ics` and
 * may ask to move it; the professional answers with a new time or a no. One schema each, the types
 * derived from it.
 */

/** Where the appointment is: at an address, by video (a link) or by phone (a number). */
export const afspraakPlaceKinds = ['adres', 'video', 'telefoon'] as const;
export type AfspraakPlaceKind = (typeof afspraakPlaceKinds)[number];

export const verplaatsAntwoordKinds = ['nieuw-moment', 'nee'] as const;
export type VerplaatsAntwoordKind = (typeof verplaatsAntwoordKinds)[number];

/** `value`: the address, the video link or the phone number. */
export const AfspraakPlaceSchema = Type.Object({ kind: StringEnum(afspraakPlaceKinds), value: Type.String() }, { additionalProperties: false });
export type AfspraakPlace = Static<typeof AfspraakPlaceSchema>;

const Ids = () => Type.Array(Uuid(), { maxItems: 20 });

/**
 * What a professional sends to plan or change an appointment. `memberIds`: members who take part
 * (they, and only they, see it); `professionalIds`: professionals (user ids) who take part besides the
 * planner; `placeHiddenFrom`: participants from whom the place is hidden (a shelter address).
 * Blank text passes here and gets its own field message in the data layer.
 */
const afspraakInputFields = {
  title: Type.String({ maxLength: 200 }),
  start: DateTime(),
  end: DateTime(),
  place: Type.Object({ kind: StringEnum(afspraakPlaceKinds), value: Type.String({ maxLength: 500 }) }, { additionalProperties: false }),
  memberIds: Ids(),
  professionalIds: Ids(),
  placeHiddenFrom: Ids(),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
};
export const AfspraakInputSchema = Type.Object(afspraakInputFields, { additionalProperties: false });
export type AfspraakInput = Static<typeof AfspraakInputSchema>;

export const NewAfspraakSchema = Type.Object({ clientId: Uuid(), ...afspraakInputFields }, { additionalProperties: false });
export type NewAfspraak = Static<typeof NewAfspraakSchema>;

export const CancelAfspraakSchema = Type.Object({}, { additionalProperties: false });

/** A member's "Ik kan niet, kan het op een ander moment?" with its answer, once given. */
export const VerplaatsverzoekViewSchema = Type.Object(
  {
    id: Uuid(),
    reason: Type.String(),
    askedAt: DateTime(),
    askedBy: Type.Object({ memberId: Uuid(), firstName: Type.String() }, { additionalProperties: false }),
    answer: Type.Optional(
      Type.Object(
        {
          kind: StringEnum(verplaatsAntwoordKinds),
          message: Type.String(),
          start: Type.Optional(DateTime()),
          end: Type.Optional(DateTime()),
          answeredAt: DateTime(),
          answeredBy: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type VerplaatsverzoekView = Static<typeof VerplaatsverzoekViewSchema>;

/**
 * `place`: absent when hidden from this viewer; `placeHiddenFrom`: for professionals only.
 * `professionals`: who take part besides the planner, `userId` only for a professional viewer.
 * `sequence`: raised on every change, so a calendar takes the newer `.ics`. `verplaatsverzoeken`: for
 * a member her own, for a professional every one. `mayAskToMove`: the viewer (or the member she
 * helps) may ask to move it now.
 */
export const AfspraakViewSchema = Type.Object(
  {
    id: Uuid(),
    title: Type.String(),
    start: DateTime(),
    end: DateTime(),
    place: Type.Optional(AfspraakPlaceSchema),
    placeKind: StringEnum(afspraakPlaceKinds),
    placeHiddenFrom: Type.Optional(Type.Array(Uuid())),
    note: Type.Optional(Type.String()),
    members: Type.Array(Type.Object({ memberId: Uuid(), firstName: Type.String() }, { additionalProperties: false })),
    professionals: Type.Array(Type.Object({ name: Type.String(), organisation: Type.Optional(Type.String()), userId: Type.Optional(Uuid()) }, { additionalProperties: false })),
    plannedBy: Type.Object({ name: Type.String(), organisation: Type.Optional(Type.String()) }, { additionalProperties: false }),
    cancelled: Type.Boolean(),
    sequence: Type.Integer(),
    verplaatsverzoeken: Type.Array(VerplaatsverzoekViewSchema),
    mayAskToMove: Type.Boolean(),
  },
  { $id: 'Afspraak', additionalProperties: false },
);
export type AfspraakView = Static<typeof AfspraakViewSchema>;

/** `professionals`: for a professional only, the family's professionals today, who can be asked to take part. */
export const AfsprakenOverviewSchema = Type.Object(
  {
    afspraken: Type.Array(Ref(AfspraakViewSchema)),
    professionals: Type.Optional(Type.Array(Type.Object({ userId: Uuid(), name: Type.String() }, { additionalProperties: false }))),
  },
  { $id: 'Afspraken', additionalProperties: false },
);
export type AfsprakenOverview = Static<typeof AfsprakenOverviewSchema>;

export const NewVerplaatsverzoekSchema = Type.Object({ clientId: Uuid(), reason: Type.String({ maxLength: 500 }) }, { additionalProperties: false });
export type NewVerplaatsverzoek = Static<typeof NewVerplaatsverzoekSchema>;

/** With `nieuw-moment`: `start` and `end` are the new time, which the appointment then takes. */
export const VerplaatsAntwoordSchema = Type.Object(
  { kind: StringEnum(verplaatsAntwoordKinds), message: Type.String({ maxLength: 500 }), start: Type.Optional(DateTime()), end: Type.Optional(DateTime()) },
  { additionalProperties: false },
);
export type VerplaatsAntwoord = Static<typeof VerplaatsAntwoordSchema>;

export const AfspraakParamsSchema = Type.Object({ familyId: Uuid(), afspraakId: Uuid() }, { additionalProperties: false });
export const VerplaatsverzoekParamsSchema = Type.Object({ familyId: Uuid(), afspraakId: Uuid(), verzoekId: Uuid() }, { additionalProperties: false });

/** An appointment as an agenda file (.ics), text not JSON. */
export const IcsFileSchema = Type.String();
