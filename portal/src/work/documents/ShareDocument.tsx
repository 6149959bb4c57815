import { documentAudienceHeader, documentUploadHeaders, type DocumentAudience, type FamilySummary } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newClientId, upload } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { useSubmit } from '../../api/useApi.ts';
import { Choice } from '../../components/Choice/Choice.tsx';
import { MemberCheckboxes } from '../../components/MemberCheckboxes/MemberCheckboxes.tsx';
import { WorkProblem } from '../WorkProblem.tsx';

const maxMegabytes = 10;
type Readers = 'professionals' | 'leden';

/**
 * A professional shares a file with the other professionals of the family, or with named members
 * too. The server checks the file (type, size, metadata) and decides every read, as for a member's
 * upload; a retry after a broken connection sends the same client id, so nothing is stored twice.
 */
export function ShareDocument({ family, onShared }: { family: FamilySummary; onShared: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const input = useRef<HTMLInputElement>(null);
  const clientId = useRef(newClientId());
  const [file, setFile] = useState<File>();
  const [readers, setReaders] = useState<Readers>('professionals');
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ file?: string; members?: string }>({});
  const [progress, setProgress] = useState<number>();
  const [done, setDone] = useState('');
  const submit = useSubmit();

  async function send(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const found = {
      ...(!file ? { file: t('documents.share.noFile') } : file.size > maxMegabytes * 1024 * 1024 ? { file: t('documents.share.tooBig', { max: maxMegabytes }) } : {}),
      ...(readers === 'leden' && !memberIds.length ? { members: t('documents.share.noMembers') } : {}),
    };
    setErrors(found);
    if (!file || found.file || found.members) return;
    const audience: DocumentAudience = readers === 'leden' ? { kind: 'leden', memberIds } : { kind: 'professionals' };
    setProgress(0);
    const ok = await submit.run(async () => {
      await upload(
        paths.upload(family.id, clientId.current),
        {
          method: 'PUT',
          body: file,
          headers: { 'content-type': 'application/octet-stream', [documentUploadHeaders.name]: encodeURIComponent(file.name), [documentUploadHeaders.audience]: documentAudienceHeader(audience) },
        },
        (fraction) => setProgress(Math.round(fraction * 100)),
      );
    });
    setProgress(undefined);
    if (!ok) return;
    clientId.current = newClientId();
    setFile(undefined);
    setMemberIds([]);
    if (input.current) input.current.value = '';
    setDone(t('documents.share.done', { name: file.name }));
    await onShared();
  }

  return (
    <section aria-labelledby="document-delen">
      <h2 id="document-delen">{t('documents.share.title')}</h2>
      {done && (
        <p role="status" className="onsplan-work-done">
          {done}
        </p>
      )}
      {submit.problem && <WorkProblem messageKey={submit.problem} />}
      <form noValidate className="onsplan-form onsplan-work-form" onSubmit={(e) => void send(e)}>
        <div className={`onsplan-field${errors.file ? ' onsplan-field--invalid' : ''}`}>
          <label className="onsplan-field__label" htmlFor="delen-bestand">
            {t('documents.share.file')}
          </label>
          <p className="onsplan-field__hint" id="delen-bestand-hint">
            {t('documents.share.fileHint', { max: maxMegabytes })}
          </p>
          {errors.file && (
            <p className="onsplan-field__error" id="delen-bestand-error">
              {errors.file}
            </p>
          )}
          <input
            ref={input}
            id="delen-bestand"
            type="file"
            accept="image/jpeg,image/png,application/pdf"
            className="onsplan-field__input"
            aria-describedby={`delen-bestand-hint${errors.file ? ' delen-bestand-error' : ''}`}
            aria-invalid={errors.file ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0])}
          />
        </div>
        <Choice
          name="delen-met"
          legend={t('documents.share.readers')}
          value={readers}
          onChange={setReaders}
          options={[
            { value: 'professionals', label: t('documents.share.professionals') },
            { value: 'leden', label: t('documents.share.members') },
          ]}
        >
          {readers === 'leden' && (
            <MemberCheckboxes idBase="delen-lid" legend={t('documents.share.whichMembers')} error={errors.members} members={family.members} chosen={memberIds} onChange={setMemberIds} nested />
          )}
        </Choice>
        {progress !== undefined && (
          <div className="onsplan-field">
            <label htmlFor="delen-voortgang" className="onsplan-field__label">
              {t('documents.share.progress')}
            </label>
            <progress id="delen-voortgang" max={100} value={progress}>
              {progress}%
            </progress>
          </div>
        )}
        <Button purpose="primary" type="submit" busy={submit.busy}>
          {submit.busy ? t('documents.share.busy') : t('documents.share.submit')}
        </Button>
      </form>
    </section>
  );
}
