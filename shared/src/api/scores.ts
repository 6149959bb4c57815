import { Type, type Static } from 'typebox';
import { ReadersSchema } from './readers.ts';
import { DateTime, OneOf, Ref, Uuid } from './schema-kit.ts';

/** Wire shapes of "Hoe gaat het nu?" (issue 13, point 2): scores on the doelen of the plan; one schema each, the types derived from it. */

/** Whom a member lets read her score: the professionals only (the default), or them and named members. */
export const ScoreReadersInputSchema = OneOf([
  Type.Object({ kind: Type.Literal('professionals') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('leden'), memberIds: Type.Array(Uuid(), { minItems: 1, maxItems: 20, uniqueItems: true }) }, { additionalProperties: false }),
]);
export type ScoreReadersInput = Static<typeof ScoreReadersInputSchema>;

/** A score as the member sends it through the outbox; `clientId` makes a replay harmless. */
export const NewScoreSchema = Type.Object(
  {
    clientId: Uuid(),
    itemKey: Uuid(),
    value: Type.Integer({ minimum: 0, maximum: 10 }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    readers: Type.Optional(ScoreReadersInputSchema),
  },
  { additionalProperties: false },
);
export type NewScore = Static<typeof NewScoreSchema>;

/** `memberId`/`memberName`: the writer, as this viewer may know her; absent when the viewer may not see her name. */
export const ScoreViewSchema = Type.Object(
  {
    id: Type.String(),
    itemKey: Type.String(),
    value: Type.Integer(),
    note: Type.Optional(Type.String()),
    createdAt: DateTime(),
    memberId: Type.Optional(Type.String()),
    memberName: Type.Optional(Type.String()),
    isMine: Type.Boolean(),
    readers: Ref(ReadersSchema),
  },
  { additionalProperties: false },
);
export type ScoreView = Static<typeof ScoreViewSchema>;

/** One doel with its scale and the scores this viewer may read, oldest first. `readerChoices`: members she may name as readers of a new score; absent when she cannot score. */
export const ScoreDoelSchema = Type.Object(
  {
    itemKey: Type.String(),
    what: Type.String(),
    scaleLow: Type.Optional(Type.String()),
    scaleHigh: Type.Optional(Type.String()),
    scores: Type.Array(ScoreViewSchema),
    readerChoices: Type.Optional(Type.Array(Type.Object({ id: Type.String(), firstName: Type.String() }, { additionalProperties: false }))),
  },
  { additionalProperties: false },
);
export type ScoreDoel = Static<typeof ScoreDoelSchema>;

export const ScoresPageSchema = Type.Object({ familyId: Type.String(), doelen: Type.Array(ScoreDoelSchema) }, { additionalProperties: false });
export type ScoresPage = Static<typeof ScoresPageSchema>;
