import { planSections, type CommentList, type EigenVerklaringList, type FamilyAdminView, type PlanView } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { PlanItem } from '../../components/PlanItem/PlanItem.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useWork } from '../context.ts';
import { workPaths } from '../paths.ts';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { WorkProblem } from '../WorkProblem.tsx';
import './plan-editor.css';

/**
 * The published plan as the server filtered it for her, read-only, in the three sections. The API
 * decides what she sees, as for any member; this screen only lays it out in professional words.
 */
export function PublishedPlan() {
  const { t, i18n } = useTranslation('werk');
  // The section names are the member's own words on purpose: she reads the plan the family reads.
  const { t: tMember } = useTranslation();
  const { familyId } = useParams();
  const { families } = useWork();
  const summary = families.find((f) => f.id === familyId);
  const plan = useApi<PlanView>(summary ? paths.plan(summary.id) : null);
  const admin = useApi<FamilyAdminView>(summary ? `/gezinnen/${summary.id}/beheer` : null);
  const comments = useApi<CommentList>(summary ? paths.comments(summary.id) : null);
  const verklaringen = useApi<EigenVerklaringList>(summary ? paths.eigenVerklaringen(summary.id) : null);
  if (!summary) return <WorkNotFound />;

  const title = t('publishedPlan.title', { family: summary.name });
  const mayEdit = admin.state.kind === 'ready' && admin.state.data.mayEdit;
  const editLink = (label: string) => (
    <Link replace className="nl-link" to={workPaths.planEditor(summary.id)}>
      {label}
    </Link>
  );

  if (plan.state.kind === 'loading') {
    return (
      <WorkPage title={title}>
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      </WorkPage>
    );
  }
  if (plan.state.kind === 'problem') {
    // Her family is in her list, so "not found" here means: nothing published yet.
    const none = plan.state.key === 'problem.niet-gevonden';
    return (
      <WorkPage title={title}>
        {none ? <p>{t('publishedPlan.none')}</p> : <WorkProblem messageKey={plan.state.key} />}
        {none && mayEdit && <p>{editLink(t('publishedPlan.writeFirst'))}</p>}
      </WorkPage>
    );
  }

  const view = plan.state.data;
  // A member's eigen verklaring stays beside the item it disputes, for everyone who reads that item.
  const verklaringenOn = (itemKey: string) => (verklaringen.state.kind === 'ready' ? verklaringen.state.data.eigenVerklaringen.filter((v) => v.target.kind === 'plan-item' && v.target.id === itemKey) : []);
  const commentsOn = (itemKey: string) => (comments.state.kind === 'ready' ? comments.state.data.comments.filter((c) => c.itemKey === itemKey).length : undefined);
  return (
    <WorkPage title={title}>
      <p className="onsplan-work-muted">
        {t('publishedPlan.version', { number: view.version.number, date: formatDate(view.version.publishedAt, i18n.language) })}
      </p>
      <ul className="onsplan-work-plan-links">
        {mayEdit && <li>{editLink(t('planEditor.editLink'))}</li>}
        <li>
          <Link replace className="nl-link" to={workPaths.comments(summary.id)}>
            {t('publishedPlan.toComments')}
          </Link>
        </li>
      </ul>
      <h2>{view.title}</h2>
      <p>{view.summary}</p>
      {planSections.map((section) => {
        const items = view.items.filter((i) => i.section === section);
        return (
          <section key={section} aria-labelledby={`werk-${section}`} className="onsplan-section">
            <h2 id={`werk-${section}`}>{tMember(`plan.section.${section}`)}</h2>
            {items.length === 0 && <p>{t('publishedPlan.emptySection')}</p>}
            {items.map((item) => {
              const count = commentsOn(item.key);
              return (
                <PlanItem key={item.id} item={item}>
                  {verklaringenOn(item.key).map((v) => (
                    <aside key={v.id} className="onsplan-work-quote" aria-label={t('publishedPlan.statement')}>
                      <p>
                        <strong>{t(v.author.byHelper ? 'corrections.statementByHelper' : 'corrections.statementBy', { name: v.author.name ?? '', helper: v.author.byHelper, date: formatDateTime(v.createdAt, i18n.language) })}</strong>
                      </p>
                      <p>{v.body}</p>
                    </aside>
                  ))}
                  {/* Only where there is something to read: a row of "0" under every item hides the ones that count. */}
                  {count !== undefined && count > 0 && <p className="onsplan-work-muted">{t('publishedPlan.comments', { count })}</p>}
                </PlanItem>
              );
            })}
          </section>
        );
      })}
    </WorkPage>
  );
}
