import type { FamilyAdminView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { ConfirmStep } from '../components/ConfirmStep/ConfirmStep.tsx';
import { BackLink } from '../components/FamilyPage/FamilyPage.tsx';
import { AccountSection } from './AccountSection.tsx';
import { AddFieldForm } from './AddFieldForm.tsx';
import { ConsentRequestSection } from './ConsentRequestSection.tsx';
import { useWork } from './context.ts';
import { errorsFromProblem } from './form-errors.ts';
import { MemberForm } from './MemberForm.tsx';
import { useProblemWords } from './useFormWords.ts';
import { workPaths } from './paths.ts';
import { WorkNotFound } from './WorkNotFound.tsx';
import { StartConversation } from './StartConversation.tsx';
import { WorkPage } from './WorkPage.tsx';

/**
 * One member of a family: role and contact details, with from whom each is shielded; for the
 * regisseur also the forms to correct the member, take her out of the family and add details.
 */
export function MemberPage() {
  const { t } = useTranslation('werk');
  const { familyId, memberId } = useParams();
  const { families, reloadFamilies } = useWork();
  const family = families.find((f) => f.id === familyId);
  const member = family?.members.find((m) => m.id === memberId);
  const admin = useApi<FamilyAdminView>(family && member ? `/gezinnen/${family.id}/beheer` : null);
  if (!family || !member) return <WorkNotFound />;
  const managed = admin.state.kind === 'ready' ? admin.state.data : undefined;
  const adminMember = managed?.members.find((m) => m.id === member.id);
  const changed = async () => {
    await Promise.all([admin.reload(), reloadFamilies()]);
  };
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
      <StartConversation familyId={family.id} members={[]} fixed={{ id: member.id, name: member.firstName }} />
      <AccountSection familyId={family.id} memberId={member.id} mayInvite={managed?.mayInvite ?? false} />
      <ConsentRequestSection familyId={family.id} memberId={member.id} firstName={member.firstName} />
      {managed?.mayEdit && (
        <>
          <AddFieldForm familyId={family.id} member={member} others={family.members.filter((m) => m.id !== member.id)} onAdded={reloadFamilies} />
          {adminMember && <MemberForm key={adminMember.id} familyId={family.id} member={adminMember} onAdded={changed} />}
          <RemoveMember familyId={family.id} memberId={member.id} name={member.firstName} familyName={family.name} />
        </>
      )}
    </WorkPage>
  );
}

/** Taking a member out of the family: two steps, and afterwards back to the family. */
function RemoveMember({ familyId, memberId, name, familyName }: { familyId: string; memberId: string; name: string; familyName: string }) {
  const { t } = useTranslation('werk');
  const words = useProblemWords();
  const navigate = useNavigate();
  const { reloadFamilies } = useWork();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const remove = async () => {
    setBusy(true);
    try {
      await api(`/gezinnen/${familyId}/gezinsleden/${memberId}`, { method: 'DELETE' });
      await reloadFamilies();
      navigate(workPaths.family(familyId), { replace: true, state: { done: t('removeMember.done', { name }) } });
    } catch (error) {
      setProblem(errorsFromProblem(error, {}, words).general);
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="lid-verwijderen">
      <h2 id="lid-verwijderen">{t('removeMember.title')}</h2>
      <Paragraph>{t('removeMember.explain', { name, family: familyName })}</Paragraph>
      <ConfirmStep idBase="lid-weg" label={t('removeMember.button', { name })} question={t('removeMember.question', { name, family: familyName })} yes={t('removeMember.yes')} describedBy="lid-verwijderen" busy={busy} onConfirm={() => void remove()} />
      {problem && (
        <p role="alert" className="onsplan-work-inline-error">
          {problem}
        </p>
      )}
    </section>
  );
}
