import {
  requestDataKinds,
  requestUntilProblem,
  latestRequestUntil,
  type NewToestemmingsverzoek,
  type RequestDataKind,
  type ToestemmingsverzoekenOverview,
  type ToestemmingsverzoekWorkView,
} from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, newClientId } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi } from '../api/useApi.ts';
import { ConsentRequestStatus, type ConsentRequestStatusItem } from '../components/ConsentRequestStatus/ConsentRequestStatus.tsx';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { TextArea } from '../components/TextArea/TextArea.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import { dutchDayOf, formatDate } from '../format.ts';
import { errorsFromProblem, type FieldErrors } from './form-errors.ts';
import { useProblemWords } from './useFormWords.ts';

const ids = {
  organisation: 'verzoek-organisatie',
  purpose: 'verzoek-doel',
  dataKinds: 'verzoek-gegevens',
  dataOther: 'verzoek-gegevens-anders',
  validUntil: 'verzoek-tot',
  note: 'verzoek-bericht',
} as const;

/**
 * On a member's page in the workspace: ask the people who decide on this member's data for
 * toestemming (the server names them, shared/src/consent), and follow every question's answers.
 */
export function ConsentRequestSection({ familyId, memberId, firstName }: { familyId: string; memberId: string; firstName: string }) {
  const { t, i18n } = useTranslation('werk');
  const problemWords = useProblemWords();
  const list = useApi<ToestemmingsverzoekenOverview>(paths.toestemmingsverzoeken(familyId));
  const [organisation, setOrganisation] = useState('');
  const [purpose, setPurpose] = useState('');
  const [dataKinds, setDataKinds] = useState<RequestDataKind[]>([]);
  const [dataOther, setDataOther] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string>();
  const [done, setDone] = useState('');
  const clientId = useRef(newClientId());
  const today = dutchDayOf(new Date());
  const toggle = (k: RequestDataKind) => setDataKinds((now) => (now.includes(k) ? now.filter((x) => x !== k) : [...now, k]));
  const messageOf = (code: string, field: string | undefined) => (field && i18n.exists(`consentRequest.errors.${field}`, { ns: 'werk' }) ? t(`consentRequest.errors.${field}`) : problemWords(code, field));

  async function ask(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone('');
    const found: FieldErrors = {};
    if (!organisation.trim()) found[ids.organisation] = t('consentRequest.errors.organisation');
    if (!purpose.trim()) found[ids.purpose] = t('consentRequest.errors.purpose');
    if (!dataKinds.length && !dataOther.trim()) found[ids.dataKinds] = t('consentRequest.errors.dataKinds');
    if (!validUntil) found[ids.validUntil] = t('consentRequest.errors.validUntil');
    else if (requestUntilProblem(validUntil, today)) found[ids.validUntil] = t(`consentRequest.errors.${requestUntilProblem(validUntil, today)}`);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const body: NewToestemmingsverzoek = {
        clientId: clientId.current,
        subjectMemberId: memberId,
        organisation: organisation.trim(),
        purpose: purpose.trim(),
        dataKinds,
        ...(dataOther.trim() ? { dataOther: dataOther.trim() } : {}),
        validUntil,
        ...(note.trim() ? { note: note.trim() } : {}),
      };
      await api(paths.toestemmingsverzoeken(familyId), { method: 'POST', body });
      clientId.current = newClientId();
      setOrganisation('');
      setPurpose('');
      setDataKinds([]);
      setDataOther('');
      setValidUntil('');
      setNote('');
      setDone(t('consentRequest.asked'));
      await list.reload();
    } catch (error) {
      setErrors(errorsFromProblem(error, ids, messageOf));
    } finally {
      setBusy(false);
    }
  }

  async function withdraw(id: string) {
    setWithdrawing(id);
    setDone('');
    try {
      await api(paths.toestemmingsverzoek(familyId, id, 'intrekking'), { method: 'POST', body: {} });
      setDone(t('consentRequest.withdrawn'));
      await list.reload();
    } catch (error) {
      setErrors(errorsFromProblem(error, ids, messageOf));
    } finally {
      setWithdrawing(undefined);
    }
  }

  const dataWords = (r: ToestemmingsverzoekWorkView) => [...r.dataKinds.map((k) => t(`consentRequest.dataKind.${k}`)), ...(r.dataOther ? [r.dataOther] : [])];
  const items: ConsentRequestStatusItem[] =
    list.state.kind === 'ready'
      ? list.state.data.work
          .filter((r) => r.subject.memberId === memberId)
          .map((r) => ({
            id: r.id,
            organisation: r.organisation,
            purpose: r.purpose,
            data: dataWords(r),
            until: formatDate(r.validUntil, i18n.language),
            asked: t('consentRequest.askedBy', { name: r.askedBy.name, date: formatDate(r.askedAt, i18n.language) }),
            status: { text: t(`consentRequest.status.${r.status}`), tone: r.status === 'gegeven' ? 'ok' : r.status === 'open' ? 'open' : 'warning' },
            answers: r.answers.map((a) =>
              t(a.answer ? `consentRequest.answer.${a.answer}` : 'consentRequest.answer.none', {
                name: a.firstName,
                context: a.by?.kind === 'helper' ? 'helper' : undefined,
                helper: a.by?.name ?? '',
              }),
            ),
            mayWithdraw: r.status === 'open',
          }))
      : [];
  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === 'general' ? ids.organisation : fieldId, text }));

  return (
    <section aria-labelledby="toestemming-vragen">
      <h2 id="toestemming-vragen">{t('consentRequest.title', { name: firstName })}</h2>
      <p>{t('consentRequest.intro')}</p>
      <ConsentRequestStatus
        items={items}
        words={{
          heading: t('consentRequest.statusHeading'),
          none: t('consentRequest.none'),
          purpose: t('consentRequest.purpose'),
          data: t('consentRequest.dataShort'),
          until: t('consentRequest.validUntil'),
          answers: t('consentRequest.answers'),
          withdraw: t('consentRequest.withdraw'),
          busy: t('form.busy'),
        }}
        {...(withdrawing ? { busyId: withdrawing } : {})}
        onWithdraw={(id) => void withdraw(id)}
      />
      <ErrorSummary title={t('form.summaryTitle')} errors={summary} />
      {done && (
        <p role="status" className="onsplan-work-done">
          {done}
        </p>
      )}
      <h3 id="toestemming-nieuwe-vraag">{t('consentRequest.newHeading')}</h3>
      <form noValidate className="onsplan-form onsplan-work-form" aria-labelledby="toestemming-nieuwe-vraag" onSubmit={(e) => void ask(e)}>
        <TextField id={ids.organisation} label={t('consentRequest.organisation')} hint={t('consentRequest.organisationHint')} error={errors[ids.organisation]} value={organisation} onChange={(e) => setOrganisation(e.target.value)} autoComplete="organization" />
        <TextArea id={ids.purpose} label={t('consentRequest.purpose')} hint={t('consentRequest.purposeHint')} error={errors[ids.purpose]} value={purpose} rows={2} onChange={(e) => setPurpose(e.target.value)} />
        <fieldset className="onsplan-work-checks" aria-describedby={errors[ids.dataKinds] ? `${ids.dataKinds}-fout` : undefined}>
          <legend className="onsplan-field__label">{t('consentRequest.data')}</legend>
          {errors[ids.dataKinds] && (
            <p id={`${ids.dataKinds}-fout`} className="onsplan-field__error">
              {errors[ids.dataKinds]}
            </p>
          )}
          {requestDataKinds.map((k, i) => (
            <div key={k} className="onsplan-work-check">
              <input type="checkbox" id={i === 0 ? ids.dataKinds : `verzoek-gegevens-${k}`} checked={dataKinds.includes(k)} onChange={() => toggle(k)} />
              <label htmlFor={i === 0 ? ids.dataKinds : `verzoek-gegevens-${k}`}>{t(`consentRequest.dataKind.${k}`)}</label>
            </div>
          ))}
          <TextField id={ids.dataOther} label={t('consentRequest.dataOther')} error={errors[ids.dataOther]} value={dataOther} onChange={(e) => setDataOther(e.target.value)} autoComplete="off" />
        </fieldset>
        <TextField
          id={ids.validUntil}
          type="date"
          label={t('consentRequest.validUntil')}
          hint={t('consentRequest.validUntilHint', { date: formatDate(latestRequestUntil(today), i18n.language) })}
          error={errors[ids.validUntil]}
          value={validUntil}
          min={today}
          max={latestRequestUntil(today)}
          onChange={(e) => setValidUntil(e.target.value)}
        />
        <TextArea id={ids.note} label={`${t('consentRequest.note')} ${t('form.optional')}`} hint={t('consentRequest.noteHint')} error={errors[ids.note]} value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('form.busy') : t('consentRequest.submit')}
        </Button>
      </form>
    </section>
  );
}
