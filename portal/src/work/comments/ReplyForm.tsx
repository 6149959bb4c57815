import type { ReadersView } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, newClientId } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { useSubmit } from '../../api/useApi.ts';
import { TextArea } from '../../components/TextArea/TextArea.tsx';
import { focusFirstInvalid } from '../../components/form-focus.ts';
import { WorkProblem } from '../WorkProblem.tsx';

/**
 * Her answer in a thread; it reaches only the thread's readers, whom the server names before she
 * sends. `path`: where the answer goes when the thread is not a comment thread (a contact thread).
 */
export function ReplyForm({ familyId, rootId, readers, onPosted, path }: { familyId: string; rootId: string; readers: ReadersView; onPosted: () => Promise<void>; path?: string }) {
  const { t } = useTranslation('werk');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const clientId = useRef(newClientId());
  const submit = useSubmit();
  const id = `antwoord-${rootId}`;
  const names = [...readers.members, ...readers.helpers];

  async function send(event: FormEvent) {
    event.preventDefault();
    setDone('');
    if (!body.trim()) {
      setError(t('comments.replyNeeded'));
      return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    }
    setError(undefined);
    const ok = await submit.run(async () => {
      await api(path ?? paths.replies(familyId, rootId), { method: 'POST', body: { clientId: clientId.current, body: body.trim() } });
    });
    if (!ok) return;
    clientId.current = newClientId();
    setBody('');
    setDone(t('comments.replied'));
    await onPosted();
  }

  return (
    <form noValidate className="onsplan-form" onSubmit={(e) => void send(e)} aria-labelledby={`draad-${rootId}`}>
      {submit.problem && <WorkProblem messageKey={submit.problem} />}
      <TextArea
        id={`${id}-tekst`}
        label={t('comments.replyLabel')}
        hint={names.length ? t('comments.replyReaders', { names: names.join(', ') }) : t('comments.replyReadersProfessionals')}
        error={error}
        value={body}
        rows={3}
        maxLength={4000}
        onChange={(e) => setBody(e.target.value)}
      />
      <Button purpose="primary" type="submit" busy={submit.busy}>
        {t('comments.reply')}
      </Button>
      <p role="status" className="onsplan-status onsplan-status--quiet">
        {done}
      </p>
    </form>
  );
}
