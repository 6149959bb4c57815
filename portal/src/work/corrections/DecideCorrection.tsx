import { decisionNeeds, type CorrectieBesluit, type CorrectieChange, type CorrectieOutcome, type CorrectieverzoekView, type RemovalGround } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { useSubmit } from '../../api/useApi.ts';
import { Choice } from '../../components/Choice/Choice.tsx';
import { TextArea } from '../../components/TextArea/TextArea.tsx';
import { focusAfterUpdate, focusFirstInvalid } from '../../components/form-focus.ts';
import { WorkProblem } from '../WorkProblem.tsx';

/** Which text a decision changes, per kind of target; a member record has no single text. */
const changeKey: Record<CorrectieverzoekView['target']['kind'], keyof CorrectieChange | undefined> = { 'plan-item': 'what', comment: 'body', 'member-field': 'value', member: undefined, score: undefined };

type Errors = { extend?: string; outcome?: string; reasons?: string; change?: string; ground?: string };

/** Her steps on an open request: take it in hand, extend once with a reason, decide. The API checks every step. */
export function DecideCorrection({ request, onChanged }: { request: CorrectieverzoekView; onChanged: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const submit = useSubmit();
  const [extendReason, setExtendReason] = useState('');
  const [outcome, setOutcome] = useState<CorrectieOutcome>();
  const [reasons, setReasons] = useState('');
  const [changeText, setChangeText] = useState(request.proposedText ?? '');
  const [ground, setGround] = useState<RemovalGround>();
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState('');
  const id = `besluit-${request.id}`;
  const key = changeKey[request.target.kind];
  const needs = outcome ? decisionNeeds(request.kind, outcome) : { reasons: false, change: false, removalGround: false };
  const needsChange = needs.change && key !== undefined;

  async function step(path: string, body: unknown) {
    setSaved('');
    const ok = await submit.run(async () => {
      await api(path, { method: 'POST', body });
    });
    if (!ok) return;
    await onChanged();
    setSaved(t('corrections.saved'));
    focusAfterUpdate('termijn');
  }

  function extend(event: FormEvent) {
    event.preventDefault();
    if (!extendReason.trim()) {
      setErrors({ extend: t('corrections.extendReasonNeeded') });
      return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    }
    setErrors({});
    void step(paths.correctieverzoek(request.familyId, request.id, 'verlenging'), { reason: extendReason.trim() });
  }

  function decide(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {
      ...(outcome ? {} : { outcome: t('corrections.chooseOutcome') }),
      ...(needs.reasons && !reasons.trim() ? { reasons: t('corrections.reasonsNeeded') } : {}),
      ...(needsChange && !changeText.trim() ? { change: t('corrections.changeNeeded') } : {}),
      ...(needs.removalGround && !ground ? { ground: t('corrections.groundNeeded') } : {}),
    };
    setErrors(found);
    if (!outcome || Object.keys(found).length) return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    const besluit: CorrectieBesluit = {
      outcome,
      ...(reasons.trim() ? { reasons: reasons.trim() } : {}),
      ...(needsChange && key ? { change: { [key]: changeText.trim() } } : {}),
      ...(needs.removalGround && ground ? { removalGround: ground } : {}),
    };
    void step(paths.correctieverzoek(request.familyId, request.id, 'besluit'), besluit);
  }

  return (
    <div className="onsplan-decide">
      {submit.problem && <WorkProblem messageKey={submit.problem} />}
      <p role="status" className="onsplan-status onsplan-status--quiet">
        {saved}
      </p>
      {request.status === 'ontvangen' && (
        <Button purpose="secondary" type="button" busy={submit.busy} onClick={() => void step(paths.correctieverzoek(request.familyId, request.id, 'behandeling'), {})}>
          {t('corrections.start')}
        </Button>
      )}
      {!request.extension && (
        <form noValidate className="onsplan-form onsplan-decide__form" onSubmit={extend} aria-labelledby={`${id}-verlengen`}>
          <h2 id={`${id}-verlengen`}>{t('corrections.extendTitle')}</h2>
          <Paragraph>{t('corrections.extendIntro')}</Paragraph>
          <TextArea id={`${id}-verlengen-reden`} label={t('corrections.extendReason')} rows={2} error={errors.extend} value={extendReason} maxLength={2000} onChange={(e) => setExtendReason(e.target.value)} />
          <Button purpose="secondary" type="submit" busy={submit.busy}>
            {t('corrections.extend')}
          </Button>
        </form>
      )}
      <form noValidate className="onsplan-form onsplan-decide__form" onSubmit={decide} aria-labelledby={`${id}-besluit`}>
        <h2 id={`${id}-besluit`}>{t('corrections.decideTitle')}</h2>
        <Choice
          name={`${id}-uitkomst`}
          legend={t('corrections.outcomeLegend')}
          error={errors.outcome}
          value={outcome}
          onChange={(o) => {
            setOutcome(o);
            setErrors({});
          }}
          options={(['toekennen', 'deels', 'afwijzen'] as const).map((o) => ({ value: o, label: t(`corrections.outcome.${o}`) }))}
        />
        {needsChange && <TextArea id={`${id}-wijziging`} label={t('corrections.changeLabel')} error={errors.change} value={changeText} maxLength={4000} onChange={(e) => setChangeText(e.target.value)} />}
        {needs.removalGround && (
          <Choice
            name={`${id}-grond`}
            legend={t('corrections.groundLegend')}
            error={errors.ground}
            value={ground}
            onChange={setGround}
            options={(['belang-ander', 'wettelijke-plicht'] as const).map((g) => ({ value: g, label: t(`corrections.ground.${g}`) }))}
          />
        )}
        <TextArea
          id={`${id}-redenen`}
          label={t(needs.reasons ? 'corrections.reasonsLabel' : 'corrections.reasonsOptional')}
          hint={t('corrections.reasonsHint')}
          error={errors.reasons}
          value={reasons}
          maxLength={4000}
          onChange={(e) => setReasons(e.target.value)}
        />
        <Button purpose="primary" type="submit" busy={submit.busy}>
          {t('corrections.decide')}
        </Button>
      </form>
    </div>
  );
}
