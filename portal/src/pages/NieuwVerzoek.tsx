import type { CommentList, CorrectieKind, CorrectieTargetKind, NewCorrectieverzoek, PlanView, ScoresPage } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiProblem, newClientId } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { useWrite } from '../app/writes.ts';
import { Choice } from '../components/Choice/Choice.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { TextArea } from '../components/TextArea/TextArea.tsx';
import { useFamily } from '../family/context.ts';
import { focusFirstInvalid } from '../components/form-focus.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { helperWords, useActing } from '../family/acting-context.ts';

/**
 * A request to change, add to or remove something: from a plan item (`?onderdeel=<key>`), a
 * professional's comment (`?reactie=<id>`), a personal field (`?gegeven=<id>`) or, only to remove
 * it, one of her own scores (`?score=<id>`).
 */
export function NieuwVerzoek() {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const { family } = useFamily();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const itemKey = search.get('onderdeel');
  const commentId = search.get('reactie');
  const fieldId = search.get('gegeven');
  const scoreId = search.get('score');
  const target: { kind: CorrectieTargetKind; id: string } | undefined = itemKey
    ? { kind: 'plan-item', id: itemKey }
    : commentId
      ? { kind: 'comment', id: commentId }
      : fieldId
        ? { kind: 'member-field', id: fieldId }
        : scoreId
          ? { kind: 'score', id: scoreId }
          : undefined;
  // What the request is about, in the words the person sees it.
  const source = useApi<PlanView | CommentList | ScoresPage>(itemKey ? paths.plan(family.id) : commentId ? paths.comments(family.id) : scoreId ? paths.scores(family.id) : null);
  // A personal field is in the family the layout loaded already (only the fields this person may see).
  const field = fieldId ? family.members.flatMap((m) => m.fields).find((f) => f.id === fieldId) : undefined;
  const about = field
    ? `${t(`contact.field.${field.field}`)}: ${field.value}`
    : source.state.kind !== 'ready'
      ? undefined
      : 'items' in source.state.data
        ? source.state.data.items.find((i) => i.key === itemKey)?.what
        : 'doelen' in source.state.data
          ? scoreAbout(source.state.data, scoreId)
          : source.state.data.comments.find((c) => c.id === commentId)?.body;
  // A score is how she felt that day: she can only ask to take it away.
  const kinds: readonly CorrectieKind[] = scoreId ? ['verwijderen'] : ['wijzigen', 'aanvullen', 'verwijderen'];
  const [kind, setKind] = useState<CorrectieKind | undefined>(scoreId ? 'verwijderen' : undefined);
  const [proposed, setProposed] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ kind?: string; proposed?: string; reason?: string }>({});
  const clientId = useRef(newClientId());
  const submit = useSubmit();
  const write = useWrite();
  const needsText = kind === 'wijzigen' || kind === 'aanvullen';

  async function send(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...(kind ? {} : { kind: t('correction.new.chooseKind') }),
      ...(needsText && !proposed.trim() ? { proposed: t(kind === 'aanvullen' ? 'correction.new.addNeeded' : 'correction.new.textNeeded') } : {}),
      ...(reason.trim() ? {} : { reason: t('correction.new.reasonNeeded') }),
    };
    setErrors(found);
    if (!kind || !target || Object.keys(found).length) return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    const body: NewCorrectieverzoek = { clientId: clientId.current, target, kind, reason: reason.trim(), ...(needsText ? { proposedText: proposed.trim() } : {}) };
    let waiting = false;
    const ok = await submit.run(async () => {
      try {
        waiting = (await write({ what: 'correctieverzoek', familyId: family.id, method: 'POST', path: paths.correctieverzoeken(family.id), clientId: clientId.current, body })).kind === 'waiting';
      } catch (error) {
        if (error instanceof ApiProblem && error.fields.includes('proposedText')) setErrors({ proposed: t('correction.new.textNeeded') });
        if (error instanceof ApiProblem && error.fields.includes('reason')) setErrors({ reason: t('correction.new.reasonNeeded') });
        throw error;
      }
    });
    if (ok) navigate(`/plan/${family.id}/verzoeken`, { replace: true, state: waiting ? { waiting: true } : { sent: true } });
  }

  if (!target) {
    return (
      <FamilyPage title={t('correction.new.title')}>
        <Paragraph>{t('correction.howToStart')}</Paragraph>
      </FamilyPage>
    );
  }
  if ((itemKey || commentId || scoreId) && source.state.kind !== 'ready') {
    return (
      <FamilyPage title={t('correction.new.title')}>
        <LoadState state={source.state} />
      </FamilyPage>
    );
  }
  if (about === undefined) {
    return (
      <FamilyPage title={t('correction.new.title')}>
        <ProblemMessage messageKey="problem.niet-gevonden" />
      </FamilyPage>
    );
  }

  return (
    <FamilyPage title={t('correction.new.title')}>
      <Paragraph purpose="lead">{t('correction.new.intro', words)}</Paragraph>
      {about !== undefined && (
        <div className="onsplan-quote-block">
          <p className="onsplan-meta">{t('correction.new.itIsAbout')}</p>
          <p className="onsplan-card__title">{about}</p>
        </div>
      )}
      <form noValidate className="onsplan-form" onSubmit={(e) => void send(e)}>
        {submit.problem && <ProblemMessage messageKey={submit.problem} />}
        <Choice
          name="verzoek-soort"
          legend={t('correction.new.kindLegend')}
          error={errors.kind}
          value={kind}
          onChange={(k) => {
            setKind(k);
            setErrors({});
          }}
          options={kinds.map((k) => ({ value: k, label: t(`correction.new.kind.${k}`), hint: t(`correction.new.kindHint.${k}`) }))}
        />
        {needsText && (
          <TextArea
            id="verzoek-tekst"
            label={t(kind === 'aanvullen' ? 'correction.new.addLabel' : 'correction.new.textLabel')}
            error={errors.proposed}
            value={proposed}
            maxLength={4000}
            onChange={(e) => setProposed(e.target.value)}
          />
        )}
        <TextArea id="verzoek-reden" label={t('correction.new.reasonLabel')} hint={t('correction.new.reasonHint')} error={errors.reason} value={reason} maxLength={4000} onChange={(e) => setReason(e.target.value)} />
        <Paragraph>{t('correction.new.deadline', words)}</Paragraph>
        <Button purpose="primary" type="submit" busy={submit.busy}>
          {submit.busy ? t('app.busy') : t('correction.new.send')}
        </Button>
      </form>
    </FamilyPage>
  );
}

/** One of her own scores in words: the doel and the number, as she sees it on "Hoe gaat het nu?". */
function scoreAbout(page: ScoresPage, scoreId: string | null): string | undefined {
  for (const doel of page.doelen) {
    const score = doel.scores.find((s) => s.id === scoreId && s.isMine);
    if (score) return `${doel.what}: ${score.value}`;
  }
  return undefined;
}
