import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWork } from './context.ts';
import { workPaths } from './paths.ts';
import { WorkPage } from './WorkPage.tsx';

/** Her families as a table: name, members, and a way to make a new one. */
export function FamilyList() {
  const { t } = useTranslation('werk');
  const { families } = useWork();
  return (
    <WorkPage title={t('families.title')}>
      <Paragraph purpose="lead">{t('families.intro')}</Paragraph>
      <p>
        <Link replace className="nl-button nl-button--primary onsplan-link-button" to={workPaths.newFamily}>
          <span className="nl-button__label">{t('families.new')}</span>
        </Link>
      </p>
      {families.length ? (
        <table className="onsplan-work-table">
          <thead>
            <tr>
              <th scope="col">{t('families.title')}</th>
              <th scope="col">{t('family.members')}</th>
            </tr>
          </thead>
          <tbody>
            {families.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  <Link replace className="nl-link" to={workPaths.family(f.id)}>
                    {f.name}
                  </Link>
                </th>
                <td>
                  {t('families.members', { count: f.members.length })}: {f.members.map((m) => m.firstName).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Paragraph>{t('app.noFamilies')}</Paragraph>
      )}
    </WorkPage>
  );
}
