import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../components/FamilyPage/FamilyPage.tsx';
import { AccountSection } from './AccountSection.tsx';
import { AddFieldForm } from './AddFieldForm.tsx';
import { ConsentRequestSection } from './ConsentRequestSection.tsx';
import { useWork } from './context.ts';
import { workPaths } from './paths.ts';
import { WorkNotFound } from './WorkNotFound.tsx';
import { WorkPage } from './WorkPage.tsx';

/** One member of a family: role and contact details, with from whom each is shielded. */
export function MemberPage() {
  const { t } = useTranslation('werk');
  const { familyId, memberId } = useParams();
  const { families, reloadFamilies } = useWork();
  const family = families.find((f) => f.id === familyId);
  const member = family?.members.find((m) => m.id === memberId);
  if (!family || !member) return <WorkNotFound />;
  return (
    <WorkPage title={member.firstName}>
      <BackLink to={workPaths.family(family.id)} label={t('member.back', { family: family.name })} />
      <dl className="onsplan-work-facts">
        <dt>{t('family.roleHeading')}</dt>
        <dd>{t(`family.role.${member.role}`)}</dd>
      </dl>
      <h2>{t('member.fields')}</h2>
      {member.fields.length ? (
        <dl className="onsplan-work-facts">
          {member.fields.map((f) => (
            <div key={f.id} style={{ display: 'contents' }}>
              <dt>{t(`family.field.${f.field}`)}</dt>
              <dd>
                {f.value}
                {f.hiddenFrom?.length ? <p className="onsplan-meta">{t('family.hiddenFrom', { names: f.hiddenFrom.join(', ') })}</p> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <Paragraph>{t('member.noFields')}</Paragraph>
      )}
      <AccountSection familyId={family.id} memberId={member.id} />
      <ConsentRequestSection familyId={family.id} memberId={member.id} firstName={member.firstName} />
      <AddFieldForm familyId={family.id} member={member} others={family.members.filter((m) => m.id !== member.id)} onAdded={reloadFamilies} />
    </WorkPage>
  );
}
