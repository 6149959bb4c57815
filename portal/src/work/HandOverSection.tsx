import type { AssignmentView, HandOverCandidates } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { SelectField } from '../components/SelectField/SelectField.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { dutchDayOf, formatDate } from '../format.ts';
import { errorsFromProblem, type FieldErrors } from './form-errors.ts';
import { workPaths } from './paths.ts';
import { useProblemWords } from './useFormWords.ts';
import { WorkProblem } from './WorkProblem.tsx';

const ids = { toUserId: 'overdracht-aan', on: 'overdracht-op' } as const;

/**
 * Who works with the family, past and present, and the regisseur's hand-over: choose a colleague and
 * a day, confirm, and the history keeps both rows. Whether she may hand over is the server's answer
 * (`mayHandOver`), not a check on this screen.
 */
export function HandOverSection({ familyId, familyName, assignments, onChanged }: { familyId: string; familyName: string; assignments: readonly AssignmentView[]; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation('werk');
  const day = (d: string) => formatDate(d, i18n.language);
  const candidates = useApi<HandOverCandidates>(`/gezinnen/${familyId}/overdracht/kandidaten`);
  // Status by the server's day, so it matches who can open the family now.
  const today = candidates.state.kind === 'ready' ? candidates.state.data.earliestDay : undefined;
  const status = (a: AssignmentView) => {
    if (!today) return '';
    if (dutchDayOf(new Date(a.since)) > today) return t('assignments.planned');
    return a.until && dutchDayOf(new Date(a.until)) <= today ? t('assignments.ended') : t('assignments.current');
  };
  return (
    <section aria-labelledby="professionals">
      <h2 id="professionals">{t('assignments.title')}</h2>
      <table className="onsplan-work-table">
        <thead>
          <tr>
            <th scope="col">{t('profile.name')}</th>
            <th scope="col">{t('family.roleHeading')}</th>
            <th scope="col">{t('assignments.sinceHeading')}</th>
            <th scope="col">{t('assignments.untilHeading')}</th>
            <th scope="col">{t('assignments.status')}</th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((a) => (
            <tr key={`${a.userId}-${a.since}`}>
              <th scope="row">{a.name}</th>
              <td>{t(`assignments.${a.role}`)}</td>
              <td>{day(a.since)}</td>
              <td>{a.until ? day(a.until) : '—'}</td>
              <td>{status(a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {candidates.state.kind === 'problem' && <WorkProblem messageKey={candidates.state.key} />}
      {candidates.state.kind === 'ready' && candidates.state.data.mayHandOver && <HandOverForm familyId={familyId} familyName={familyName} options={candidates.state.data} onChanged={onChanged} />}
    </section>
  );
}

function HandOverForm({ familyId, familyName, options, onChanged }: { familyId: string; familyName: string; options: HandOverCandidates; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation('werk');
  const words = useProblemWords();
  const navigate = useNavigate();
  // The server's day, so a wrong clock on this computer cannot offer a day the server refuses.
  const { earliestDay: today, candidates } = options;
  const [values, setValues] = useState({ toUserId: '', on: today });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  // The confirm question replaces the form, so focus goes to it (keyboard and screen reader follow).
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const chosen = candidates.find((c) => c.userId === values.toUserId);
  const label = (c: HandOverCandidates['candidates'][number]) => [c.name, c.jobTitle, c.organisation].filter(Boolean).join(', ');

  function check(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const found: FieldErrors = {};
    if (!values.toUserId) found[ids.toUserId] = t('errors.toUserId');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.on) || values.on < today) found[ids.on] = t('errors.on');
    setErrors(found);
    setConfirming(!Object.keys(found).length);
  }

  async function handOver() {
    if (busy || !chosen) return;
    setBusy(true);
    try {
      await api(`/gezinnen/${familyId}/overdracht`, { method: 'POST', body: { toUserId: values.toUserId, on: values.on } });
      // Handed over today: her access has ended, so the family is no longer hers to open.
      if (values.on === today) {
        void navigate(workPaths.families, { replace: true });
        return;
      }
      await onChanged();
      setDone(t('handOver.done', { name: chosen.name, date: formatDate(values.on, i18n.language) }));
      setConfirming(false);
      setValues({ toUserId: '', on: today });
    } catch (error) {
      setConfirming(false);
      setErrors(errorsFromProblem(error, ids, words));
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === 'general' ? ids.toUserId : fieldId, text }));
  return (
    <section aria-labelledby="overdragen">
      <h3 id="overdragen">{t('handOver.title')}</h3>
      <Paragraph>{t('handOver.intro')}</Paragraph>
      <ErrorSummary title={t('form.summaryTitle')} errors={summary} />
      {done && (
        <p role="status" className="onsplan-work-done">
          {done}
        </p>
      )}
      {candidates.length === 0 ? (
        <Paragraph>{t('handOver.noCandidates')}</Paragraph>
      ) : confirming && chosen ? (
        <div className="onsplan-work-confirm" role="group" aria-labelledby="overdragen-bevestigen">
          <p id="overdragen-bevestigen" ref={question} tabIndex={-1}>
            <strong>{t('handOver.confirm', { family: familyName, name: chosen.name, date: formatDate(values.on, i18n.language) })}</strong>
          </p>
          <Paragraph>{t(values.on === today ? 'handOver.consequenceToday' : 'handOver.consequence')}</Paragraph>
          <div className="onsplan-work-actions">
            <Button purpose="primary" busy={busy} onClick={() => void handOver()}>
              {busy ? t('form.busy') : t('handOver.yes')}
            </Button>
            <Button purpose="secondary" onClick={() => setConfirming(false)}>
              {t('handOver.back')}
            </Button>
          </div>
        </div>
      ) : (
        <form noValidate className="onsplan-form onsplan-work-form" onSubmit={check}>
          <SelectField
            id={ids.toUserId}
            label={t('handOver.to')}
            placeholder={t('addMember.choose')}
            error={errors[ids.toUserId]}
            value={values.toUserId}
            onChange={set('toUserId')}
            options={candidates.map((c) => ({ value: c.userId, label: label(c) }))}
          />
          <TextField id={ids.on} type="date" label={t('handOver.on')} hint={t('handOver.onHint')} error={errors[ids.on]} value={values.on} onChange={set('on')} />
          <Button purpose="primary" type="submit">
            {t('handOver.next')}
          </Button>
        </form>
      )}
    </section>
  );
}
