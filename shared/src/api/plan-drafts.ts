import { Type, type Static } from 'typebox';
import type { Addressing } from '../i18n/addressing.ts';
import type { RuleCode } from '../visibility/types.ts';
import { draftAudiences, shieldableItemFields, type ShieldableItemField } from './plan-draft-choices.ts';
import { planItemKinds, planSections } from './plan-sections.ts';
import { PlanViewSchema } from './plan.ts';
import { DateTime, Nullable, NullableRef, StringEnum, Uuid } from './schema-kit.ts';
import { shieldReasons } from './shield-reasons.ts';

/** Wire shapes for the professional's draft of the next plan version, its previews and its publication; plan-versions.ts shares its parts. */

/** Members of this family named on an item: at most 50, each once. */
export const MemberIds = () => Type.Array(Uuid(), { maxItems: 50, uniqueItems: true });
export const Section = () => StringEnum(planSections);
export const ItemKind = () => StringEnum(planItemKinds);
/** A goal's scale, 0–10; null for anything else. */
export const Scale = () => Nullable(Type.Integer({ minimum: 0, maximum: 10 }));
/** What 0 and 10 mean on a goal's scale. */
export const ScaleWords = () => Nullable(Type.String({ maxLength: 200 }));

/**
 * One member kept from the whole item (`field` null) or from one field, and why: the draft's shield
 * and a reason given with the versions route alike. `reasonText`: required with `anders`.
 */
const shieldProperties = { memberId: Uuid(), field: Nullable(StringEnum(shieldableItemFields)), reasonText: Type.Optional(Type.String({ maxLength: 500 })) };

/** A shield in the draft; `reason` null only on a shield published before reasons were kept. */
export const DraftShieldSchema = Type.Object({ ...shieldProperties, reason: Nullable(StringEnum(shieldReasons)) }, { additionalProperties: false });
export type DraftShield = Static<typeof DraftShieldSchema>;

/** Why a shield that a new version adds hides something (422 reden-nodig without one): a reason given on purpose is never null. */
export const ShieldReasonSchema = Type.Object({ ...shieldProperties, reason: StringEnum(shieldReasons) }, { additionalProperties: false });
export type ShieldReasonInput = Static<typeof ShieldReasonSchema>;

const DraftText = () => Type.String({ maxLength: 1000 });
const DraftOptionalText = () => Nullable(Type.String({ maxLength: 1000 }));

/**
 * An item as the professional writes it in the draft; `key` stays the same across versions.
 * `sharedAcrossContactverbod`: shared on purpose across a contactverbod (DOMAIN rule 4).
 * `generalInfo`: general information a parent without gezag may read.
 */
export const DraftItemSchema = Type.Object(
  {
    key: Uuid(),
    section: Section(),
    kind: ItemKind(),
    what: DraftText(),
    who: DraftText(),
    when: DraftText(),
    where: DraftOptionalText(),
    whatIf: DraftOptionalText(),
    scale: Scale(),
    scaleLow: ScaleWords(),
    scaleHigh: ScaleWords(),
    audience: StringEnum(draftAudiences),
    audienceMembers: MemberIds(),
    subjects: MemberIds(),
    shields: Type.Array(DraftShieldSchema, { maxItems: 100 }),
    sharedAcrossContactverbod: Type.Boolean(),
    generalInfo: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type DraftItem = Static<typeof DraftItemSchema>;

/** The version a draft builds on; id null and number 0 for the first version of a new family's plan. */
export const DraftBaseSchema = Type.Object({ id: Nullable(Uuid()), number: Type.Integer() });
export type DraftBase = Static<typeof DraftBaseSchema>;

const PersonSchema = Type.Object({ id: Uuid(), firstName: Type.String() });

/** The name warning of one item (see `nameWarnings`): "Dit onderdeel noemt Samira. Mark kan het lezen. Klopt dat?" */
export const DraftNameWarningSchema = Type.Object({ key: Uuid(), named: PersonSchema, readers: Type.Array(PersonSchema) });
export type DraftNameWarning = Static<typeof DraftNameWarningSchema>;

/**
 * The draft of the next version, as the editor loads it. `revision` 0: nothing saved yet; otherwise
 * a number no other draft ever had. `outdated`: the plan moved on since this draft began (a
 * correction, another publication): publishing answers plan-veranderd.
 */
export const PlanDraftSchema = Type.Object(
  {
    familyId: Uuid(),
    baseVersion: DraftBaseSchema,
    outdated: Type.Boolean(),
    revision: Type.Integer(),
    title: Type.String(),
    summary: Type.String(),
    items: Type.Array(DraftItemSchema),
    savedAt: Nullable(DateTime()),
    savedBy: Nullable(Type.String()),
    warnings: Type.Array(DraftNameWarningSchema),
  },
  { $id: 'PlanDraft' },
);
export type PlanDraft = Static<typeof PlanDraftSchema>;

/**
 * An autosave: the whole draft, with the revision the editor last saw (409 concept-veranderd
 * otherwise) and the version it was loaded on (409 plan-veranderd when the plan moved on since: a
 * tab still showing the old version must not save its items over the new one).
 */
export const PlanDraftSaveSchema = Type.Object(
  {
    revision: Type.Integer({ minimum: 0 }),
    baseVersionId: Nullable(Uuid()),
    title: Type.String({ maxLength: 200 }),
    summary: Type.String({ maxLength: 2000 }),
    items: Type.Array(DraftItemSchema, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type PlanDraftSave = Static<typeof PlanDraftSaveSchema>;

/** `warnings`: worked out on the server with the family's facts, so the editor warns while she types. */
export const PlanDraftSavedSchema = Type.Object({ revision: Type.Integer(), savedAt: DateTime(), warnings: Type.Array(DraftNameWarningSchema) }, { $id: 'PlanDraftSaved' });
export type PlanDraftSaved = Static<typeof PlanDraftSavedSchema>;

/** Something of the draft this member will not see, with the rule that hides it in its own words; `fields` null: the whole item. */
export const PreviewHiddenSchema = Type.Object({
  key: Uuid(),
  section: Section(),
  what: Type.String(),
  fields: Nullable(Type.Array(Type.Unsafe<ShieldableItemField>({ type: 'string' }))),
  rule: Type.Unsafe<RuleCode>({ type: 'string' }),
  says: Type.String(),
});
export type PreviewHidden = Static<typeof PreviewHiddenSchema>;

/**
 * "Bekijk als": the draft as this member will receive it once published, and what stays hidden.
 * `addressing`: how the member screens speak to whoever this view is of ("je" to a youth, "u" to an
 * adult and to a helper). `helper`: set when this is the view of a helper acting for the member.
 * `helpers`: helpers acting for this member now, each can be previewed too. `plan`: null when this
 * member cannot read the plan at all (no account under 12, for instance).
 */
export const DraftPreviewSchema = Type.Object(
  {
    member: PersonSchema,
    addressing: StringEnum(['je', 'u'] as const satisfies readonly Addressing[]),
    helper: Type.Optional(PersonSchema),
    helpers: Type.Array(PersonSchema),
    plan: NullableRef(PlanViewSchema),
    hidden: Type.Array(PreviewHiddenSchema),
  },
  { $id: 'DraftPreview' },
);
export type DraftPreview = Static<typeof DraftPreviewSchema>;

/** What changes for one member, from their own view before and after; only what they may read is named. */
export const MemberChangesSchema = Type.Object({
  memberId: Uuid(),
  firstName: Type.String(),
  added: Type.Array(Type.String()),
  changed: Type.Array(Type.String()),
  removed: Type.Array(Type.String()),
});
export type MemberChanges = Static<typeof MemberChangesSchema>;

export const DraftChangesSchema = Type.Object({ baseVersion: DraftBaseSchema, members: Type.Array(MemberChangesSchema) }, { $id: 'DraftChanges' });
export type DraftChanges = Static<typeof DraftChangesSchema>;

export const PublishDraftSchema = Type.Object({ revision: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type PublishDraft = Static<typeof PublishDraftSchema>;

/** The version a publication made. */
export const PublishedVersionSchema = Type.Object({ id: Uuid(), number: Type.Integer(), publishedAt: DateTime() });

export const PublishedDraftSchema = Type.Object({ version: PublishedVersionSchema, members: Type.Array(MemberChangesSchema) }, { $id: 'PublishedDraft' });
export type PublishedDraft = Static<typeof PublishedDraftSchema>;

/** The revision she saw when she chose to throw the draft away (a query string: no type coercion here). */
export const DiscardDraftQuerySchema = Type.Object({ revision: Type.String({ pattern: '^[1-9][0-9]{0,9}$' }) }, { additionalProperties: false });

/** "Bekijk als" a helper of the member: the helper's user id. */
export const DraftPreviewQuerySchema = Type.Object({ helper: Type.Optional(Uuid()) }, { additionalProperties: false });

export const DraftMemberParamsSchema = Type.Object({ familyId: Uuid(), memberId: Uuid() }, { additionalProperties: false });
