import type { FamilySummary, Me } from '@onsplan/shared';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { chooseMember, chosenMember } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { addressingFor, useAddressing } from '../addressing.ts';
import { SignedInPage } from '../components/FamilyPage/FamilyPage.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { workPathFor } from '../work/from-member-tree.ts';
import { NamensConfirmProvider } from '../components/NamensConfirm/NamensConfirm.tsx';
import { ActingContext, type Acting } from './acting-context.ts';
import type { FamilyContext } from './context.ts';
import { helperChoicePath } from './helper-choice-path.ts';

/**
 * Loads who is signed in and the family once; every family screen renders inside it. A professional
 * who opens a member screen that has a workspace screen goes there: member screens are for members.
 */
export function FamilyLayout() {
  const { t } = useTranslation();
  const { familyId } = useParams();
  const { pathname, hash } = useLocation();
  const me = useApi<Me>('/ik');
  const family = useApi<FamilySummary>(`/gezinnen/${familyId}`);
  useAddressing(me.state.kind === 'ready' ? addressingFor(me.state.data) : undefined);
  if (me.state.kind === 'problem' || family.state.kind === 'problem') {
    const key = me.state.kind === 'problem' ? me.state.key : family.state.kind === 'problem' ? family.state.key : 'problem.interne-fout';
    return (
      <SignedInPage title={t('plan.title')}>
        <ProblemMessage messageKey={key} />
      </SignedInPage>
    );
  }
  if (me.state.kind !== 'ready' || family.state.kind !== 'ready') {
    return (
      <SignedInPage title={t('plan.title')}>
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      </SignedInPage>
    );
  }
  const toWorkspace = me.state.data.kind === 'professional' ? workPathFor(pathname, hash) : undefined;
  if (toWorkspace) return <Navigate replace to={toWorkspace} />;
  const helping = me.state.data.helping ?? [];
  const actingFor = me.state.data.actingFor;
  // A choice the server no longer knows (that help ended) is forgotten, and she chooses again.
  const staleChoice = chosenMember() !== undefined && actingFor?.memberId !== chosenMember();
  if (staleChoice) chooseMember(undefined);
  // A helper of several people who has not chosen (or whose choice ended) chooses first: no screen guesses.
  if ((helping.length > 1 && !actingFor) || staleChoice) return <Navigate replace to={helperChoicePath} />;
  const context: FamilyContext = { me: me.state.data, family: family.state.data };
  if (!actingFor) return <Outlet context={context} />;
  const acting: Acting = { memberId: actingFor.memberId, name: actingFor.name, canSwitch: helping.length > 1 };
  return (
    <ActingContext.Provider value={acting}>
      <NamensConfirmProvider name={actingFor.name}>
        {/* Keyed by the member: a switch starts every screen afresh, so nothing of the member before stays. */}
        <Outlet key={actingFor.memberId} context={context} />
      </NamensConfirmProvider>
    </ActingContext.Provider>
  );
}
