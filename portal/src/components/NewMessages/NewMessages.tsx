import { Button } from '@nl-design-system-candidate/button-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useSubmit } from '../../api/useApi.ts';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage.tsx';

export interface NewMessagesProps {
  /** The `createdAt` of each new message shown. */
  fresh: readonly string[];
  /** The API path that marks them read up to a moment (`{ until }`). */
  seenPath: string;
  /** The words of the notice; the button and "all read" are the same everywhere. */
  words: { title: string; count: string; how: string };
  onRead: () => Promise<void>;
}

/**
 * Says how many new messages there are and lets the person mark them as read. Marked up to the
 * newest one shown, so anything that arrived since loading stays new. Marking read needs the
 * server: offline the button answers with the usual problem message.
 */
export function NewMessages({ fresh, seenPath, words, onRead }: NewMessagesProps) {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [read, setRead] = useState(false);
  if (!fresh.length) {
    return read ? (
      <p role="status" className="onsplan-status">
        {t('comments.allRead')}
      </p>
    ) : null;
  }
  const until = [...fresh].sort().at(-1)!;
  return (
    <div className="onsplan-notice" role="region" aria-label={words.title}>
      <p className="onsplan-notice__title">{words.count}</p>
      <p>{words.how}</p>
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <Button
        purpose="secondary"
        type="button"
        busy={submit.busy}
        onClick={() =>
          void submit
            .run(() => api(seenPath, { method: 'POST', body: { until } }))
            .then(async (ok) => {
              if (!ok) return;
              setRead(true);
              await onRead();
            })
        }
      >
        {submit.busy ? t('app.busy') : t('comments.markRead')}
      </Button>
    </div>
  );
}
