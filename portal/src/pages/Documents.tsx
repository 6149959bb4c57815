import { documentAudienceHeader, documentUploadHeaders, type DocumentAudience, type DocumentList, type DocumentRoom, type DocumentView, type ToestemmingOverview } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newClientId } from '../api/client.ts';
import { holdWhileSessionEndOwed } from '../api/download.ts';
import { apiUrl, paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { KeepOnPhone } from '../app/KeepOnPhone.tsx';
import { PendingState } from '../app/Pending.tsx';
import { usePending, useWrite } from '../app/writes.ts';
import { Choice } from '../components/Choice/Choice.tsx';
import { MemberCheckboxes } from '../components/MemberCheckboxes/MemberCheckboxes.tsx';
import { WhoSees } from '../components/Readers/Readers.tsx';
import { nameList } from '../components/Readers/readers-text.ts';
import { ConfirmStep } from '../components/ConfirmStep/ConfirmStep.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { selfMemberId, useFamily } from '../family/context.ts';
import { formatDateTime } from '../format.ts';
import { focusAfterUpdate, focusFirstInvalid } from '../components/form-focus.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { helperWords, useActing } from '../family/acting-context.ts';

const accepted = 'image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf';
const maxMegabytes = 10;

/** "1,2 MB" or "340 kB". */
export function sizeText(bytes: number, lng: string): string {
  const locale = lng === 'en' ? 'en-GB' : 'nl-NL';
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  // A file is never "0 kB"; room that is used up is.
  return `${(bytes > 0 ? Math.max(1, Math.round(bytes / 1024)) : 0).toLocaleString(locale)} kB`;
}

/**
 * Documents: upload a photo or file from the phone with a visible progress bar, choose who sees it,
 * list and download, and remove what you shared yourself.
 */
export function Documents() {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const context = useFamily();
  const list = useApi<DocumentList>(paths.documents(context.family.id));
  const [removed, setRemoved] = useState('');
  const room = list.state.kind === 'ready' ? list.state.data.room : undefined;
  return (
    <FamilyPage title={t('documents.title')}>
      <Paragraph purpose="lead">{t('documents.intro', words)}</Paragraph>
      <UploadForm onUploaded={list.reload} room={room} />
      <Heading level={2}>{t('documents.listTitle')}</Heading>
      <p role="status" className="onsplan-status" id="bestanden-status" tabIndex={-1}>
        {removed}
      </p>
      <LoadState state={list.state} />
      {list.state.kind === 'ready' &&
        (list.state.data.documents.length ? (
          <ul className="onsplan-cards">
            {list.state.data.documents.map((d) => (
              <DocumentCard key={d.id} document={d}>
                <KeepOnPhone familyId={context.family.id} document={d} />
                {d.mayRemove && (
                  <RemoveDocument
                    document={d}
                    onRemoved={async (waiting) => {
                      setRemoved(t(waiting ? 'offline.saved' : 'documents.removed'));
                      await list.reload();
                      // The card (and its button) may be gone: the message is where the member lands.
                      focusAfterUpdate('bestanden-status');
                    }}
                  />
                )}
              </DocumentCard>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('documents.none')}</Paragraph>
        ))}
    </FamilyPage>
  );
}

/**
 * "Verwijderen", for the one who shared it (the server says who: `mayRemove`). It cannot be undone,
 * so it asks first; then it goes through the outbox like every member write, and without a
 * connection it waits on the phone and goes by itself later.
 */
function RemoveDocument({ document: d, onRemoved }: { document: DocumentView; onRemoved: (waiting: boolean) => Promise<void> }) {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const { family } = useFamily();
  const submit = useSubmit();
  const write = useWrite();
  // One removal is one write: a second tap or a retry sends the same id.
  const clientId = useRef(newClientId());
  const path = paths.removeDocument(family.id, d.id);
  // Removed on this phone, not yet confirmed by the server: say so instead of asking again.
  const [removing] = usePending((p) => p.what === 'document-verwijderen' && p.url === path);

  async function remove() {
    let waiting = false;
    const ok = await submit.run(async () => {
      const outcome = await write({ what: 'document-verwijderen', familyId: family.id, method: 'DELETE', path, clientId: clientId.current, body: undefined });
      waiting = outcome.kind === 'waiting';
    });
    if (ok) await onRemoved(waiting);
  }

  if (removing) {
    return (
      <p className="onsplan-status-line">
        {t('offline.what.document-verwijderen')}: <PendingState item={removing} />
      </p>
    );
  }
  return (
    <ConfirmStep
      idBase={`verwijder-${d.id}`}
      describedBy={documentTitleId(d)}
      label={t('documents.remove')}
      question={t('documents.removeQuestion', words)}
      yes={t('documents.removeYes')}
      busy={submit.busy}
      problem={submit.problem}
      onConfirm={() => void remove()}
    />
  );
}

const documentTitleId = (d: DocumentView) => `bestand-${d.id}`;

/** One document; `children` (e.g. "Bewaar op deze telefoon") come below the download. */
export function DocumentCard({ document: d, children }: { document: DocumentView; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { family, me } = useFamily();
  // A helper's upload is "Ria namens Samira" for everyone, Samira too.
  const by = d.uploadedBy.kind === 'helper' && d.uploadedBy.onBehalfOf ? t('comments.helperFor', { name: d.uploadedBy.name, member: d.uploadedBy.onBehalfOf }) : d.uploadedBy.isMe ? t('comments.you') : d.uploadedBy.kind === 'professional' ? (d.uploadedBy.name ?? t('comments.aProfessional')) : (d.uploadedBy.name ?? t('comments.someone'));
  const sharedWith =
    d.sharedWith.kind === 'professionals'
      ? t('documents.shared.professionals')
      : d.sharedWith.kind === 'leden'
        ? t('documents.shared.leden', { names: d.sharedWith.members.map((m) => m.name).join(', ') })
        : t('documents.shared.organisatie', { name: d.sharedWith.organisation });
  return (
    <li className="onsplan-card">
      <p className="onsplan-card__title onsplan-break" id={documentTitleId(d)}>
        {d.name}
      </p>
      <dl className="onsplan-facts">
        <div>
          <dt>{t('documents.kind')}</dt>
          <dd>
            {t(`documents.type.${d.contentType === 'application/pdf' ? 'pdf' : 'photo'}`)}, {sizeText(d.sizeBytes, i18n.language)}
          </dd>
        </div>
        <div>
          <dt>{t('documents.by')}</dt>
          <dd>
            {by}, <time dateTime={d.createdAt}>{formatDateTime(d.createdAt, i18n.language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('documents.sharedWith')}</dt>
          <dd>{sharedWith}</dd>
        </div>
      </dl>
      <WhoSees readers={d.readers} includesYou={me.kind === 'member'} />
      <a className="nl-button nl-button--secondary onsplan-link-button" href={apiUrl(paths.download(family.id, d.id))} download={d.name} onClick={holdWhileSessionEndOwed}>
        <span className="nl-button__label">
          {t('documents.download')}
          <span className="onsplan-visually-hidden"> {d.name}</span>
        </span>
      </a>
      {children}
    </li>
  );
}

type AudienceKind = DocumentAudience['kind'];

function UploadForm({ onUploaded, room }: { onUploaded: () => Promise<void>; room: DocumentRoom | undefined }) {
  const { t, i18n } = useTranslation();
  const words = helperWords(useActing());
  const context = useFamily();
  const me = selfMemberId(context);
  // Sharing with an organisation needs a complete toestemming about your own data.
  const consents = useApi<ToestemmingOverview>(paths.toestemmingen(context.family.id));
  const organisations =
    consents.state.kind === 'ready'
      ? consents.state.data.toestemmingen.filter((s) => s.subject.memberId === me && s.recipient.kind === 'organisatie' && s.status === 'compleet' && s.history[0])
      : [];
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [audience, setAudience] = useState<AudienceKind>('professionals');
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [organisation, setOrganisation] = useState<string>();
  const [errors, setErrors] = useState<{ file?: string; members?: string; organisation?: string }>({});
  const [progress, setProgress] = useState<number>();
  const [spoken, setSpoken] = useState('');
  const lastSpoken = useRef(0);
  const [done, setDone] = useState('');
  const clientId = useRef(newClientId());
  const submit = useSubmit();
  const write = useWrite();
  const others = context.family.members.filter((m) => m.id !== me);

  function report(fraction: number) {
    const percent = Math.round(fraction * 100);
    setProgress(percent);
    // Screen readers hear every quarter, not every percent.
    if (percent === 100 || percent - lastSpoken.current >= 25) {
      lastSpoken.current = percent;
      setSpoken(t('documents.percent', { percent }));
    }
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const found = {
      ...(file ? {} : { file: t('documents.error.noFile') }),
      ...(file && file.size > maxMegabytes * 1024 * 1024 ? { file: t('documents.error.tooBig', { max: maxMegabytes }) } : {}),
      ...(audience === 'leden' && !memberIds.length ? { members: t('documents.error.noMembers') } : {}),
      ...(audience === 'organisatie' && !organisation ? { organisation: t('documents.error.noOrganisation') } : {}),
    };
    setErrors(found);
    if (!file || Object.keys(found).length) return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    const chosen: DocumentAudience = audience === 'leden' ? { kind: 'leden', memberIds } : audience === 'organisatie' ? { kind: 'organisatie', toestemmingId: organisation! } : { kind: 'professionals' };
    setProgress(0);
    lastSpoken.current = 0;
    setSpoken(t('documents.percent', { percent: 0 }));
    let waiting = false;
    const ok = await submit.run(async () => {
      // The bytes go to the outbox first; a retry after a broken connection sends the same client id again.
      const outcome = await write({
        what: 'document',
        familyId: context.family.id,
        method: 'PUT',
        path: paths.upload(context.family.id, clientId.current),
        clientId: clientId.current,
        body: file,
        headers: { [documentUploadHeaders.name]: encodeURIComponent(file.name), [documentUploadHeaders.audience]: documentAudienceHeader(chosen) },
        onProgress: report,
      });
      waiting = outcome.kind === 'waiting';
    });
    if (!ok) {
      setProgress(undefined);
      setSpoken('');
      return;
    }
    clientId.current = newClientId();
    setFile(undefined);
    if (input.current) input.current.value = '';
    setProgress(undefined);
    setSpoken('');
    setDone(t(waiting ? 'offline.saved' : 'documents.uploaded', words));
    await onUploaded();
  }

  const audienceOptions = [
    { value: 'professionals' as const, label: t('documents.audience.professionals') },
    ...(others.length ? [{ value: 'leden' as const, label: t('documents.audience.leden') }] : []),
    ...(organisations.length ? [{ value: 'organisatie' as const, label: t('documents.audience.organisatie', words) }] : []),
  ];

  return (
    <form noValidate className="onsplan-form onsplan-card" onSubmit={(e) => void send(e)} aria-labelledby="upload-title">
      <Heading level={2} id="upload-title">
        {t('documents.uploadTitle')}
      </Heading>
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      {room && (
        <Paragraph>
          {t('documents.room', { left: sizeText(room.leftBytes, i18n.language), used: sizeText(room.usedBytes, i18n.language), limit: sizeText(room.limitBytes, i18n.language), ...words })}
        </Paragraph>
      )}
      <div className={`onsplan-field${errors.file ? ' onsplan-field--invalid' : ''}`}>
        <label className="onsplan-field__label" htmlFor="upload-bestand">
          {t('documents.fileLabel')}
        </label>
        <p className="onsplan-field__hint" id="upload-bestand-hint">
          {t('documents.fileHint', { max: maxMegabytes })}
        </p>
        {errors.file && (
          <p className="onsplan-field__error" id="upload-bestand-error">
            {errors.file}
          </p>
        )}
        <input
          ref={input}
          id="upload-bestand"
          type="file"
          accept={accepted}
          className="onsplan-file"
          aria-describedby={`upload-bestand-hint${errors.file ? ' upload-bestand-error' : ''}`}
          aria-invalid={errors.file ? true : undefined}
          onChange={(e) => setFile(e.target.files?.[0])}
        />
      </div>
      <Choice name="upload-wie" legend={t('documents.audienceLegend')} value={audience} onChange={setAudience} options={audienceOptions}>
        {audience === 'leden' && (
          <MemberCheckboxes
            idBase="upload-lid"
            nested
            legend={t('documents.membersLegend')}
            error={errors.members}
            members={others}
            chosen={memberIds}
            onChange={setMemberIds}
          />
        )}
        {audience === 'organisatie' && (
          <Choice
            name="upload-organisatie"
            legend={t('documents.organisationLegend')}
            error={errors.organisation}
            value={organisation}
            onChange={setOrganisation}
            options={organisations.map((o) => ({ value: o.history[0]!.id, label: o.recipient.name, hint: o.purpose }))}
          />
        )}
      </Choice>
      {/* What the uploader chose, said back in names before she sends it; the server decides every read. */}
      <p className="onsplan-will-read" aria-live="polite">
        {audience === 'leden' && memberIds.length
          ? t('documents.willRead.leden', { names: nameList(others.filter((m) => memberIds.includes(m.id)).map((m) => m.firstName), i18n.language) })
          : audience === 'organisatie' && organisation
            ? t('documents.willRead.organisatie', { name: organisations.find((o) => o.history[0]!.id === organisation)?.recipient.name ?? '' })
            : t('documents.willRead.professionals')}
      </p>
      {progress !== undefined && (
        <div className="onsplan-progress">
          <label htmlFor="upload-voortgang" className="onsplan-field__label">
            {t('documents.progressLabel', { name: file?.name ?? '' })}
          </label>
          <progress id="upload-voortgang" max={100} value={progress}>
            {progress}%
          </progress>
          <p className="onsplan-progress__text" aria-hidden="true">
            {t('documents.percent', { percent: progress })}
          </p>
        </div>
      )}
      <p aria-live="polite" className="onsplan-visually-hidden">
        {spoken}
      </p>
      <Button purpose="primary" type="submit" busy={submit.busy}>
        {submit.busy ? t('documents.uploading') : t('documents.upload')}
      </Button>
      <p role="status" className="onsplan-status">
        {done}
      </p>
    </form>
  );
}
