import { Button } from '@nl-design-system-candidate/button-react';
import type { DraftChanges, MemberChanges, PlanDraft, PublishedDraft } from '@onsplan/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiProblem } from '../../api/client.ts';
import { B1Hints } from './B1Hints.tsx';
import { workPaths } from '../paths.ts';
import { draftPaths, editorHref } from './draft-paths.ts';
import { WorkPage, WorkProblem } from './WorkPage.tsx';

type State = { kind: 'loading' } | { kind: 'problem'; code: string } | { kind: 'ready'; draft: PlanDraft; changes: DraftChanges };

/** The publish step: the summary for the family, per member what changes from their own view, and the button. */
export function PublishDraft() {
  const { familyId = '' } = useParams();
  const { t } = useTranslation('werk');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [published, setPublished] = useState<PublishedDraft>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([api<PlanDraft>(draftPaths.draft(familyId)), api<DraftChanges>(draftPaths.changes(familyId))])
      .then(([draft, changes]) => setState({ kind: 'ready', draft, changes }))
      .catch((error) => setState({ kind: 'problem', code: error instanceof ApiProblem ? error.code : 'interne-fout' }));
  }, [familyId]);

  if (state.kind !== 'ready') {
    return <WorkPage title={t('planEditor.publish.title')}>{state.kind === 'problem' ? <WorkProblem code={state.code} /> : <p role="status">{t('app.loading')}</p>}</WorkPage>;
  }
  const { draft, changes } = state;
  const number = draft.baseVersion.number + 1;

  const publish = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      setPublished(await api<PublishedDraft>(draftPaths.publish(familyId), { method: 'POST', body: { revision: draft.revision } }));
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error.code : 'interne-fout');
    } finally {
      setBusy(false);
    }
  };

  if (published) {
    return (
      <WorkPage title={t('planEditor.publish.title')}>
        <div className="onsplan-alert onsplan-alert--success" role="status">
          <p>{t('planEditor.publish.done', { number: published.version.number })}</p>
        </div>
        <p>
          <Link className="nl-link" to={workPaths.plan(familyId)}>
            {t('planEditor.publish.toPlan')}
          </Link>
        </p>
      </WorkPage>
    );
  }

  return (
    <WorkPage title={t('planEditor.publish.title')}>
      <p>{t('planEditor.publish.intro')}</p>
      {problem && <WorkProblem code={problem} />}
      <section aria-labelledby="samenvatting" className="onsplan-work-section">
        <h2 id="samenvatting">{t('planEditor.publish.summaryTitle')}</h2>
        {draft.summary.trim() ? <p className="onsplan-work-summary">{draft.summary}</p> : <p>{t('planEditor.publish.noSummary')}</p>}
        <B1Hints id="samenvatting-b1" text={draft.summary} />
      </section>
      <section aria-labelledby="per-lid" className="onsplan-work-section">
        <h2 id="per-lid">{t('planEditor.publish.perMember')}</h2>
        <div className="onsplan-work-changes">
          {changes.members.map((m) => (
            <MemberChangeList key={m.memberId} changes={m} />
          ))}
        </div>
      </section>
      <div className="onsplan-work-toolbar">
        <Link className="nl-link" to={editorHref.editor(familyId)}>
          {t('planEditor.publish.back')}
        </Link>
        <Button purpose="primary" type="button" busy={busy} onClick={publish}>
          {t('planEditor.publish.button', { number })}
        </Button>
      </div>
    </WorkPage>
  );
}

function MemberChangeList({ changes }: { changes: MemberChanges }) {
  const { t } = useTranslation('werk');
  const name = changes.firstName;
  const lists = (['added', 'changed', 'removed'] as const).filter((k) => changes[k].length > 0);
  const text = (what: string) => what || t('planEditor.publish.untitledItem');
  return (
    <section className="onsplan-work-change" aria-labelledby={`verandert-${changes.memberId}`}>
      <h3 id={`verandert-${changes.memberId}`}>{t('planEditor.publish.memberTitle', { name })}</h3>
      {lists.length === 0 && <p>{t('planEditor.publish.nothing', { name })}</p>}
      {lists.map((k) => (
        <div key={k}>
          <p className="onsplan-work-change__kind">{t(`planEditor.publish.${k}`)}</p>
          <ul>
            {changes[k].map((what, i) => (
              <li key={`${k}-${i}`}>{text(what)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
