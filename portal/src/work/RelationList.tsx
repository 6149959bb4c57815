import type { AdminMemberView, AdminRelationView, Day } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ConfirmStep } from '../components/ConfirmStep/ConfirmStep.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { formatDate } from '../format.ts';
import { errorsFromProblem } from './form-errors.ts';
import { useProblemWords } from './useFormWords.ts';

export interface RelationListProps {
  familyId: string;
  members: readonly AdminMemberView[];
  relations: readonly AdminRelationView[];
  /** The regisseur changes relations; anyone else reads them. */
  mayEdit: boolean;
  /** Today on the server's clock: an end cannot lie before it. */
  today: Day;
  onChanged: () => Promise<void>;
}

/**
 * The family's relations. A contactverbod is ended with its last day and stays as history; any
 * other relation entered by mistake is removed after a confirm step.
 */
export function RelationList({ familyId, members, relations, mayEdit, today, onChanged }: RelationListProps) {
  const { t, i18n } = useTranslation('werk');
  const nameOf = (id: string) => members.find((m) => m.id === id)?.firstName ?? '?';
  const day = (d: string) => formatDate(d, i18n.language);
  if (!relations.length) return <Paragraph>{t('relations.none')}</Paragraph>;
  return (
    <ul className="onsplan-list">
      {relations.map((r) => {
        const labelId = `relatie-${r.id}`;
        return (
          <li key={r.id}>
            <span id={labelId}>
              {nameOf(r.fromMemberId)} {t(`relations.kinds.${r.kind}`)} {nameOf(r.toMemberId)}
              {r.since && <> ({r.until ? t('relations.period', { since: day(r.since), until: day(r.until) }) : t('relations.periodOpen', { since: day(r.since) })})</>}
            </span>
            {mayEdit && r.kind === 'contactverbod' && (!r.until || r.until >= today) && <EndRelation familyId={familyId} relation={r} labelId={labelId} today={today} onChanged={onChanged} />}
            {mayEdit && r.kind !== 'contactverbod' && <RemoveRelation familyId={familyId} relation={r} labelId={labelId} onChanged={onChanged} />}
          </li>
        );
      })}
    </ul>
  );
}

function RemoveRelation({ familyId, relation, labelId, onChanged }: { familyId: string; relation: AdminRelationView; labelId: string; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const words = useProblemWords();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const remove = async () => {
    setBusy(true);
    try {
      await api(`/gezinnen/${familyId}/relaties/${relation.id}`, { method: 'DELETE' });
      await onChanged();
    } catch (error) {
      setProblem(errorsFromProblem(error, {}, words).general);
      setBusy(false);
    }
  };
  return (
    <div className="onsplan-work-inline">
      <ConfirmStep idBase={`${labelId}-weg`} label={t('relations.remove')} question={t('relations.removeQuestion')} yes={t('relations.removeYes')} describedBy={labelId} busy={busy} onConfirm={() => void remove()} />
      {problem && (
        <p role="alert" className="onsplan-work-inline-error">
          {problem}
        </p>
      )}
    </div>
  );
}

function EndRelation({ familyId, relation, labelId, today, onChanged }: { familyId: string; relation: AdminRelationView; labelId: string; today: Day; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const words = useProblemWords();
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState(relation.until ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const fieldId = `${labelId}-einde`;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until < today) return setError(t('errors.endUntil'));
    setBusy(true);
    try {
      await api(`/gezinnen/${familyId}/relaties/${relation.id}`, { method: 'PATCH', body: { until } });
      setOpen(false);
      await onChanged();
    } catch (problem) {
      const found = errorsFromProblem(problem, { until: fieldId }, (code, field) => (field === 'until' ? t('errors.endUntil') : words(code, field)));
      setError(found[fieldId] ?? found.general);
    } finally {
      setBusy(false);
    }
  };
  if (!open) {
    return (
      <div className="onsplan-work-inline">
        <Button purpose="secondary" type="button" aria-describedby={labelId} onClick={() => setOpen(true)}>
          {t('relations.end')}
        </Button>
      </div>
    );
  }
  return (
    <form noValidate className="onsplan-form onsplan-work-inline" onSubmit={(e) => void save(e)} aria-labelledby={labelId}>
      <TextField id={fieldId} type="date" label={t('relations.endLabel')} hint={t('relations.endHint')} error={error} value={until} onChange={(e) => setUntil(e.target.value)} />
      <div className="onsplan-actions">
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('form.busy') : t('relations.endSubmit')}
        </Button>
        <Button purpose="secondary" type="button" onClick={() => setOpen(false)}>
          {t('relations.cancel')}
        </Button>
      </div>
    </form>
  );
}
