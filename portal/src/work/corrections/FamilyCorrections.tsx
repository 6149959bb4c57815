import type { CorrectieverzoekList } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { useWork } from '../context.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { CorrectionTable } from './CorrectionTable.tsx';

/** All correction requests of one family, open ones by deadline first. */
export function FamilyCorrections() {
  const { t } = useTranslation('werk');
  const { familyId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  const list = useApi<CorrectieverzoekList>(family ? paths.correctieverzoeken(family.id) : null);
  if (!family) return <WorkNotFound />;
  return (
    <WorkPage title={`${t('corrections.title')} – ${family.name}`}>
      <Paragraph purpose="lead">{t('corrections.intro')}</Paragraph>
      <WorkLoading state={list.state} />
      {list.state.kind === 'ready' &&
        (list.state.data.correctieverzoeken.length ? <CorrectionTable requests={list.state.data.correctieverzoeken} /> : <Paragraph>{t('corrections.none')}</Paragraph>)}
    </WorkPage>
  );
}
