import type { CommentAuthorView, DocumentList, DocumentView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { holdWhileSessionEndOwed } from '../../api/download.ts';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { WorkTable } from '../../components/WorkTable/WorkTable.tsx';
import { formatDateTime } from '../../format.ts';
import { useWork } from '../context.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';

/** The family's documents she may see (the API decides which), who shared each and with whom; each opens as a download. */
export function FamilyDocuments() {
  const { t, i18n } = useTranslation('werk');
  const { familyId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  const list = useApi<DocumentList>(family ? paths.documents(family.id) : null);
  if (!family) return <WorkNotFound />;
  const by = (a: CommentAuthorView) =>
    a.onBehalfOf && a.name ? t('documents.byHelper', { name: a.name, member: a.onBehalfOf }) : a.jobTitle && a.name ? t('documents.professional', { name: a.name, job: a.jobTitle }) : (a.name ?? '');
  const withWhom = (d: DocumentView) =>
    d.sharedWith.kind === 'professionals'
      ? t('documents.sharedWith.professionals')
      : d.sharedWith.kind === 'leden'
        ? t('documents.sharedWith.leden', { names: d.sharedWith.members.map((m) => m.name).join(', ') })
        : t('documents.sharedWith.organisatie', { name: d.sharedWith.organisation });
  return (
    <WorkPage title={`${t('documents.title')} – ${family.name}`}>
      <Paragraph purpose="lead">{t('documents.intro')}</Paragraph>
      <WorkLoading state={list.state} />
      {list.state.kind === 'ready' &&
        (list.state.data.documents.length ? (
          <WorkTable
            rows={list.state.data.documents}
            rowKey={(d) => d.id}
            columns={[
              {
                heading: t('documents.colName'),
                rowHeader: true,
                cell: (d) => (
                  <a className="nl-link" href={`/api${paths.download(family.id, d.id)}`} download={d.name} onClick={holdWhileSessionEndOwed}>
                    {d.name}
                  </a>
                ),
              },
              { heading: t('documents.colBy'), cell: (d) => by(d.uploadedBy) },
              { heading: t('documents.colWith'), cell: withWhom },
              { heading: t('documents.colAt'), cell: (d) => formatDateTime(d.createdAt, i18n.language) },
            ]}
          />
        ) : (
          <Paragraph>{t('documents.none')}</Paragraph>
        ))}
    </WorkPage>
  );
}
