import type { FamilySummary, Me } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../api/useApi.ts';
import { addressingFor, useAddressing } from '../addressing.ts';
import { SignedInPage } from '../components/FamilyPage/FamilyPage.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { helperChoicePath } from '../family/helper-choice-path.ts';
import { loadWorkspaceTexts } from '../i18n.ts';
import { workPaths } from '../work/paths.ts';

/** After sign-in: straight to the plan with one family; a list to choose from with more (professionals). */
export function Families() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const families = useApi<FamilySummary[]>('/gezinnen');
  const me = useApi<Me>('/ik');
  const who = me.state.kind === 'ready' ? me.state.data : undefined;
  const helping = who?.helping ?? [];
  useAddressing(who && addressingFor(who));
  // A helper of several people goes to her choice's family, or chooses first ("Wie helpt u nu?").
  const chosen = helping.length > 1 ? (helping.find((h) => h.memberId === who?.actingFor?.memberId)?.familyId ?? helperChoicePath) : undefined;
  const only = chosen ?? (families.state.kind === 'ready' && families.state.data.length === 1 ? `/plan/${families.state.data[0]!.id}` : undefined);
  const professional = who?.kind === 'professional';
  useEffect(() => {
    if (professional) void loadWorkspaceTexts();
  }, [professional]);
  useEffect(() => {
    if (only) navigate(only.startsWith('/') ? only : `/plan/${only}`, { replace: true });
  }, [only, navigate]);

  if (families.state.kind === 'problem') {
    return (
      <SignedInPage title={t('plan.title')}>
        <ProblemMessage messageKey={families.state.key} />
      </SignedInPage>
    );
  }
  if (families.state.kind === 'loading' || only) {
    return (
      <SignedInPage title={t('plan.title')}>
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      </SignedInPage>
    );
  }
  if (!families.state.data.length) {
    return (
      <SignedInPage title={t('plan.title')}>
        <Paragraph>{t('plan.noFamily')}</Paragraph>
        <DevicesLink />
      </SignedInPage>
    );
  }
  return (
    <SignedInPage title={t('plan.chooseFamily')}>
      {professional && (
        <p>
          <Link replace className="nl-link" to={workPaths.inbox}>
            {t('corrections.inboxTitle', { ns: 'werk' })}
          </Link>
        </p>
      )}
      <DevicesLink />
      <ul className="onsplan-cards">
        {families.state.data.map((f) => (
          <li key={f.id} className="onsplan-card">
            <Link replace className="nl-link onsplan-card__link" to={`/plan/${f.id}`}>
              {f.name}
            </Link>
            <p className="onsplan-card__meta">{f.members.map((m) => m.firstName).join(', ')}</p>
          </li>
        ))}
      </ul>
    </SignedInPage>
  );
}

/** Without a family there is no plan menu, but everyone signed in manages their devices and keys (C2). */
function DevicesLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link replace className="nl-link" to="/apparaten">
        {t('devices.title')}
      </Link>
    </p>
  );
}
