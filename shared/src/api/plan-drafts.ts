import type { ShieldReason } from './shield-reasons.ts';
import type { PlanItemKind, PlanSection } from '../demo/family.ts';
import type { RuleCode } from '../visibility/types.ts';
import type { Addressing } from '../i18n/addressing.ts';
import type { PlanView } from './plan.ts';

/** Wire types for the professional's draft of the next plan version, its previews and its publication. */


/** Fields of an item that can be hidden from a named member while the rest stays readable. */
export const shieldableItemFields = ['what', 'who', 'when', 'where', 'whatIf', 'scale'] as const;
export type ShieldableItemField = (typeof shieldableItemFields)[number];

/** The audiences a professional chooses from for an item. */
export const draftAudiences = ['gezin', 'volwassenen', 'leden', 'professionals'] as const;
export type DraftAudience = (typeof draftAudiences)[number];

/** One member kept from the whole item (`field` null) or from one field, and why. */
export interface DraftShield {
  memberId: string;
  field: ShieldableItemField | null;
  /** Null only on a shield that was published before reasons were kept. */
  reason: ShieldReason | null;
  /** Required with `anders`. */
  reasonText?: string;
}

/** An item as the professional writes it in the draft; `key` stays the same across versions. */
export interface DraftItem {
  key: string;
  section: PlanSection;
  kind: PlanItemKind;
  what: string;
  who: string;
  when: string;
  where: string | null;
  whatIf: string | null;
  /** A goal: how far we are, 0–10, and what 0 and 10 mean. */
  scale: number | null;
  scaleLow: string | null;
  scaleHigh: string | null;
  audience: DraftAudience;
  audienceMembers: string[];
  subjects: string[];
  shields: DraftShield[];
  /** Shared on purpose across a contactverbod (DOMAIN rule 4). */
  sharedAcrossContactverbod: boolean;
  /** General information a parent without gezag may read. */
  generalInfo: boolean;
}

export interface DraftBase {
  id: string | null;
  number: number;
}

/** The draft of the next version, as the editor loads it. `revision` 0: nothing saved yet; otherwise a number no other draft ever had. */
export interface PlanDraft {
  familyId: string;
  /** The version the draft builds on; id null and number 0 for the first version of a new family's plan. */
  baseVersion: DraftBase;
  /** The plan moved on since this draft began (a correction, another publication): publishing answers plan-veranderd. */
  outdated: boolean;
  revision: number;
  title: string;
  summary: string;
  items: DraftItem[];
  savedAt: string | null;
  savedBy: string | null;
  warnings: DraftNameWarning[];
}

/** The name warning of one item (see `nameWarnings`): "Dit onderdeel noemt Samira. Mark kan het lezen. Klopt dat?" */
export interface DraftNameWarning {
  key: string;
  named: { id: string; firstName: string };
  readers: { id: string; firstName: string }[];
}

/**
 * An autosave: the whole draft, with the revision the editor last saw (409 concept-veranderd
 * otherwise) and the version it was loaded on (409 plan-veranderd when the plan moved on since: a
 * tab still showing the old version must not save its items over the new one).
 */
export interface PlanDraftSave {
  revision: number;
  baseVersionId: string | null;
  title: string;
  summary: string;
  items: DraftItem[];
}

export interface PlanDraftSaved {
  revision: number;
  savedAt: string;
  /** Worked out on the server with the family's facts, so the editor warns while she types. */
  warnings: DraftNameWarning[];
}

/** Something of the draft this member will not see, with the rule that hides it in its own words. */
export interface PreviewHidden {
  key: string;
  section: PlanSection;
  what: string;
  /** Null: the whole item; else the fields hidden from this member. */
  fields: ShieldableItemField[] | null;
  rule: RuleCode;
  says: string;
}

/** "Bekijk als": the draft as this member will receive it once published, and what stays hidden. */
export interface DraftPreview {
  member: { id: string; firstName: string };
  /** How the member screens speak to whoever this view is of: "je" to a youth, "u" to an adult and to a helper. */
  addressing: Addressing;
  /** Set when this is the view of a helper acting for the member (user id and first name). */
  helper?: { id: string; firstName: string };
  /** Helpers acting for this member now: they see at most the same, each can be previewed too. */
  helpers: { id: string; firstName: string }[];
  /** Null when this member cannot read the plan at all (no account under 12, for instance). */
  plan: PlanView | null;
  hidden: PreviewHidden[];
}

/** What changes for one member, from their own view before and after; only what they may read is named. */
export interface MemberChanges {
  memberId: string;
  firstName: string;
  added: string[];
  changed: string[];
  removed: string[];
}

export interface DraftChanges {
  baseVersion: DraftBase;
  members: MemberChanges[];
}

export interface PublishDraft {
  revision: number;
}

export interface PublishedDraft {
  version: { id: string; number: number; publishedAt: string };
  members: MemberChanges[];
}
