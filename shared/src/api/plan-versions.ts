import type { Envelope } from '../visibility/written.ts';
import type { PlanItemKind, PlanSection } from '../demo/family.ts';
import type { DraftShield } from './plan-drafts.ts';

/** Wire types for the versions of a plan: the list, and a professional publishing a new one. */

/** A published plan version, for the version list. */
export interface PlanVersionSummary {
  id: string;
  number: number;
  title: string;
  publishedAt: string;
  isCurrent: boolean;
}

/** The content of a plan item, as a professional writes it. */
export interface PlanItemContentInput {
  section: PlanSection;
  kind: PlanItemKind;
  what: string;
  who: string;
  when: string;
  where: string | null;
  whatIf: string | null;
  scale: number | null;
  /** What 0 and 10 mean on a goal's scale; left out: none. */
  scaleLow?: string | null;
  scaleHigh?: string | null;
}

/** Who an item is for, as a professional sets it (member ids of this family). */
/** The audience a professional sets on an item: the same envelope every guarded object carries. */
export type PlanItemAudienceInput = Envelope;

/**
 * Why each shield a change adds hides something (422 reden-nodig without one), as in the editor's
 * draft; a shield the item already had keeps the reason it had.
 */
export type ShieldReasonsInput = DraftShield[];

export type PlanItemChangeInput =
  | { op: 'wijzigen'; itemKey: string; content?: Partial<PlanItemContentInput>; envelope?: Partial<PlanItemAudienceInput>; reasons?: ShieldReasonsInput }
  | { op: 'verwijderen'; itemKey: string }
  | {
      op: 'toevoegen';
      /** Left out: who and when empty, where, whatIf and scale none. */
      content: Pick<PlanItemContentInput, 'section' | 'kind' | 'what'> & Partial<PlanItemContentInput>;
      /** Left out: nobody named, no shields, not shared across a contactverbod, not general information. */
      envelope: Pick<PlanItemAudienceInput, 'audience'> & Partial<PlanItemAudienceInput>;
      reasons?: ShieldReasonsInput;
    };

/** A professional publishes a new version; the family is asked for instemming again. */
export interface NewPlanVersion {
  /** The version the professional changed; when the plan moved on meanwhile, 409 plan-veranderd. */
  baseVersionId: string;
  title?: string;
  summary?: string;
  items: PlanItemChangeInput[];
}

export interface PublishedPlanVersion {
  version: { id: string; number: number; publishedAt: string };
  /** Item keys added, changed and removed compared with the version before. */
  changes: { added: string[]; changed: string[]; removed: string[] };
}
