import type { CorrectieverzoekList } from '@onsplan/shared';
import { helperWords, useActing } from '../family/acting-context.ts';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { paths } from '../api/paths.ts';
import { useApi } from '../api/useApi.ts';
import { PendingState, pendingText } from '../app/Pending.tsx';
import { usePending } from '../app/writes.ts';
import { RequestCard } from '../components/Correction/Correction.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { useFamily } from '../family/context.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';

/** "Mijn verzoeken": a member's requests to change something, with status and deadline. Professionals decide in the workspace. */
export function Verzoeken() {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const context = useFamily();
  const location = useLocation();
  const list = useApi<CorrectieverzoekList>(paths.correctieverzoeken(context.family.id));
  const { sent, waiting } = (location.state as { sent?: boolean; waiting?: boolean } | null) ?? {};
  // Requests made on this phone that the server has not confirmed yet.
  const unsent = usePending((p) => p.what === 'correctieverzoek' && p.familyId === context.family.id);
  const title = t('correction.listTitle', words);

  return (
    <FamilyPage title={title}>
      {sent && (
        <p role="status" className="onsplan-note">
          {t('correction.sent', words)}
        </p>
      )}
      {waiting && (
        <p role="status" className="onsplan-note">
          {t('offline.saved')}
        </p>
      )}
      <Paragraph purpose="lead">{t('correction.listIntro', words)}</Paragraph>
      <Paragraph>{t('correction.howToStart')}</Paragraph>
      <LoadState state={list.state} />
      {unsent.length > 0 && (
        <ul className="onsplan-cards">
          {unsent.map((p) => (
            <li key={p.clientId} className="onsplan-card onsplan-pending-card">
              <p className="onsplan-card__title">{t(`correction.kind.${(p.body as { kind?: string } | undefined)?.kind ?? 'wijzigen'}`)}</p>
              <p className="onsplan-status-line">
                <PendingState item={p} />
              </p>
              {pendingText(p) && <p>{pendingText(p)}</p>}
            </li>
          ))}
        </ul>
      )}
      {list.state.kind === 'ready' &&
        (list.state.data.correctieverzoeken.length ? (
          <ul className="onsplan-cards">
            {list.state.data.correctieverzoeken.map((r) => (
              <RequestCard key={r.id} request={r} onChanged={list.reload} />
            ))}
          </ul>
        ) : (
          !unsent.length && <Paragraph>{t('correction.none')}</Paragraph>
        ))}
    </FamilyPage>
  );
}
