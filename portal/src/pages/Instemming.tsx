import type { InstemmingAnswerView, InstemmingDecision, InstemmingOverview, MyInstemmingView, NewInstemming, PlanChangesView } from '@onsplan/shared';
import { helperWords, useActing } from '../family/acting-context.ts';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Explained } from '../components/Glossary/Explained.tsx';
import { newClientId } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { PendingState } from '../app/Pending.tsx';
import { usePending, useWrite } from '../app/writes.ts';
import { Choice } from '../components/Choice/Choice.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { DutchBeside } from '../components/DutchBeside/DutchBeside.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { TextArea } from '../components/TextArea/TextArea.tsx';
import { useFamily } from '../family/context.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { focusAfterUpdate, focusFirstInvalid } from '../components/form-focus.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';

/** Instemming: whether a member agrees with this exact version of the plan (not toestemming, B4). */
export function Instemming() {
  const { t, i18n } = useTranslation();
  const words = helperWords(useActing());
  const { family } = useFamily();
  // Members answer the current version; the professional's overview per version is in the workspace.
  const overview = useApi<InstemmingOverview>(paths.instemming(family.id));

  if (overview.state.kind !== 'ready') {
    return (
      <FamilyPage title={t('instemming.title', words)}>
        <LoadState state={overview.state} />
      </FamilyPage>
    );
  }
  const { version, mine } = overview.state.data;
  return (
    <FamilyPage title={t('instemming.title', words)}>
      <Paragraph purpose="lead">{t('instemming.intro', words)}</Paragraph>
      <Paragraph>
        <Explained text={t('instemming.notToestemming')} />
      </Paragraph>
      <Paragraph className="onsplan-meta">{t('plan.version', { number: version.number, date: formatDate(version.publishedAt, i18n.language) })}</Paragraph>
      {mine.map((m) => (
        <MyInstemming key={m.memberId} familyId={family.id} versionId={version.id} mine={m} onAnswered={overview.reload} />
      ))}
    </FamilyPage>
  );
}

export function Answer({ answer }: { answer: InstemmingAnswerView }) {
  const { t, i18n } = useTranslation();
  const words = helperWords(useActing());
  return (
    <dl className="onsplan-facts">
      <div>
        <dt>{t('instemming.answer', words)}</dt>
        <dd>
          <strong className={`onsplan-badge${answer.decision === 'niet-eens' ? ' onsplan-badge--warning' : ' onsplan-badge--ok'}`}>{t(`instemming.decision.${answer.decision}`)}</strong>
        </dd>
      </div>
      {answer.remark && (
        <div>
          <dt>{t(answer.decision === 'niet-eens' ? 'instemming.reason' : 'instemming.remark')}</dt>
          <dd>{answer.remark}</dd>
        </div>
      )}
      <div>
        <dt>{t('instemming.when')}</dt>
        <dd>{formatDateTime(answer.answeredAt, i18n.language)}</dd>
      </div>
      {answer.by.kind === 'helper' && answer.by.name && (
        <div>
          <dt>{t('instemming.by')}</dt>
          <dd>{answer.by.onBehalfOf ? t('comments.helperFor', { name: answer.by.name, member: answer.by.onBehalfOf }) : answer.by.name}</dd>
        </div>
      )}
    </dl>
  );
}

/** What changed since the version the member answered; only items they may see are named. */
export function Changes({ changes }: { changes: PlanChangesView }) {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const groups = [
    ['added', changes.added],
    ['changed', changes.changed],
    ['removed', changes.removed],
  ] as const;
  const any = groups.some(([, list]) => list.length);
  return (
    <div className="onsplan-changes">
      <Heading level={3}>{t('instemming.changesTitle', { number: changes.fromVersion })}</Heading>
      {!any && <Paragraph>{t('instemming.noChangesForYou', words)}</Paragraph>}
      {groups.map(([group, list]) =>
        list.length ? (
          <div key={group}>
            <p className="onsplan-changes__group">
              <span className={`onsplan-badge onsplan-changes__badge--${group}`}>{t(`instemming.changes.${group}`)}</span>
            </p>
            <ul>
              {list.map((item) => (
                <li key={item.key}>{group === 'removed' ? <del>{item.what}</del> : item.what}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </div>
  );
}

function MyInstemming({ familyId, versionId, mine, onAnswered }: { familyId: string; versionId: string; mine: MyInstemmingView; onAnswered: () => Promise<void> }) {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const [again, setAgain] = useState(false);
  const title = mine.forSelf ? t('instemming.yours', words) : t('instemming.forChild', { ...words, name: mine.firstName });
  const idBase = `instemming-${mine.memberId}`;
  // An answer given on this phone that the server has not confirmed yet, or refused (e.g. the plan changed meanwhile).
  const [waiting] = usePending((p) => {
    const body = p.body as Partial<NewInstemming> | undefined;
    return p.what === 'instemming' && p.familyId === familyId && (body?.versionId === versionId || p.status === 'fout') && (mine.forSelf ? !body?.memberId : body?.memberId === mine.memberId);
  });
  const waitingAnswer = waiting?.body as NewInstemming | undefined;
  return (
    <section className="onsplan-card onsplan-block" aria-labelledby={`${idBase}-title`}>
      <Heading level={2} id={`${idBase}-title`} tabIndex={-1} className="onsplan-focus-target">
        {title}
      </Heading>
      {mine.answer ? (
        <>
          <Paragraph>{t('instemming.answered', words)}</Paragraph>
          <Answer answer={mine.answer} />
          {!again && (
            <Button purpose="secondary" type="button" onClick={() => setAgain(true)}>
              {t('instemming.changeAnswer')}
            </Button>
          )}
        </>
      ) : (
        <>
          <p className="onsplan-status-line">
            <strong className="onsplan-badge onsplan-badge--new">{t('instemming.open')}</strong>
          </p>
          {mine.previous && (
            <>
              <Paragraph>{t('instemming.askedAgain', { ...words, number: mine.previous.versionNumber })}</Paragraph>
              <Answer answer={mine.previous} />
            </>
          )}
          {mine.changesSince && <Changes changes={mine.changesSince} />}
        </>
      )}
      {waiting && waitingAnswer && (
        <div className="onsplan-waiting">
          <dl className="onsplan-facts">
            <div>
              <dt>{t('instemming.answer', words)}</dt>
              <dd>
                <strong className="onsplan-badge">{t(`instemming.decision.${waitingAnswer.decision}`)}</strong>
              </dd>
            </div>
            {waitingAnswer.remark && (
              <div>
                <dt>{t(waitingAnswer.decision === 'niet-eens' ? 'instemming.reason' : 'instemming.remark')}</dt>
                <dd>{waitingAnswer.remark}</dd>
              </div>
            )}
          </dl>
          <p className="onsplan-status-line">
            <PendingState item={waiting} />
          </p>
        </div>
      )}
      {(!mine.answer || again) && (!waiting || waiting.status === 'fout') && (
        <InstemmingForm
          idBase={idBase}
          familyId={familyId}
          versionId={versionId}
          memberId={mine.forSelf ? undefined : mine.memberId}
          onAnswered={async () => {
            setAgain(false);
            await onAnswered();
            focusAfterUpdate(`${idBase}-title`);
          }}
        />
      )}
    </section>
  );
}

function InstemmingForm({ idBase, familyId, versionId, memberId, onAnswered }: { idBase: string; familyId: string; versionId: string; memberId: string | undefined; onAnswered: () => Promise<void> }) {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const [decision, setDecision] = useState<InstemmingDecision>();
  const [remark, setRemark] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; remark?: string }>({});
  const clientId = useRef(newClientId());
  const submit = useSubmit();
  const write = useWrite();
  const needsRemark = decision === 'eens-met-opmerking' || decision === 'niet-eens';

  async function send(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...(decision ? {} : { decision: t('instemming.chooseFirst') }),
      ...(needsRemark && !remark.trim() ? { remark: t(decision === 'niet-eens' ? 'instemming.reasonNeeded' : 'instemming.remarkNeeded') } : {}),
    };
    setErrors(found);
    if (!decision || Object.keys(found).length) return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    const body: NewInstemming = { clientId: clientId.current, versionId, decision, ...(needsRemark ? { remark: remark.trim() } : {}), ...(memberId ? { memberId } : {}) };
    const ok = await submit.run(async () => {
      await write({ what: 'instemming', familyId, method: 'POST', path: paths.instemming(familyId), clientId: clientId.current, body });
    });
    if (!ok) return;
    clientId.current = newClientId();
    await onAnswered();
  }

  return (
    <form noValidate className="onsplan-form" onSubmit={(e) => void send(e)} aria-labelledby={`${idBase}-title`}>
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <Choice
        name={`${idBase}-keuze`}
        legend={t('instemming.legend', words)}
        error={errors.decision}
        value={decision}
        onChange={(d) => {
          setDecision(d);
          setErrors({});
        }}
        options={(['eens', 'eens-met-opmerking', 'niet-eens'] as const).map((d) => ({ value: d, label: <DutchBeside k={`instemming.decision.${d}`} /> }))}
      />
      {needsRemark && (
        <TextArea
          id={`${idBase}-opmerking`}
          label={t(decision === 'niet-eens' ? 'instemming.reasonLabel' : 'instemming.remarkLabel')}
          hint={t('instemming.remarkHint')}
          error={errors.remark}
          value={remark}
          maxLength={4000}
          onChange={(e) => setRemark(e.target.value)}
        />
      )}
      <Button purpose="primary" type="submit" busy={submit.busy}>
        {submit.busy ? t('app.busy') : t('instemming.send')}
      </Button>
    </form>
  );
}
