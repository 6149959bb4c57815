import { Button } from '@nl-design-system-candidate/button-react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../offline/outbox.ts';
import { useLocalCopy } from './local-copy-context.ts';

/** Where a waiting write stands, in B1: waiting, being sent, or refused with the reason and what to do. */
export function PendingState({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const { controller, snapshot } = useLocalCopy();
  const session = snapshot.session;
  if (item.status !== 'fout') {
    return <strong className="onsplan-badge onsplan-badge--new onsplan-pending__badge">{t(item.status === 'verzonden' ? 'offline.sending' : 'offline.waiting')}</strong>;
  }
  return (
    <span className="onsplan-pending__failed">
      <strong className="onsplan-badge onsplan-badge--warning">{t('offline.failed')}</strong> <span className="onsplan-pending__problem">{t(`problem.${item.problem ?? 'interne-fout'}`)}</span>
      {session && (
        <span className="onsplan-pending__actions">
          {/* Sending the same answer about an old version again cannot help. */}
          {item.problem !== 'plan-veranderd' && (
            <Button purpose="secondary" type="button" onClick={() => void session.outbox.retry(item.clientId).then(() => controller?.refresh())}>
              {t('offline.retry')}
            </Button>
          )}
          <Button purpose="subtle" hint="negative" type="button" onClick={() => void session.outbox.discard(item.clientId)}>
            {t('offline.discard')}
          </Button>
        </span>
      )}
    </span>
  );
}

/** The text of a waiting write, where it has one (a comment, a request, a statement). */
export function pendingText(item: OutboxItem): string | undefined {
  const body = item.body as { body?: unknown; reason?: unknown; proposedText?: unknown; purpose?: unknown } | undefined;
  for (const text of [body?.body, body?.proposedText, body?.reason, body?.purpose]) if (typeof text === 'string' && text) return text;
  return undefined;
}
