import type { CorrectieInbox } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../api/paths.ts';
import { useApi } from '../api/useApi.ts';
import { deadlineWords, targetText } from '../components/Correction/Correction.tsx';
import { BackLink, SignedInPage } from '../components/FamilyPage/FamilyPage.tsx';
import { LoadState } from '../components/LoadState/LoadState.tsx';

/** A professional's open requests over all their families, most urgent first, with a warning a week before. */
export function Inbox() {
  const { t, i18n } = useTranslation();
  const inbox = useApi<CorrectieInbox>(paths.correctieInbox());
  return (
    <SignedInPage title={t('correction.inbox.title')}>
      <BackLink to="/plan" label={t('nav.backToFamilies')} />
      <Paragraph purpose="lead">{t('correction.inbox.intro')}</Paragraph>
      <LoadState state={inbox.state} />
      {inbox.state.kind === 'ready' &&
        (inbox.state.data.correctieverzoeken.length ? (
          <ol className="onsplan-cards">
            {inbox.state.data.correctieverzoeken.map((r) => (
              <li key={r.id} className="onsplan-card">
                <p className="onsplan-meta">{r.familyName}</p>
                <Link replace className="nl-link onsplan-card__title" to={`/plan/${r.familyId}/verzoeken`}>
                  {t(`correction.kind.${r.kind}`)}: {targetText(r.target, t, false)}
                </Link>
                <p className="onsplan-status-line">
                  <strong className="onsplan-badge">{t(`correction.status.${r.status}`)}</strong>
                  {r.deadline.overdue && <strong className="onsplan-badge onsplan-badge--warning">{t('correction.late')}</strong>}
                  {!r.deadline.overdue && r.deadline.warning && <strong className="onsplan-badge onsplan-badge--warning">{t('correction.soon')}</strong>}
                </p>
                <p className={r.deadline.warning || r.deadline.overdue ? 'onsplan-deadline onsplan-deadline--warning' : 'onsplan-deadline'}>{deadlineWords(r.deadline, true, i18n.language, t)}</p>
              </li>
            ))}
          </ol>
        ) : (
          <Paragraph>{t('correction.inbox.empty')}</Paragraph>
        ))}
    </SignedInPage>
  );
}
