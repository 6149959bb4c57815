import type { FamilyAdminView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useApi } from '../api/useApi.ts';
import { formatDate } from '../format.ts';
import { MemberForm } from './MemberForm.tsx';
import { AddRelationForm } from './AddRelationForm.tsx';
import { RelationList } from './RelationList.tsx';
import { HandOverSection } from './HandOverSection.tsx';
import { HelperSection } from './HelperSection.tsx';
import { useWork } from './context.ts';
import { workPaths } from './paths.ts';
import { WorkNotFound } from './WorkNotFound.tsx';
import { StartConversation } from './StartConversation.tsx';
import { WorkPage } from './WorkPage.tsx';
import { WorkProblem } from './WorkProblem.tsx';

/**
 * The screens of a family, each a workspace screen in her own words.
 */
const familyScreens = [
  { key: 'plan', href: workPaths.plan },
  { key: 'reacties', href: workPaths.comments },
  { key: 'instemming', href: workPaths.instemming },
  { key: 'toestemming', href: workPaths.toestemming },
  { key: 'verzoeken', href: workPaths.corrections },
  { key: 'documenten', href: workPaths.documents },
  { key: 'afspraken', href: workPaths.agenda },
  { key: 'contact', href: workPaths.contactChanges },
  { key: 'scores', href: workPaths.scores },
] as const;

/** One family as its professionals keep it: members, relations, who works with it, and the forms to add to it. */
export function FamilyOverview() {
  const { t } = useTranslation('werk');
  const { familyId } = useParams();
  const location = useLocation();
  const { families, reloadFamilies } = useWork();
  const summary = families.find((f) => f.id === familyId);
  const admin = useApi<FamilyAdminView>(summary ? `/gezinnen/${summary.id}/beheer` : null);
  if (!summary) return <WorkNotFound />;
  const changed = async () => {
    await Promise.all([admin.reload(), reloadFamilies()]);
  };
  const mayEdit = admin.state.kind === 'ready' && admin.state.data.mayEdit;
  const done = (location.state as { done?: string } | null)?.done;
  return (
    <WorkPage title={summary.name}>
      {done && (
        <p role="status" className="onsplan-work-done">
          {done}
        </p>
      )}
      {mayEdit && (
        <p>
          <Link replace className="nl-link" to={workPaths.planEditor(summary.id)}>
            {t('family.editPlan')}
          </Link>
        </p>
      )}
      {admin.state.kind === 'problem' && <WorkProblem messageKey={admin.state.key} />}
      {admin.state.kind === 'loading' && (
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      )}
      {admin.state.kind === 'ready' && <FamilyDetails family={admin.state.data} onChanged={changed} />}
      {summary.members.length > 0 && <StartConversation familyId={summary.id} members={summary.members.map((m) => ({ id: m.id, name: m.firstName }))} />}
      <h2>{t('family.views')}</h2>
      <ul className="onsplan-list">
        {familyScreens.map((s) => (
          <li key={s.key}>
            <Link replace className="nl-link" to={s.href(summary.id)}>
              {t(`screens.${s.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </WorkPage>
  );
}

function FamilyDetails({ family, onChanged }: { family: FamilyAdminView; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation('werk');
  const day = (d: string) => formatDate(d, i18n.language);
  const regisseur = family.assignments.find((a) => a.role === 'regisseur' && a.until === null)?.name;
  return (
    <>
      {!family.mayEdit && <Paragraph className="onsplan-note">{regisseur ? t('family.readOnly', { name: regisseur }) : t('family.readOnlyNoName')}</Paragraph>}
      <h2>{t('family.members')}</h2>
      {family.members.length ? (
        <table className="onsplan-work-table">
          <thead>
            <tr>
              <th scope="col">{t('profile.name')}</th>
              <th scope="col">{t('family.roleHeading')}</th>
              <th scope="col">{t('addMember.birthDate')}</th>
            </tr>
          </thead>
          <tbody>
            {family.members.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  <Link replace className="nl-link" to={workPaths.member(family.id, m.id)}>
                    {m.firstName} {m.lastName}
                  </Link>
                </th>
                <td>{t(`family.role.${m.role}`)}</td>
                <td>{m.birthDate ? day(m.birthDate) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Paragraph>{t('family.noMembers')}</Paragraph>
      )}
      {family.mayEdit && <MemberForm familyId={family.id} onAdded={onChanged} />}

      <h2>{t('relations.title')}</h2>
      <RelationList familyId={family.id} members={family.members} relations={family.relations} mayEdit={family.mayEdit} today={family.today} onChanged={onChanged} />
      {family.mayEdit && family.members.length >= 2 && <AddRelationForm familyId={family.id} members={family.members} onAdded={onChanged} />}

      <HandOverSection familyId={family.id} familyName={family.name} assignments={family.assignments} onChanged={onChanged} />
      <HelperSection familyId={family.id} mayEnd={family.mayEdit} />
    </>
  );
}
