import type { ContactInbox as Inbox, ContactThreadView } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { paths } from '../../api/paths.ts';
import { useApi, useSubmit } from '../../api/useApi.ts';
import { telHref } from '../../components/HelperContacts/HelperContacts.tsx';
import { formatDateTime } from '../../format.ts';
import { workPaths } from '../paths.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { WorkProblem } from '../WorkProblem.tsx';
import { ReplyForm } from '../comments/ReplyForm.tsx';

type InboxThread = Inbox['threads'][number];

/**
 * "Berichten": hulpvragen, terugbelverzoeken en berichten van gezinsleden uit al haar gezinnen die nog
 * niet afgehandeld zijn, de oudste eerst. Ze antwoordt in de draad en meldt hem af als het gedaan is.
 */
export function ContactInbox() {
  const { t } = useTranslation('werk');
  const inbox = useApi<Inbox>(paths.contactInbox());
  return (
    <WorkPage title={t('contactInbox.title')}>
      <Paragraph purpose="lead">{t('contactInbox.intro')}</Paragraph>
      <WorkLoading state={inbox.state} />
      {inbox.state.kind === 'ready' && <MarkAllRead threads={inbox.state.data.threads} onRead={inbox.reload} />}
      {inbox.state.kind === 'ready' &&
        (inbox.state.data.threads.length ? (
          <ol className="onsplan-work-cards">
            {inbox.state.data.threads.map((thread) => (
              <ThreadCard key={thread.id} thread={thread} onChanged={inbox.reload} />
            ))}
          </ol>
        ) : (
          <Paragraph>{t('contactInbox.none')}</Paragraph>
        ))}
    </WorkPage>
  );
}

/**
 * "Alles gelezen": what is read is kept per family (up to a moment), so each family with new
 * messages is marked up to the newest message shown of it; anything that arrived since stays new.
 */
function MarkAllRead({ threads, onRead }: { threads: readonly InboxThread[]; onRead: () => Promise<void> }) {
  const { t } = useTranslation('werk');
  const submit = useSubmit();
  const newest = new Map<string, string>();
  for (const thread of threads) {
    for (const m of thread.messages) if (m.isNew && m.createdAt > (newest.get(thread.familyId) ?? '')) newest.set(thread.familyId, m.createdAt);
  }
  const count = threads.filter((thread) => thread.newMessages > 0).length;
  if (count === 0) return null;
  async function markRead() {
    const ok = await submit.run(async () => {
      for (const [familyId, until] of newest) await api(`${paths.contactThreads(familyId)}/leesbevestiging`, { method: 'POST', body: { until } });
    });
    if (ok) await onRead();
  }
  return (
    <div className="onsplan-work-done" role="region" aria-label={t('contactInbox.newTitle')}>
      <p>{t('contactInbox.newCount', { count })}</p>
      {submit.problem && <WorkProblem messageKey={submit.problem} />}
      <Button purpose="secondary" type="button" busy={submit.busy} onClick={() => void markRead()}>
        {t('contactInbox.markRead')}
      </Button>
    </div>
  );
}

function ThreadCard({ thread, onChanged }: { thread: InboxThread; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation('werk');
  const close = useSubmit();
  const heading = `draad-${thread.id}`;
  async function markDone() {
    const ok = await close.run(async () => {
      await api(`${paths.contactThreads(thread.familyId)}/${thread.id}/afhandeling`, { method: 'POST' });
    });
    if (ok) await onChanged();
  }
  return (
    <li className="onsplan-work-card">
      <h2 id={heading} className="onsplan-work-thread__about">
        {threadTitle(thread, t)} – {thread.memberName ?? t('contactInbox.someone')},{' '}
        <Link replace className="nl-link" to={workPaths.family(thread.familyId)}>
          {thread.familyName}
        </Link>
        {thread.newMessages > 0 && <> <span className="onsplan-badge onsplan-badge--new">{t('contactInbox.newBadge', { count: thread.newMessages })}</span></>}
      </h2>
      {thread.status === 'open' && <p className="onsplan-deadline--warning">{t('contactInbox.waiting')}</p>}
      {thread.memberPhone && (
        <p>
          {t('contactInbox.phone')}{' '}
          <a className="nl-link" href={telHref(thread.memberPhone)}>
            {thread.memberPhone}
          </a>
        </p>
      )}
      <ol className="onsplan-work-thread">
        {thread.messages.map((m) => {
          const a = m.author;
          const who = a.isMe ? t('comments.me') : a.onBehalfOf && a.name ? t('comments.byHelper', { name: a.name, member: a.onBehalfOf }) : (a.name ?? t('comments.unknown'));
          return (
            <li key={m.id}>
              <article className="onsplan-work-comment" aria-label={t('comments.from', { name: who })}>
                <p className="onsplan-work-comment__meta">
                  {m.isNew && <span className="onsplan-badge onsplan-badge--new">{t('contactInbox.new')}</span>} <strong>{who}</strong>{' '}
                  <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, i18n.language)}</time>
                </p>
                {m.body && <p className="onsplan-work-comment__body">{m.body}</p>}
              </article>
            </li>
          );
        })}
      </ol>
      {thread.mayAnswer && (
        <ReplyForm
          familyId={thread.familyId}
          rootId={thread.id}
          path={paths.contactAnswer(thread.familyId, thread.id)}
          readers={{ members: thread.memberName ? [thread.memberName] : [], helpers: [], professionals: [] }}
          onPosted={onChanged}
        />
      )}
      {close.problem && <WorkProblem messageKey={close.problem} />}
      {thread.mayClose && (
        <Button type="button" busy={close.busy} onClick={() => void markDone()} aria-describedby={heading}>
          {t(thread.kind === 'terugbellen' ? 'contactInbox.doneCall' : 'contactInbox.done')}
        </Button>
      )}
    </li>
  );
}

function threadTitle(thread: ContactThreadView, t: ReturnType<typeof useTranslation<'werk'>>['t']): string {
  if (thread.kind === 'hulp') return t('contactInbox.help', { topic: t(`contactInbox.topic.${thread.topic ?? 'iets-anders'}`) });
  if (thread.kind === 'terugbellen') return t('contactInbox.call', { moment: t(`contactInbox.moment.${thread.callMoment ?? 'maakt-niet-uit'}`) });
  return t('contactInbox.message');
}
