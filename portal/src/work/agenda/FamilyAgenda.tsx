import type { AfspraakInput, AfspraakPlaceKind, AfspraakView, AfsprakenOverview, NewAfspraak, VerplaatsAntwoord, VerplaatsverzoekView } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary.tsx';
import { MemberCheckboxes } from '../../components/MemberCheckboxes/MemberCheckboxes.tsx';
import { SelectField } from '../../components/SelectField/SelectField.tsx';
import { TextArea } from '../../components/TextArea/TextArea.tsx';
import { TextField } from '../../components/TextField/TextField.tsx';
import { WorkTable } from '../../components/WorkTable/WorkTable.tsx';
import { dutchDayOf, formatDateTime, formatTime } from '../../format.ts';
import { useWork } from '../context.ts';
import { errorsFromProblem, type FieldErrors } from '../form-errors.ts';
import { useProblemWords } from '../useFormWords.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { amsterdamInstant } from './amsterdam-time.ts';

type Member = { id: string; firstName: string };

/**
 * The family's agenda in the workspace: every appointment (also cancelled ones), the questions of
 * members to move one with a form to answer each, and a form to plan a new one. The server decides
 * who sees each appointment; this screen only says who takes part.
 */
export function FamilyAgenda() {
  const { t, i18n } = useTranslation('werk');
  const { familyId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  const list = useApi<AfsprakenOverview>(family ? paths.afspraken(family.id) : null);
  const [editing, setEditing] = useState<AfspraakView>();
  const [done, setDone] = useState<string>();
  if (!family) return <WorkNotFound />;
  const members: Member[] = family.members.map((m) => ({ id: m.id, firstName: m.firstName }));
  const afspraken = list.state.kind === 'ready' ? list.state.data.afspraken : [];
  const professionals: Member[] = list.state.kind === 'ready' ? (list.state.data.professionals ?? []).map((p) => ({ id: p.userId, firstName: p.name })) : [];
  function startEditing(a: AfspraakView) {
    setDone(undefined);
    setEditing(a);
    // The form is below the table: take the keyboard and screen reader there, to its heading.
    requestAnimationFrame(() => document.getElementById('afspraak-formulier')?.focus());
  }
  const open = afspraken.flatMap((a) => a.verplaatsverzoeken.filter((v) => !v.answer && !a.cancelled).map((v) => ({ afspraak: a, verzoek: v })));
  return (
    <WorkPage title={`${t('agenda.title')} – ${family.name}`}>
      <Paragraph purpose="lead">{t('agenda.intro')}</Paragraph>
      <WorkLoading state={list.state} />
      {open.length > 0 && (
        <section aria-labelledby="verplaatsverzoeken">
          <h2 id="verplaatsverzoeken">{t('agenda.requestsTitle', { count: open.length })}</h2>
          {open.map(({ afspraak, verzoek }) => (
            <AnswerMove key={verzoek.id} familyId={family.id} afspraak={afspraak} verzoek={verzoek} onAnswered={list.reload} />
          ))}
        </section>
      )}
      {list.state.kind === 'ready' &&
        (afspraken.length ? (
          <WorkTable
            rows={afspraken}
            rowKey={(a) => a.id}
            columns={[
              { heading: t('agenda.colWhen'), rowHeader: true, cell: (a) => `${formatDateTime(a.start, i18n.language)}–${formatTime(a.end, i18n.language)}` },
              { heading: t('agenda.colWhat'), cell: (a) => a.title },
              { heading: t('agenda.colWho'), cell: (a) => [...a.members.map((m) => m.firstName), ...a.professionals.map((p) => p.name)].join(', ') },
              { heading: t('agenda.colWhere'), cell: (a) => placeText(a, t) },
              { heading: t('agenda.colStatus'), cell: (a) => statusText(a, t) },
              {
                heading: t('agenda.colActions'),
                cell: (a) =>
                  a.cancelled ? null : (
                    <div className="onsplan-actions">
                      <Button purpose="secondary" type="button" aria-label={t('agenda.changeLabel', { what: a.title })} aria-controls="afspraak-formulier" onClick={() => startEditing(a)}>
                        {t('agenda.change')}
                      </Button>
                      <CancelAfspraak familyId={family.id} afspraak={a} onCancelled={list.reload} />
                    </div>
                  ),
              },
            ]}
          />
        ) : (
          <Paragraph>{t('agenda.none')}</Paragraph>
        ))}
      <PlanAfspraak
        key={editing?.id ?? 'nieuw'}
        familyId={family.id}
        members={members}
        professionals={professionals}
        {...(editing ? { editing } : {})}
        done={done}
        onPlanned={async (text) => {
          setEditing(undefined);
          setDone(text);
          await list.reload();
        }}
        onStopEditing={() => setEditing(undefined)}
      />
    </WorkPage>
  );
}

type T = TFunction<'werk'>;

function placeText(a: AfspraakView, t: T): string {
  return a.place ? `${t(`agenda.placeKind.${a.place.kind}`)}: ${a.place.value}` : t(`agenda.placeKind.${a.placeKind}`);
}

function statusText(a: AfspraakView, t: T): string {
  if (a.cancelled) return t('agenda.status.cancelled');
  const open = a.verplaatsverzoeken.filter((v) => !v.answer).length;
  return open ? t('agenda.status.moveAsked') : t('agenda.status.planned');
}

function CancelAfspraak({ familyId, afspraak: a, onCancelled }: { familyId: string; afspraak: AfspraakView; onCancelled: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const words = useProblemWords();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const cancel = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await api(paths.afspraak(familyId, a.id, 'annulering'), { method: 'POST', body: {} });
      await onCancelled();
    } catch (error) {
      setProblem(errorsFromProblem(error, {}, words).general);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button purpose="secondary" type="button" busy={busy} aria-label={t('agenda.cancelLabel', { what: a.title })} onClick={() => void cancel()}>
        {t('agenda.cancel')}
      </Button>
      {problem && <p className="onsplan-field__error">{problem}</p>}
    </>
  );
}

const planIds = {
  title: 'afspraak-wat',
  day: 'afspraak-datum',
  from: 'afspraak-begin',
  to: 'afspraak-einde',
  placeKind: 'afspraak-soort',
  place: 'afspraak-plek',
  members: 'afspraak-leden',
  professionals: 'afspraak-professionals',
  hidden: 'afspraak-verbergen',
  note: 'afspraak-toelichting',
} as const;
// The server names its fields; the form's ids are what the error summary links to.
const serverFields = { title: planIds.title, start: planIds.day, end: planIds.to, place: planIds.place, memberIds: planIds.members, professionalIds: planIds.professionals, placeHiddenFrom: planIds.hidden, note: planIds.note };
const placeKinds: readonly AfspraakPlaceKind[] = ['adres', 'video', 'telefoon'];
const emptyPlan = { title: '', day: '', from: '', to: '', placeKind: 'adres', place: '', note: '' };

/** The form's values of an appointment being changed, in Dutch time as she typed them. */
function valuesOf(a: AfspraakView): typeof emptyPlan {
  return { title: a.title, day: dutchDayOf(new Date(a.start)), from: formatTime(a.start, 'nl'), to: formatTime(a.end, 'nl'), placeKind: a.placeKind, place: a.place?.value ?? '', note: a.note ?? '' };
}

/** Plans a new appointment, or with `editing` changes that one (what, when, where, who). */
function PlanAfspraak({ familyId, members, professionals, editing, done, onPlanned, onStopEditing }: { familyId: string; members: readonly Member[]; professionals: readonly Member[]; editing?: AfspraakView; done: string | undefined; onPlanned: (done: string) => Promise<void>; onStopEditing: () => void }) {
  const { t } = useTranslation('werk');
  const words = useProblemWords();
  const [values, setValues] = useState(editing ? valuesOf(editing) : emptyPlan);
  const [chosen, setChosen] = useState<string[]>(editing ? editing.members.map((m) => m.memberId) : []);
  const [hidden, setHidden] = useState<string[]>(editing?.placeHiddenFrom ?? []);
  const [colleagues, setColleagues] = useState<string[]>(editing ? editing.professionals.flatMap((p) => (p.userId ? [p.userId] : [])) : []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof emptyPlan) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  async function plan(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const start = amsterdamInstant(values.day, values.from);
    const end = amsterdamInstant(values.day, values.to);
    const found: FieldErrors = {};
    if (!values.title.trim()) found[planIds.title] = t('agenda.errors.title');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.day)) found[planIds.day] = t('agenda.errors.day');
    if (!start) found[planIds.from] = t('agenda.errors.from');
    if (!end || (start && end <= start)) found[planIds.to] = t('agenda.errors.to');
    if (!values.place.trim()) found[planIds.place] = t(`agenda.errors.place.${values.placeKind}`);
    if (!chosen.length) found[planIds.members] = t('agenda.errors.members');
    setErrors(found);
    if (Object.keys(found).length || !start || !end) return;
    setBusy(true);
    try {
      const input: AfspraakInput = {
        title: values.title.trim(),
        start,
        end,
        place: { kind: values.placeKind as AfspraakPlaceKind, value: values.place.trim() },
        memberIds: chosen,
        professionalIds: colleagues,
        placeHiddenFrom: hidden.filter((id) => chosen.includes(id)),
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      };
      if (editing) {
        await api(paths.afspraak(familyId, editing.id), { method: 'PUT', body: input });
      } else {
        const body: NewAfspraak = { clientId: crypto.randomUUID(), ...input };
        await api(paths.afspraken(familyId), { method: 'POST', body });
      }
      setValues(emptyPlan);
      setChosen([]);
      setHidden([]);
      setColleagues([]);
      await onPlanned(t(editing ? 'agenda.changed' : 'agenda.planned', { what: input.title }));
    } catch (error) {
      setErrors(errorsFromProblem(error, serverFields, words));
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === 'general' ? planIds.title : fieldId, text }));
  const participants = members.filter((m) => chosen.includes(m.id));
  return (
    <section aria-labelledby="afspraak-formulier">
      <h2 id="afspraak-formulier" tabIndex={-1}>
        {editing ? t('agenda.changeTitle', { what: editing.title }) : t('agenda.planTitle')}
      </h2>
      <ErrorSummary title={t('form.summaryTitle')} errors={summary} />
      {done && (
        <p role="status" className="onsplan-work-done">
          {done}
        </p>
      )}
      <form noValidate className="onsplan-form onsplan-work-form" onSubmit={(e) => void plan(e)}>
        <TextField id={planIds.title} label={t('agenda.what')} hint={t('agenda.whatHint')} error={errors[planIds.title]} value={values.title} onChange={set('title')} autoComplete="off" />
        <TextField id={planIds.day} type="date" label={t('agenda.day')} error={errors[planIds.day]} value={values.day} onChange={set('day')} />
        <TextField id={planIds.from} type="time" label={t('agenda.from')} error={errors[planIds.from]} value={values.from} onChange={set('from')} />
        <TextField id={planIds.to} type="time" label={t('agenda.to')} error={errors[planIds.to]} value={values.to} onChange={set('to')} />
        <SelectField
          id={planIds.placeKind}
          label={t('agenda.placeKindLabel')}
          value={values.placeKind}
          onChange={set('placeKind')}
          options={placeKinds.map((k) => ({ value: k, label: t(`agenda.placeKind.${k}`) }))}
        />
        <TextField id={planIds.place} label={t(`agenda.placeLabel.${values.placeKind}`)} error={errors[planIds.place]} value={values.place} onChange={set('place')} autoComplete="off" />
        <MemberCheckboxes idBase={planIds.members} legend={t('agenda.members')} hint={t('agenda.membersHint')} error={errors[planIds.members]} members={members} chosen={chosen} onChange={setChosen} />
        {participants.length > 0 && (
          <MemberCheckboxes idBase={planIds.hidden} legend={t('agenda.hideFrom')} hint={t('agenda.hideFromHint')} error={errors[planIds.hidden]} members={participants} chosen={hidden} onChange={setHidden} />
        )}
        {professionals.length > 0 && (
          <MemberCheckboxes
            idBase={planIds.professionals}
            legend={t('agenda.professionals')}
            hint={t('agenda.professionalsHint')}
            error={errors[planIds.professionals]}
            members={professionals}
            chosen={colleagues}
            onChange={setColleagues}
          />
        )}
        <TextArea id={planIds.note} label={t('agenda.note')} hint={t('agenda.noteHint')} error={errors[planIds.note]} value={values.note} onChange={set('note')} rows={3} />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('form.busy') : editing ? t('agenda.changeSubmit') : t('agenda.planSubmit')}
        </Button>
        {editing && (
          <Button purpose="subtle" type="button" onClick={onStopEditing}>
            {t('agenda.stopChanging')}
          </Button>
        )}
      </form>
    </section>
  );
}

function AnswerMove({ familyId, afspraak: a, verzoek, onAnswered }: { familyId: string; afspraak: AfspraakView; verzoek: VerplaatsverzoekView; onAnswered: () => Promise<void> }) {
  const { t, i18n } = useTranslation('werk');
  const words = useProblemWords();
  const base = `antwoord-${verzoek.id}`;
  const ids = { kind: `${base}-soort`, day: `${base}-datum`, from: `${base}-begin`, to: `${base}-einde`, message: `${base}-bericht` };
  const [values, setValues] = useState({ kind: 'nieuw-moment', day: '', from: '', to: '', message: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  async function answer(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const moving = values.kind === 'nieuw-moment';
    const start = amsterdamInstant(values.day, values.from);
    const end = amsterdamInstant(values.day, values.to);
    const found: FieldErrors = {};
    if (moving && !/^\d{4}-\d{2}-\d{2}$/.test(values.day)) found[ids.day] = t('agenda.errors.day');
    if (moving && !start) found[ids.from] = t('agenda.errors.from');
    if (moving && (!end || (start && end <= start))) found[ids.to] = t('agenda.errors.to');
    if (!values.message.trim()) found[ids.message] = t('agenda.errors.message');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const body: VerplaatsAntwoord = { kind: moving ? 'nieuw-moment' : 'nee', message: values.message.trim(), ...(moving && start && end ? { start, end } : {}) };
      await api(paths.verplaatsAntwoord(familyId, a.id, verzoek.id), { method: 'POST', body });
      await onAnswered();
    } catch (error) {
      setErrors(errorsFromProblem(error, { start: ids.day, end: ids.to, message: ids.message }, words));
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([fieldId, text]) => ({ fieldId: fieldId === 'general' ? ids.message : fieldId, text }));
  return (
    <article className="onsplan-work-card" aria-labelledby={`${base}-titel`}>
      <h3 id={`${base}-titel`}>
        {t('agenda.requestBy', { name: verzoek.askedBy.firstName, what: a.title, when: formatDateTime(a.start, i18n.language) })}
      </h3>
      <p>{t('agenda.requestReason', { reason: verzoek.reason })}</p>
      <ErrorSummary title={t('form.summaryTitle')} errors={summary} />
      <form noValidate className="onsplan-form onsplan-work-form" onSubmit={(e) => void answer(e)}>
        <SelectField
          id={ids.kind}
          label={t('agenda.answerKind')}
          value={values.kind}
          onChange={set('kind')}
          options={[
            { value: 'nieuw-moment', label: t('agenda.answerNewTime') },
            { value: 'nee', label: t('agenda.answerNo') },
          ]}
        />
        {values.kind === 'nieuw-moment' && (
          <>
            <TextField id={ids.day} type="date" label={t('agenda.day')} error={errors[ids.day]} value={values.day} onChange={set('day')} />
            <TextField id={ids.from} type="time" label={t('agenda.from')} error={errors[ids.from]} value={values.from} onChange={set('from')} />
            <TextField id={ids.to} type="time" label={t('agenda.to')} error={errors[ids.to]} value={values.to} onChange={set('to')} />
          </>
        )}
        <TextArea id={ids.message} label={t('agenda.message')} hint={t('agenda.messageHint')} error={errors[ids.message]} value={values.message} onChange={set('message')} rows={3} />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('form.busy') : t('agenda.answerSubmit')}
        </Button>
      </form>
    </article>
  );
}
