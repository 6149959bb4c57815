import { memberProfileGuarded, type CorrectieTarget, type CorrectieTargetKind, type Guarded } from '@onsplan/shared';
import type { Db } from '../db/database.ts';
import type { FamilyScope } from './family-scope.ts';
import { scoreTarget } from './scores.ts';
import type { EnvelopeRow } from './rows.ts';
import { itemView } from './plan-reads.ts';
import { targetGuarded } from './written-objects.ts';

/** What a correctieverzoek or an eigen verklaring is about, as it stands in the family's snapshot now. */
export interface CorrectionTarget extends CorrectieTarget {
  /** The row the engine judges: for a plan item the row of the current version. */
  rowId: string;
  envelope: EnvelopeRow;
  /** A short text that names the target for someone who may see it (never a personal field's value). */
  label: string;
  /** Set for a comment: only a professional's words are part of the dossier to correct. */
  writtenByProfessional?: boolean;
  /** The text a proposal replaces or adds to, when the target has one. */
  mainText?: { key: 'what' | 'value' | 'body'; text: string };
  /** What the target hangs on, when that is more than the plan (a score hangs on its doel). */
  dependsOn?: readonly Guarded[];
}

/**
 * The target as it stands now, or undefined when it is unknown or no longer there. Inside a
 * transaction pass its `db`: a score is read from its table, and on one connection a read beside
 * the open transaction would wait for it.
 */
export async function findTarget(scope: FamilyScope, kind: CorrectieTargetKind, id: string, db: Db = scope.db): Promise<CorrectionTarget | undefined> {
  const { snapshot } = scope;
  switch (kind) {
    case 'plan-item': {
      const item = snapshot.plan?.items.find((i) => i.itemKey === id);
      if (!item) return undefined;
      // A shielded "what" is not this viewer's to quote back: the same view as the plan screen.
      const { what } = itemView(item, scope.sees('plan-item', item.id, item).hiddenFields);
      return { kind, id, rowId: item.id, envelope: item, label: what, ...(what ? { mainText: { key: 'what' as const, text: what } } : {}) };
    }
    case 'comment': {
      const comment = snapshot.comments.find((c) => c.id === id);
      return (
        comment && {
          kind, id, rowId: comment.id, envelope: comment, label: comment.body,
          writtenByProfessional: comment.authorKind === 'professional', mainText: { key: 'body', text: comment.body },
        }
      );
    }
    case 'member-field': {
      const field = snapshot.fields.find((f) => f.id === id);
      return field && { kind, id, rowId: field.id, envelope: { ...field, subjects: unique([...field.subjects, field.memberId]) }, label: field.field, mainText: { key: 'value', text: field.value } };
    }
    case 'member': {
      const member = snapshot.members.find((m) => m.id === id);
      return member && { kind, id, rowId: member.id, envelope: envelopeOf(memberProfileGuarded(snapshot.id, member.id)), label: member.firstName };
    }
    case 'score': {
      const score = await scoreTarget(scope, id, db);
      return score && { kind, id, rowId: id, envelope: envelopeOf(score.envelope), label: score.label, dependsOn: score.dependsOn };
    }
  }
}

/** May this viewer see the target? A plan item hangs on the plan, a comment on its item or thread. */
export function seesTarget(scope: FamilyScope, target: CorrectionTarget): boolean {
  return scope.decides(targetGuarded(scope, target)).visible;
}

function envelopeOf(g: Guarded): EnvelopeRow {
  return {
    audience: g.audience,
    audienceMembers: [...g.audienceMembers],
    subjects: [...g.subjects],
    authorMemberId: g.authorMemberId,
    shieldedFrom: [...g.shieldedFrom],
    sharedAcrossContactverbod: g.sharedAcrossContactverbod,
    generalInfo: g.generalInfo,
    fieldShields: Object.fromEntries(Object.entries(g.fieldShields).map(([k, v]) => [k, [...v]])),
  };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
