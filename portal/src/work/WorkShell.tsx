import type { FamilySummary, Me } from '@onsplan/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { useApi } from '../api/useApi.ts';
import { showWorkspaceInDutch } from '../i18n.ts';
import type { WorkContext } from './context.ts';
import { WorkProblem } from './WorkProblem.tsx';

/**
 * The root of the professional's workspace: loads who is signed in and her families once. Anyone who
 * is not a professional goes to the member screens, so a member never sees professional wording.
 */
export function WorkShell() {
  const { t } = useTranslation('werk');
  const navigate = useNavigate();
  const me = useApi<Me>('/ik');
  const families = useApi<FamilySummary[]>('/gezinnen');
  const notProfessional = me.state.kind === 'ready' && me.state.data.kind !== 'professional';
  // The workspace is Dutch only (dates too, left to right), whatever a member chose on this device.
  useEffect(() => void showWorkspaceInDutch(), []);
  useEffect(() => {
    if (notProfessional) navigate('/plan', { replace: true });
  }, [notProfessional, navigate]);

  const problem = me.state.kind === 'problem' ? me.state.key : families.state.kind === 'problem' ? families.state.key : undefined;
  if (problem) {
    return (
      <main id="inhoud" className="onsplan-work__main">
        <h1 className="onsplan-page-title">{t('app.workspace')}</h1>
        <WorkProblem messageKey={problem} />
      </main>
    );
  }
  if (me.state.kind !== 'ready' || families.state.kind !== 'ready' || notProfessional) {
    return (
      <main id="inhoud" className="onsplan-work__main">
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      </main>
    );
  }
  const context: WorkContext = { me: me.state.data, families: families.state.data, reloadFamilies: families.reload };
  return <Outlet context={context} />;
}
