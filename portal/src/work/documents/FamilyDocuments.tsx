import type { CommentAuthorView, DocumentList, DocumentView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { holdWhileSessionEndOwed } from '../../api/download.ts';
import { apiUrl, paths } from '../../api/paths.ts';
import { useApi, useSubmit } from '../../api/useApi.ts';
import { ConfirmStep } from '../../components/ConfirmStep/ConfirmStep.tsx';
import { WorkTable } from '../../components/WorkTable/WorkTable.tsx';
import { formatDateTime } from '../../format.ts';
import { useWork } from '../context.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { WorkProblem } from '../WorkProblem.tsx';
import { ShareDocument } from './ShareDocument.tsx';

/**
 * The family's documents she may see (the API decides which), who shared each and with whom; each
 * opens as a download. She shares a file herself, and removes only what she shared.
 */
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
                  <a id={`document-${d.id}`} className="nl-link" href={apiUrl(paths.download(family.id, d.id))} download={d.name} onClick={holdWhileSessionEndOwed}>
                    {d.name}
                  </a>
                ),
              },
              { heading: t('documents.colBy'), cell: (d) => by(d.uploadedBy) },
              { heading: t('documents.colWith'), cell: withWhom },
              { heading: t('documents.colAt'), cell: (d) => formatDateTime(d.createdAt, i18n.language) },
              { heading: t('documents.colActions'), cell: (d) => (d.uploadedBy.isMe ? <RemoveDocument familyId={family.id} document={d} onRemoved={list.reload} /> : null) },
            ]}
          />
        ) : (
          <Paragraph>{t('documents.none')}</Paragraph>
        ))}
      <ShareDocument family={family} onShared={list.reload} />
    </WorkPage>
  );
}

function RemoveDocument({ familyId, document: d, onRemoved }: { familyId: string; document: DocumentView; onRemoved: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const submit = useSubmit();
  const [removing, setRemoving] = useState(false);
  const remove = async () => {
    setRemoving(true);
    const ok = await submit.run(() => api(paths.removeDocument(familyId, d.id), { method: 'DELETE' }));
    setRemoving(false);
    if (ok) await onRemoved();
  };
  return (
    <>
      <ConfirmStep idBase={`weg-${d.id}`} label={t('documents.share.remove')} question={t('documents.share.removeQuestion', { name: d.name })} yes={t('documents.share.removeYes')} describedBy={`document-${d.id}`} busy={removing} onConfirm={() => void remove()} />
      {submit.problem && <WorkProblem messageKey={submit.problem} />}
    </>
  );
}
