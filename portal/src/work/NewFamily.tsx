import type { Created, NewFamily as NewFamilyBody } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { Choice } from '../components/Choice/Choice.tsx';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { useWork } from './context.ts';
import { errorsFromProblem, type FieldErrors } from './form-errors.ts';
import { workPaths } from './paths.ts';
import { useProblemWords } from './useFormWords.ts';
import { WorkPage } from './WorkPage.tsx';

/** A new family or household; she becomes its regisseur and goes on to add its members. */
export function NewFamily() {
  const { t } = useTranslation('werk');
  const navigate = useNavigate();
  const { reloadFamilies } = useWork();
  const words = useProblemWords();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<NewFamilyBody['kind']>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!name.trim()) found['gezin-naam'] = t('errors.name');
    if (!kind) found['gezin-soort-gezin'] = t('errors.kind');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const { id } = await api<Created>('/gezinnen', { method: 'POST', body: { name: name.trim(), kind } });
      await reloadFamilies();
      navigate(workPaths.family(id), { replace: true });
    } catch (error) {
      setErrors(errorsFromProblem(error, { name: 'gezin-naam', kind: 'gezin-soort-gezin' }, words));
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === 'general' ? 'gezin-naam' : fieldId, text }));
  return (
    <WorkPage title={t('newFamily.title')}>
      <ErrorSummary title={t('form.summaryTitle')} errors={summary} />
      <Paragraph purpose="lead">{t('newFamily.intro')}</Paragraph>
      <form noValidate className="onsplan-form onsplan-work-form" onSubmit={(e) => void save(e)}>
        <TextField id="gezin-naam" label={t('newFamily.name')} hint={t('newFamily.nameHint')} error={errors['gezin-naam']} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        <Choice
          name="gezin-soort"
          legend={t('newFamily.kind')}
          error={errors['gezin-soort-gezin']}
          value={kind}
          onChange={setKind}
          options={(['gezin', 'huishouden'] as const).map((value) => ({ value, label: t(`newFamily.kinds.${value}`) }))}
        />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('form.busy') : t('newFamily.submit')}
        </Button>
      </form>
    </WorkPage>
  );
}
