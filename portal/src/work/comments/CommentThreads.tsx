import type { CommentList, CommentView, PlanView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '../../api/paths.ts';
import { useApi } from '../../api/useApi.ts';
import { threadsOf, type Thread } from '../../components/Comments/threads.ts';
import { formatDateTime } from '../../format.ts';
import { useWork } from '../context.ts';
import { WorkLoading } from '../WorkLoading.tsx';
import { WorkNotFound } from '../WorkNotFound.tsx';
import { WorkPage } from '../WorkPage.tsx';
import { ReplyForm } from './ReplyForm.tsx';

/** The last word of a thread is a member's (or her helper's): it waits for a professional's answer. */
export const waitsForAnswer = (thread: Thread): boolean => (thread.replies.at(-1) ?? thread.root).author.kind !== 'professional';

/** The family's comment threads she may read, those waiting for an answer first, each with a reply. */
export function CommentThreads() {
  const { t } = useTranslation('werk');
  const { familyId } = useParams();
  const family = useWork().families.find((f) => f.id === familyId);
  const comments = useApi<CommentList>(family ? paths.comments(family.id) : null);
  const plan = useApi<PlanView>(family ? paths.plan(family.id) : null);
  if (!family) return <WorkNotFound />;
  const items = plan.state.kind === 'ready' ? plan.state.data.items : [];
  const about = (itemKey: string | null) => (itemKey === null ? t('comments.aboutPlan') : (items.find((i) => i.key === itemKey)?.what ?? t('comments.aboutEarlierItem')));
  const threads = comments.state.kind === 'ready' ? threadsOf(comments.state.data.comments) : [];
  const ordered = [...threads.filter(waitsForAnswer), ...threads.filter((th) => !waitsForAnswer(th))];
  return (
    <WorkPage title={`${t('comments.title')} – ${family.name}`}>
      <Paragraph purpose="lead">{t('comments.intro')}</Paragraph>
      <WorkLoading state={comments.state} />
      {comments.state.kind === 'ready' &&
        (ordered.length ? (
          <ol className="onsplan-work-cards">
            {ordered.map((thread) => (
              <li key={thread.root.id} className="onsplan-work-card">
                <h2 id={`draad-${thread.root.id}`} className="onsplan-work-thread__about">
                  {about(thread.root.itemKey)}
                </h2>
                {waitsForAnswer(thread) && <p className="onsplan-deadline--warning">{t('comments.waiting')}</p>}
                <ol className="onsplan-work-thread">
                  {[thread.root, ...thread.replies].map((c) => (
                    <li key={c.id}>
                      <WorkComment comment={c} />
                    </li>
                  ))}
                </ol>
                {thread.root.replyReaders && <ReplyForm familyId={family.id} rootId={thread.root.id} readers={thread.root.replyReaders} onPosted={comments.reload} />}
              </li>
            ))}
          </ol>
        ) : (
          <Paragraph>{t('comments.none')}</Paragraph>
        ))}
    </WorkPage>
  );
}

function WorkComment({ comment }: { comment: CommentView }) {
  const { t, i18n } = useTranslation('werk');
  const a = comment.author;
  const who = a.isMe ? t('comments.me') : a.onBehalfOf && a.name ? t('comments.byHelper', { name: a.name, member: a.onBehalfOf }) : a.jobTitle && a.name ? t('comments.professional', { name: a.name, job: a.jobTitle }) : (a.name ?? t('comments.unknown'));
  const readers = [...comment.readers.members, ...comment.readers.helpers];
  return (
    <article className="onsplan-work-comment" aria-label={t('comments.from', { name: who })}>
      <p className="onsplan-work-comment__meta">
        <strong>{who}</strong> <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, i18n.language)}</time>
      </p>
      <p className="onsplan-work-comment__body">{comment.body}</p>
      <p className="onsplan-work-comment__readers">{readers.length ? t('comments.readers', { names: readers.join(', ') }) : t('comments.readersProfessionals')}</p>
    </article>
  );
}
