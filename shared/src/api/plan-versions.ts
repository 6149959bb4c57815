import { Type, type Static } from 'typebox';
import { draftAudiences } from './plan-draft-choices.ts';
import { ItemKind, MemberIds, PublishedVersionSchema, Scale, ScaleWords, Section, ShieldReasonSchema } from './plan-drafts.ts';
import { DateTime, Nullable, OneOf, StringEnum, StringMap, Uuid } from './schema-kit.ts';

/** Wire shapes for the versions of a plan: the list, and a professional publishing a new one. A new version is validated strictly: every object closed, every text bounded. */

/** A published plan version, for the version list. */
export const PlanVersionSummarySchema = Type.Object({ id: Uuid(), number: Type.Integer(), title: Type.String(), publishedAt: DateTime(), isCurrent: Type.Boolean() });
export type PlanVersionSummary = Static<typeof PlanVersionSummarySchema>;

export const PlanVersionListSchema = Type.Array(PlanVersionSummarySchema, { $id: 'PlanVersionList' });

const ItemText = () => Type.String({ maxLength: 1000 });
const ItemOptionalText = () => Nullable(Type.String({ maxLength: 1000 }));

/** What every item needs, also a new one: its section, its kind and what it says. */
const contentEssentials = { section: Section(), kind: ItemKind(), what: Type.String({ minLength: 1, maxLength: 1000 }) };
const contentDetails = { who: ItemText(), when: ItemText(), where: ItemOptionalText(), whatIf: ItemOptionalText(), scale: Scale(), scaleLow: ScaleWords(), scaleHigh: ScaleWords() };

/** The content of a plan item, as a professional writes it; `scaleLow`/`scaleHigh` (what 0 and 10 mean) left out: none. */
export const PlanItemContentInputSchema = Type.Object({ ...contentEssentials, ...contentDetails, scaleLow: Type.Optional(ScaleWords()), scaleHigh: Type.Optional(ScaleWords()) });
export type PlanItemContentInput = Static<typeof PlanItemContentInputSchema>;

const envelopeEssentials = { audience: StringEnum(draftAudiences) };
const envelopeDetails = {
  audienceMembers: MemberIds(),
  subjects: MemberIds(),
  authorMemberId: Nullable(Uuid()),
  shieldedFrom: MemberIds(),
  sharedAcrossContactverbod: Type.Boolean(),
  generalInfo: Type.Boolean(),
  fieldShields: StringMap(MemberIds(), { maxProperties: 6 }),
};

/** The audience a professional sets on an item (member ids of this family): the envelope every guarded object carries. */
export const PlanItemAudienceInputSchema = Type.Object({ ...envelopeEssentials, ...envelopeDetails });
export type PlanItemAudienceInput = Static<typeof PlanItemAudienceInputSchema>;

/** Why each shield a change adds hides something, as the editor's draft asks it; a shield the item already had keeps the reason it had. */
const Reasons = () => Type.Optional(Type.Array(ShieldReasonSchema, { maxItems: 100 }));

/**
 * One change to the plan. `toevoegen`: left out content means who and when empty, where, whatIf and
 * scale none; a left-out envelope part means nobody named, no shields, not shared across a
 * contactverbod, not general information.
 */
export const PlanItemChangeInputSchema = OneOf([
  Type.Object(
    {
      op: Type.Literal('wijzigen'),
      itemKey: Uuid(),
      content: Type.Optional(Type.Partial(Type.Object({ ...contentEssentials, ...contentDetails }), { minProperties: 1, additionalProperties: false })),
      envelope: Type.Optional(Type.Partial(Type.Object({ ...envelopeEssentials, ...envelopeDetails }), { minProperties: 1, additionalProperties: false })),
      reasons: Reasons(),
    },
    { additionalProperties: false },
  ),
  Type.Object({ op: Type.Literal('verwijderen'), itemKey: Uuid() }, { additionalProperties: false }),
  Type.Object(
    {
      op: Type.Literal('toevoegen'),
      content: Type.Object({ ...contentEssentials, ...Type.Partial(Type.Object(contentDetails)).properties }, { additionalProperties: false }),
      envelope: Type.Object({ ...envelopeEssentials, ...Type.Partial(Type.Object(envelopeDetails)).properties }, { additionalProperties: false }),
      reasons: Reasons(),
    },
    { additionalProperties: false },
  ),
]);
export type PlanItemChangeInput = Static<typeof PlanItemChangeInputSchema>;

/** A professional publishes a new version; the family is asked for instemming again. `baseVersionId`: the version she changed (409 plan-veranderd when the plan moved on meanwhile). */
export const NewPlanVersionSchema = Type.Object(
  {
    baseVersionId: Uuid(),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    summary: Type.Optional(Type.String({ maxLength: 2000 })),
    items: Type.Array(PlanItemChangeInputSchema, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type NewPlanVersion = Static<typeof NewPlanVersionSchema>;

const ItemKeys = () => Type.Array(Uuid());

/** `changes`: item keys added, changed and removed compared with the version before. */
export const PublishedPlanVersionSchema = Type.Object(
  { version: PublishedVersionSchema, changes: Type.Object({ added: ItemKeys(), changed: ItemKeys(), removed: ItemKeys() }) },
  { $id: 'PublishedPlanVersion' },
);
export type PublishedPlanVersion = Static<typeof PublishedPlanVersionSchema>;
