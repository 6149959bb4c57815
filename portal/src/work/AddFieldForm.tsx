import type { FamilyMemberView, NewMemberField, ShieldReason } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { SelectField } from '../components/SelectField/SelectField.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { errorsFromProblem, type FieldErrors } from './form-errors.ts';
import { ShieldReasonChoice } from './ShieldReasonChoice.tsx';
import { useProblemWords } from './useFormWords.ts';

const ids = { field: 'gegeven-soort', value: 'gegeven-waarde', shieldedFrom: 'afschermen-eerste', reason: 'reden-veiligheid', reasonText: 'reden-toelichting' } as const;

/**
 * An address, phone number or e-mail of one member. Hiding it from others is a choice per person and
 * asks for a reason chosen on purpose: no reason is preselected, and "anders" needs words.
 */
export function AddFieldForm({ familyId, member, others, onAdded }: { familyId: string; member: FamilyMemberView; others: readonly FamilyMemberView[]; onAdded: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const words = useProblemWords();
  const [field, setField] = useState('');
  const [value, setValue] = useState('');
  const [shieldedFrom, setShieldedFrom] = useState<string[]>([]);
  const [reason, setReason] = useState<ShieldReason>();
  const [reasonText, setReasonText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const toggle = (id: string) => setShieldedFrom((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id]));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    const found: FieldErrors = {};
    if (!field) found[ids.field] = t('errors.field');
    if (!value.trim()) found[ids.value] = t('errors.value');
    if (shieldedFrom.length && !reason) found[ids.reason] = t('errors.reason');
    if (shieldedFrom.length && reason === 'anders' && !reasonText.trim()) found[ids.reasonText] = t('errors.reasonText');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const body: NewMemberField = {
        field: field as NewMemberField['field'],
        value: value.trim(),
        shieldedFrom,
        ...(shieldedFrom.length && reason ? { reason } : {}),
        ...(shieldedFrom.length && reason === 'anders' ? { reasonText: reasonText.trim() } : {}),
      };
      await api(`/gezinnen/${familyId}/gezinsleden/${member.id}/velden`, { method: 'POST', body });
      await onAdded();
      setDone(true);
      setField('');
      setValue('');
      setShieldedFrom([]);
      setReason(undefined);
      setReasonText('');
    } catch (error) {
      setErrors(errorsFromProblem(error, ids, words));
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === 'general' ? ids.field : fieldId, text }));
  return (
    <section aria-labelledby="gegeven-toevoegen">
      <h2 id="gegeven-toevoegen">{t('fields.add')}</h2>
      <ErrorSummary title={t('form.summaryTitle')} errors={summary} />
      {done && (
        <p role="status" className="onsplan-work-done">
          {t('fields.added')}
        </p>
      )}
      <form noValidate className="onsplan-form onsplan-work-form" onSubmit={(e) => void save(e)}>
        <SelectField
          id={ids.field}
          label={t('fields.field')}
          placeholder={t('addMember.choose')}
          error={errors[ids.field]}
          value={field}
          onChange={(e) => setField(e.target.value)}
          options={(['adres', 'telefoon', 'email'] as const).map((f) => ({ value: f, label: t(`family.field.${f}`) }))}
        />
        <TextField id={ids.value} label={t('fields.value')} error={errors[ids.value]} value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" />
        {others.length > 0 && (
          <fieldset className="onsplan-work-checks" aria-describedby="afschermen-hint">
            <legend className="onsplan-field__label">{t('fields.shieldLegend')}</legend>
            <p id="afschermen-hint" className="onsplan-field__hint">
              {t('fields.shieldHint')}
            </p>
            {others.map((m, i) => (
              <div key={m.id} className="onsplan-work-check">
                <input type="checkbox" id={i === 0 ? ids.shieldedFrom : `afschermen-${m.id}`} checked={shieldedFrom.includes(m.id)} onChange={() => toggle(m.id)} />
                <label htmlFor={i === 0 ? ids.shieldedFrom : `afschermen-${m.id}`}>{m.firstName}</label>
              </div>
            ))}
          </fieldset>
        )}
        {shieldedFrom.length > 0 && (
          <ShieldReasonChoice
            name="reden"
            textId={ids.reasonText}
            reason={reason}
            reasonText={reasonText}
            reasonError={errors[ids.reason]}
            textError={errors[ids.reasonText]}
            onReason={setReason}
            onReasonText={setReasonText}
          />
        )}
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('form.busy') : t('fields.submit')}
        </Button>
      </form>
    </section>
  );
}
