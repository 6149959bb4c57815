import type { ContactChangeList } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { useWork } from '../context.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { ContactChangeCard } from './ContactChangeCard.tsx';

/** Proposed contact details of a family: open ones to decide first, then what was decided. */
export function ContactChanges() {
  const { t } = useTranslation('werk');
  const { familyId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  const changes = useApi<ContactChangeList>(family ? paths.contactChanges(family.id) : null);
  if (!family) return <WorkNotFound />;
  const all = changes.state.kind === 'ready' ? changes.state.data.changes : [];
  const open = all.filter((c) => c.status === 'voorgesteld');
  const decided = all.filter((c) => c.status !== 'voorgesteld');
  return (
    <WorkPage title={`${t('contactChanges.title')} – ${family.name}`}>
      <Paragraph purpose="lead">{t('contactChanges.intro')}</Paragraph>
      <WorkLoading state={changes.state} />
      {changes.state.kind === 'ready' && (
        <>
          <h2>{t('contactChanges.open')}</h2>
          {open.length ? (
            <ul className="onsplan-work-cards">
              {open.map((c) => (
                <ContactChangeCard key={c.id} change={c} family={family} mayShield={changes.state.kind === 'ready' && changes.state.data.mayShield} onDecided={changes.reload} />
              ))}
            </ul>
          ) : (
            <Paragraph>{t('contactChanges.none')}</Paragraph>
          )}
          {decided.length > 0 && (
            <>
              <h2>{t('contactChanges.decided')}</h2>
              <ul className="onsplan-work-cards">
                {decided.map((c) => (
                  <ContactChangeCard key={c.id} change={c} family={family} mayShield={changes.state.kind === 'ready' && changes.state.data.mayShield} onDecided={changes.reload} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </WorkPage>
  );
}
