import type { CorrectieverzoekList } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { paths } from '../api/paths.ts';
import { useApi } from '../api/useApi.ts';
import { RequestCard } from '../components/Correction/Correction.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { isProfessional, useFamily } from '../family/context.ts';

/** "Mijn verzoeken": a member's requests to change something, with status and deadline; for a professional all of the family. */
export function Verzoeken() {
  const { t } = useTranslation();
  const context = useFamily();
  const location = useLocation();
  const list = useApi<CorrectieverzoekList>(paths.correctieverzoeken(context.family.id));
  const professional = isProfessional(context);
  const sent = (location.state as { sent?: boolean } | null)?.sent;
  const title = t(professional ? 'correction.proListTitle' : 'correction.listTitle');

  return (
    <FamilyPage title={title}>
      {sent && (
        <p role="status" className="onsplan-note">
          {t('correction.sent')}
        </p>
      )}
      <Paragraph purpose="lead">{t(professional ? 'correction.proListIntro' : 'correction.listIntro')}</Paragraph>
      {!professional && <Paragraph>{t('correction.howToStart')}</Paragraph>}
      {list.state.kind === 'problem' && <ProblemMessage messageKey={list.state.key} />}
      {list.state.kind === 'loading' && (
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      )}
      {list.state.kind === 'ready' &&
        (list.state.data.correctieverzoeken.length ? (
          <ul className="onsplan-cards">
            {list.state.data.correctieverzoeken.map((r) => (
              <RequestCard key={r.id} request={r} professional={professional} onChanged={list.reload} />
            ))}
          </ul>
        ) : (
          <Paragraph>{t('correction.none')}</Paragraph>
        ))}
    </FamilyPage>
  );
}
