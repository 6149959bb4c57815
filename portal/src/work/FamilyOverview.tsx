import type { FamilySummary } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWork } from './context.ts';
import { workPaths } from './paths.ts';
import { WorkPage } from './WorkPage.tsx';
import { WorkNotFound } from './WorkNotFound.tsx';

/** The screens of a family that still live in the member tree, opened from the workspace for now. */
const familyScreens = [
  { key: 'plan', path: '' },
  { key: 'instemming', path: '/instemming' },
  { key: 'toestemming', path: '/toestemming' },
  { key: 'verzoeken', path: '/verzoeken' },
  { key: 'documenten', path: '/documenten' },
  { key: 'contact', path: '/contact' },
] as const;

/** One family: its members (each to her own page) and the family's plan and dossier screens. */
export function FamilyOverview() {
  const { t } = useTranslation('werk');
  const { familyId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  if (!family) return <WorkNotFound />;
  return (
    <WorkPage title={family.name}>
      <h2>{t('family.members')}</h2>
      <MemberTable family={family} />
      <h2>{t('family.views')}</h2>
      <ul className="onsplan-list">
        {familyScreens.map((s) => (
          <li key={s.key}>
            <Link replace className="nl-link" to={`/plan/${family.id}${s.path}`}>
              {t(`screens.${s.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </WorkPage>
  );
}

function MemberTable({ family }: { family: FamilySummary }) {
  const { t } = useTranslation('werk');
  if (!family.members.length) return <Paragraph>{t('family.noMembers')}</Paragraph>;
  return (
    <table className="onsplan-work-table">
      <thead>
        <tr>
          <th scope="col">{t('profile.name')}</th>
          <th scope="col">{t('family.roleHeading')}</th>
        </tr>
      </thead>
      <tbody>
        {family.members.map((m) => (
          <tr key={m.id}>
            <th scope="row">
              <Link replace className="nl-link" to={workPaths.member(family.id, m.id)}>
                {m.firstName}
              </Link>
            </th>
            <td>{t(`family.role.${m.role}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
