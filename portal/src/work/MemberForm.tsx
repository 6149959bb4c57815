import type { AdminMemberView, MemberChange, MemberRole, NewMember } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { SelectField } from '../components/SelectField/SelectField.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { errorsFromProblem, type FieldErrors } from './form-errors.ts';
import { useProblemWords } from './useFormWords.ts';

const roles: readonly MemberRole[] = ['ouder', 'jeugdige', 'netwerk', 'volwassene'];
const ids = { firstName: 'lid-voornaam', lastName: 'lid-achternaam', birthDate: 'lid-geboortedatum', role: 'lid-rol' } as const;
const empty = { firstName: '', lastName: '', birthDate: '', role: '' };

/**
 * Adds one member (the form empties after a save, ready for the next), or with `member` corrects
 * that member's name, birth date or role (only what changed is sent).
 */
export function MemberForm({ familyId, member, onAdded }: { familyId: string; member?: AdminMemberView; onAdded: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const words = useProblemWords();
  const initial = member ? { firstName: member.firstName, lastName: member.lastName, birthDate: member.birthDate ?? '', role: member.role } : empty;
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(undefined);
    const found: FieldErrors = {};
    if (!values.firstName.trim()) found[ids.firstName] = t('errors.firstName');
    if (!values.lastName.trim()) found[ids.lastName] = t('errors.lastName');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.birthDate)) found[ids.birthDate] = t('errors.birthDate');
    if (!values.role) found[ids.role] = t('errors.role');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const body: NewMember = { firstName: values.firstName.trim(), lastName: values.lastName.trim(), birthDate: values.birthDate, role: values.role as MemberRole };
      if (member) {
        const change: MemberChange = Object.fromEntries(Object.entries(body).filter(([key, value]) => value !== initial[key as keyof typeof initial]));
        if (Object.keys(change).length) await api(`/gezinnen/${familyId}/gezinsleden/${member.id}`, { method: 'PATCH', body: change });
        await onAdded();
        setDone(t('editMember.saved'));
        return;
      }
      await api(`/gezinnen/${familyId}/gezinsleden`, { method: 'POST', body });
      await onAdded();
      setDone(t('addMember.added', { name: body.firstName }));
      setValues(empty);
    } catch (error) {
      setErrors(errorsFromProblem(error, ids, words));
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === 'general' ? ids.firstName : fieldId, text }));
  return (
    <section aria-labelledby="lid-formulier">
      <h2 id="lid-formulier">{member ? t('editMember.title') : t('addMember.title')}</h2>
      <ErrorSummary title={t('form.summaryTitle')} errors={summary} />
      {done && (
        <p role="status" className="onsplan-work-done">
          {done}
        </p>
      )}
      <form noValidate className="onsplan-form onsplan-work-form" onSubmit={(e) => void save(e)}>
        <TextField id={ids.firstName} label={t('addMember.firstName')} error={errors[ids.firstName]} value={values.firstName} onChange={set('firstName')} autoComplete="off" />
        <TextField id={ids.lastName} label={t('addMember.lastName')} error={errors[ids.lastName]} value={values.lastName} onChange={set('lastName')} autoComplete="off" />
        <TextField id={ids.birthDate} type="date" label={t('addMember.birthDate')} error={errors[ids.birthDate]} value={values.birthDate} onChange={set('birthDate')} />
        <SelectField
          id={ids.role}
          label={t('addMember.role')}
          placeholder={t('addMember.choose')}
          error={errors[ids.role]}
          value={values.role}
          onChange={set('role')}
          options={roles.map((r) => ({ value: r, label: t(`family.role.${r}`) }))}
        />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('form.busy') : member ? t('editMember.submit') : t('addMember.submit')}
        </Button>
      </form>
    </section>
  );
}
