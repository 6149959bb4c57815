import type { CorrectieInbox } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { CorrectionTable } from './CorrectionTable.tsx';

/** The open correction requests of all her families, most urgent first. */
export function CorrectionInbox() {
  const { t } = useTranslation('werk');
  const inbox = useApi<CorrectieInbox>(paths.correctieInbox());
  return (
    <WorkPage title={t('corrections.inboxTitle')}>
      <Paragraph purpose="lead">{t('corrections.inboxIntro')}</Paragraph>
      <WorkLoading state={inbox.state} />
      {inbox.state.kind === 'ready' &&
        (inbox.state.data.correctieverzoeken.length ? <CorrectionTable requests={inbox.state.data.correctieverzoeken} withFamily /> : <Paragraph>{t('corrections.inboxNone')}</Paragraph>)}
    </WorkPage>
  );
}
