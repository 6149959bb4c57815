import type { Me } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { chooseMember, chosenMember } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { SignedInPage } from '../components/FamilyPage/FamilyPage.tsx';
import { LoadState } from '../components/LoadState/LoadState.tsx';

/**
 * "Wie helpt u nu?": a helper of several people chooses whom she helps, and switches only here
 * (issue 11). From then on every request names that member, and the member screens start afresh.
 */
export function HelperChoice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useApi<Me>('/me');
  if (me.state.kind !== 'ready') {
    return (
      <SignedInPage title={t('namens.choose.title')}>
        <LoadState state={me.state} />
      </SignedInPage>
    );
  }
  const helping = me.state.data.helping ?? [];
  const current = chosenMember();
  return (
    <SignedInPage title={t('namens.choose.title')}>
      <Paragraph>{t(helping.length ? 'namens.choose.intro' : 'namens.choose.nobody')}</Paragraph>
      <ul className="onsplan-cards">
        {helping.map((h) => (
          <li key={h.memberId} className="onsplan-card">
            <Button
              purpose={h.memberId === current ? 'secondary' : 'primary'}
              type="button"
              aria-current={h.memberId === current ? 'true' : undefined}
              onClick={() => {
                chooseMember(h.memberId);
                navigate(`/plan/${h.familyId}`, { replace: true });
              }}
            >
              {t('namens.choose.help', { name: h.name })}
            </Button>
            {h.memberId === current && <p className="onsplan-card__meta">{t('namens.choose.now')}</p>}
          </li>
        ))}
      </ul>
    </SignedInPage>
  );
}
