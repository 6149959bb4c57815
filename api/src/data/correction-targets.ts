import { memberProfileGuarded, type CorrectieTarget, type CorrectieTargetKind, type Guarded } from '@onsplan/shared';
import type { FamilyScope } from './family-scope.ts';
import type { EnvelopeRow } from './rows.ts';
import { itemView } from './plan-reads.ts';

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
}

/** The target as it stands now, or undefined when it is unknown or no longer there. */
export function findTarget(scope: FamilyScope, kind: CorrectieTargetKind, id: string): CorrectionTarget | undefined {
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
  }
}

/** May this viewer see the target? A plan item also needs the plan to be visible, as in the plan view. */
export function seesTarget(scope: FamilyScope, target: CorrectionTarget): boolean {
  if (target.kind === 'plan-item') {
    const plan = scope.snapshot.plan;
    if (!plan || !scope.sees('plan', plan.version.id, plan.version).visible) return false;
  }
  return scope.sees(target.kind, target.rowId, target.envelope).visible;
}

/**
 * Who sees an eigen verklaring (Jeugdwet 7.3.8, REQUIREMENTS A3): everyone who sees the disputed
 * item, wherever it is shown. It is the writer's own words, so a contactverbod with the writer
 * still holds unless a professional shared the item itself across it.
 */
export function seesEigenVerklaring(scope: FamilyScope, target: CorrectionTarget, verklaringId: string, writerMemberId: string): boolean {
  if (!seesTarget(scope, target)) return false;
  const envelope: EnvelopeRow = { ...target.envelope, authorMemberId: writerMemberId, subjects: unique([...target.envelope.subjects, writerMemberId]), fieldShields: {} };
  return scope.sees('eigen-verklaring', verklaringId, envelope).visible;
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
