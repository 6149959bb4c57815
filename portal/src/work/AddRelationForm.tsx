import type { AdminMemberView, NewRelation, RelationKind } from '@onsplan/shared';
import { relationKinds } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { SelectField } from '../components/SelectField/SelectField.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { errorsFromProblem, type FieldErrors } from './form-errors.ts';
import { useProblemWords } from './useFormWords.ts';

const ids = { fromMemberId: 'relatie-van', kind: 'relatie-soort', toMemberId: 'relatie-met', since: 'relatie-vanaf', until: 'relatie-tot' } as const;
const empty = { fromMemberId: '', kind: '', toMemberId: '', since: '', until: '' };

/** "Wie — soort relatie — met wie", with a period; a contactverbod needs its first day. */
export function AddRelationForm({ familyId, members, onAdded }: { familyId: string; members: readonly AdminMemberView[]; onAdded: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const words = useProblemWords();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const people = members.map((m) => ({ value: m.id, label: `${m.firstName} ${m.lastName}` }));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    const found: FieldErrors = {};
    if (!values.fromMemberId) found[ids.fromMemberId] = t('errors.fromMemberId');
    if (!values.kind) found[ids.kind] = t('errors.relationKind');
    if (!values.toMemberId || values.toMemberId === values.fromMemberId) found[ids.toMemberId] = t('errors.toMemberId');
    if (values.kind === 'contactverbod' && !values.since) found[ids.since] = t('errors.since');
    if (values.since && values.until && values.until <= values.since) found[ids.until] = t('errors.until');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const body: NewRelation = {
        fromMemberId: values.fromMemberId,
        toMemberId: values.toMemberId,
        kind: values.kind as RelationKind,
        ...(values.since ? { since: values.since } : {}),
        ...(values.until ? { until: values.until } : {}),
      };
      await api(`/gezinnen/${familyId}/relaties`, { method: 'POST', body });
      await onAdded();
      setDone(true);
      setValues(empty);
    } catch (error) {
      setErrors(errorsFromProblem(error, ids, (code, field) => words(code, field === 'kind' ? 'kindRelation' : field)));
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === 'general' ? ids.fromMemberId : fieldId, text }));
  return (
    <section aria-labelledby="relatie-toevoegen">
      <h3 id="relatie-toevoegen">{t('relations.add')}</h3>
      <ErrorSummary title={t('form.summaryTitle')} errors={summary} />
      {done && (
        <p role="status" className="onsplan-work-done">
          {t('relations.added')}
        </p>
      )}
      <form noValidate className="onsplan-form onsplan-work-form" onSubmit={(e) => void save(e)}>
        <SelectField id={ids.fromMemberId} label={t('relations.from')} placeholder={t('addMember.choose')} error={errors[ids.fromMemberId]} value={values.fromMemberId} onChange={set('fromMemberId')} options={people} />
        <SelectField
          id={ids.kind}
          label={t('relations.kind')}
          placeholder={t('addMember.choose')}
          error={errors[ids.kind]}
          value={values.kind}
          onChange={set('kind')}
          options={relationKinds.map((k) => ({ value: k, label: t(`relations.kinds.${k}`) }))}
        />
        <SelectField id={ids.toMemberId} label={t('relations.to')} placeholder={t('addMember.choose')} error={errors[ids.toMemberId]} value={values.toMemberId} onChange={set('toMemberId')} options={people} />
        <TextField id={ids.since} type="date" label={t('relations.since')} error={errors[ids.since]} value={values.since} onChange={set('since')} />
        <TextField id={ids.until} type="date" label={t('relations.until')} hint={t('relations.untilHint')} error={errors[ids.until]} value={values.until} onChange={set('until')} />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('form.busy') : t('relations.submit')}
        </Button>
      </form>
    </section>
  );
}
