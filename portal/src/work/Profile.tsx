import type { WorkProfile } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { useWork } from './context.ts';
import { errorsFromProblem, type FieldErrors } from './form-errors.ts';
import { useProblemWords } from './useFormWords.ts';
import { WorkLoading } from './WorkLoading.tsx';
import { WorkPage } from './WorkPage.tsx';

const ids = { workPhone: 'werktelefoon', workHours: 'bereikbaar' } as const;

/** Her own profile: name, job and organisation; the work phone and hours members see; her passkeys. */
export function Profile() {
  const { t } = useTranslation('werk');
  const { me } = useWork();
  const profile = useApi<WorkProfile>('/ik/werkprofiel');
  return (
    <WorkPage title={t('profile.title')}>
      <dl className="onsplan-work-facts">
        <dt>{t('profile.name')}</dt>
        <dd>{me.name}</dd>
        {me.jobTitle && (
          <>
            <dt>{t('profile.jobTitle')}</dt>
            <dd>{me.jobTitle}</dd>
          </>
        )}
        {me.organisation && (
          <>
            <dt>{t('profile.organisation')}</dt>
            <dd>{me.organisation}</dd>
          </>
        )}
      </dl>
      <h2>{t('profile.contactTitle')}</h2>
      <Paragraph>{t('profile.contactIntro')}</Paragraph>
      <WorkLoading state={profile.state} />
      {profile.state.kind === 'ready' && <ContactForm saved={profile.state.data} />}
      <p>
        <Link replace className="nl-link" to="/apparaten">
          {t('profile.devices')}
        </Link>
      </p>
    </WorkPage>
  );
}

/** Starts from the saved profile. Drawn before it came in, what she typed was overwritten when it arrived. */
function ContactForm({ saved: stored }: { saved: WorkProfile }) {
  const { t } = useTranslation('werk');
  const words = useProblemWords();
  const [phone, setPhone] = useState(stored.workPhone ?? '');
  const [hours, setHours] = useState(stored.workHours ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const found: FieldErrors = phone.trim() && !/^\+?[0-9][0-9 ()-]{5,30}$/.test(phone.trim()) ? { [ids.workPhone]: t('errors.workPhone') } : {};
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await api('/ik/werkprofiel', { method: 'PUT', body: { workPhone: phone.trim() || null, workHours: hours.trim() || null } });
      setSaved(true);
    } catch (error) {
      setErrors(errorsFromProblem(error, ids, words));
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === 'general' ? ids.workPhone : fieldId, text }));
  return (
    <>
      <ErrorSummary title={t('form.summaryTitle')} errors={summary} />
      {saved && (
        <p role="status" className="onsplan-work-done">
          {t('profile.saved')}
        </p>
      )}
      <form noValidate className="onsplan-form onsplan-work-form" onSubmit={(e) => void save(e)}>
        <TextField id={ids.workPhone} type="tel" autoComplete="work tel" label={t('profile.workPhone')} hint={t('profile.workPhoneHint')} error={errors[ids.workPhone]} value={phone} onChange={(e) => setPhone(e.target.value)} />
        <TextField id={ids.workHours} label={t('profile.workHours')} hint={t('profile.workHoursHint')} error={errors[ids.workHours]} value={hours} onChange={(e) => setHours(e.target.value)} />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('form.busy') : t('profile.save')}
        </Button>
      </form>
    </>
  );
}
