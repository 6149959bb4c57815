import { Type, type Static } from 'typebox';
import { youthSayFields, youthSayReasons, youthSaySections } from './youth-say-choices.ts';
import { OneOf, StringEnum, Uuid } from './schema-kit.ts';

/** Wire shapes for "Wat zien je ouders van jou?" (issue 11): what a youth's parents see of her, and why; one schema each, the types derived from it. */

const ItemTarget = Type.Object({ kind: Type.Literal('item'), key: Uuid() }, { additionalProperties: false });
const FieldTarget = Type.Object({ kind: Type.Literal('field'), field: StringEnum(youthSayFields) }, { additionalProperties: false });
const SectionTarget = Type.Object({ kind: Type.Literal('section'), section: StringEnum(youthSaySections) }, { additionalProperties: false });

/** `parentId`: the parent's member id, for a choice. */
export const YouthSayParentViewSchema = Type.Object({ parentId: Type.String(), sees: Type.Boolean(), reason: StringEnum(youthSayReasons) }, { additionalProperties: false });
export type YouthSayParentView = Static<typeof YouthSayParentViewSchema>;

/** `target`: what a choice names, an item key or a contact field; `text`: the item's text ("what") or the contact field's value. */
export const YouthSayObjectViewSchema = Type.Object(
  { target: OneOf([ItemTarget, FieldTarget]), text: Type.String(), parents: Type.Array(YouthSayParentViewSchema) },
  { additionalProperties: false },
);
export type YouthSayObjectView = Static<typeof YouthSayObjectViewSchema>;

/** `mayChoose`: from 16 she opens or closes her items herself; under 16 the page only shows. `parents`: her parents whom she may see, by first name. */
export const YouthSayPageSchema = Type.Object(
  {
    member: Type.Object({ id: Type.String(), firstName: Type.String(), age: Type.Integer() }, { additionalProperties: false }),
    mayChoose: Type.Boolean(),
    parents: Type.Array(Type.Object({ id: Type.String(), firstName: Type.String() }, { additionalProperties: false })),
    sections: Type.Array(Type.Object({ section: StringEnum(youthSaySections), objects: Type.Array(YouthSayObjectViewSchema) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type YouthSayPage = Static<typeof YouthSayPageSchema>;

/** One step on the page: open or close one item, one contact detail or a whole section for one or more parents. */
export const YouthChoiceInputSchema = Type.Object(
  {
    parentIds: Type.Array(Uuid(), { minItems: 1, maxItems: 10, uniqueItems: true }),
    target: OneOf([ItemTarget, FieldTarget, SectionTarget]),
    open: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type YouthChoiceInput = Static<typeof YouthChoiceInputSchema>;
