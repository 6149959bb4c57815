import { Button } from '@nl-design-system-candidate/button-react';
import type { DraftPreview, FamilySummary } from '@onsplan/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ApiProblem } from '../../api/client.ts';
import { editorHref, draftPaths } from './draft-paths.ts';
import { MemberPlanPreview } from './MemberPlanPreview.tsx';
import { WorkPage, WorkProblem } from './WorkPage.tsx';

type State = { kind: 'loading' } | { kind: 'problem'; code: string } | { kind: 'ready'; preview: DraftPreview; family: FamilySummary };

/**
 * "Bekijk als": the draft as the server's filter gives it to this member, drawn with the member's own
 * plan component, and beside it what stays hidden from them and by which rule.
 */
export function PreviewAs() {
  const { familyId = '', memberId = '' } = useParams();
  const [search] = useSearchParams();
  const helperId = search.get('helper');
  const { t } = useTranslation('werk');
  const navigate = useNavigate();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [other, setOther] = useState(memberId);

  useEffect(() => {
    setState({ kind: 'loading' });
    setOther(memberId);
    Promise.all([api<DraftPreview>(draftPaths.preview(familyId, memberId, helperId)), api<FamilySummary>(`/gezinnen/${familyId}`)])
      .then(([preview, family]) => setState({ kind: 'ready', preview, family }))
      .catch((error) => setState({ kind: 'problem', code: error instanceof ApiProblem ? error.code : 'interne-fout' }));
  }, [familyId, memberId, helperId]);

  if (state.kind !== 'ready') {
    return <WorkPage title={t('planEditor.previewAs')}>{state.kind === 'problem' ? <WorkProblem code={state.code} /> : <p role="status">{t('app.loading')}</p>}</WorkPage>;
  }
  const { preview, family } = state;
  const name = preview.helper?.firstName ?? preview.member.firstName;
  const plan = preview.plan;
  const title = preview.helper ? t('planEditor.preview.titleHelper', { helper: preview.helper.firstName, name: preview.member.firstName }) : t('planEditor.preview.title', { name });
  const helpers = preview.helper ? [] : preview.helpers;
  return (
    <WorkPage title={title}>
      <p>{t('planEditor.preview.intro', { name })}</p>
      {helpers.length > 0 && (
        <ul>
          {helpers.map((h) => (
            <li key={h.id}>
              <Link className="nl-link" to={editorHref.preview(familyId, preview.member.id, h.id)}>
                {t('planEditor.preview.helperLink', { helper: h.firstName, name: preview.member.firstName })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="onsplan-work-toolbar">
        <Link className="nl-link" to={editorHref.editor(familyId)}>
          {t('planEditor.preview.back')}
        </Link>
        <div className="onsplan-work-toolbar__preview">
          <label htmlFor="ander-lid" className="onsplan-field__label">
            {t('planEditor.preview.chooser')}
          </label>
          <select id="ander-lid" className="onsplan-field__input" value={other} onChange={(e) => setOther(e.target.value)}>
            {family.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.firstName}
              </option>
            ))}
          </select>
          <Button purpose="secondary" type="button" onClick={() => navigate(editorHref.preview(familyId, other))}>
            {t('planEditor.previewButton')}
          </Button>
        </div>
      </div>

      <div className="onsplan-work-columns">
        <section aria-labelledby="ziet" className="onsplan-work-column onsplan-work-column--member">
          <h2 id="ziet">{t('planEditor.preview.sees', { name })}</h2>
          {!plan && <p>{t('planEditor.preview.noPlan', { name })}</p>}
          {plan && <MemberPlanPreview plan={plan} addressing={preview.addressing} asHelper={Boolean(preview.helper)} />}
        </section>
        <section aria-labelledby="verborgen" className="onsplan-work-column">
          <h2 id="verborgen">{t('planEditor.preview.hidden', { name })}</h2>
          {preview.hidden.length === 0 ? (
            <p>{t('planEditor.preview.hiddenNone', { name })}</p>
          ) : (
            <ul className="onsplan-work-hidden">
              {preview.hidden.map((h) => (
                <li key={h.key}>
                  <p className="onsplan-work-hidden__what">{h.what || t('planEditor.untitled')}</p>
                  <p>
                    {t(`planEditor.section.${h.section}`)} ·{' '}
                    {h.fields === null ? t('planEditor.preview.wholeItem') : t('planEditor.preview.fields', { fields: h.fields.map((f) => t(`planEditor.fieldName.${f}`)).join(', ') })}
                  </p>
                  <p className="onsplan-work-muted">{t('planEditor.preview.rule', { says: h.says })}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </WorkPage>
  );
}
