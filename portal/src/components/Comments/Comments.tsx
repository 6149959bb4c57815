import type { CommentAudience, CommentView, ReadersView } from '@onsplan/shared';
import { helperWords, useActing } from '../../family/acting-context.ts';
import { Button } from '@nl-design-system-candidate/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newClientId } from '../../api/client.ts';
import { useSubmit } from '../../api/useApi.ts';
import { PendingState, pendingText } from '../../app/Pending.tsx';
import { usePending, useWrite } from '../../app/writes.ts';
import type { OutboxItem } from '../../offline/outbox.ts';
import { formatDateTime } from '../../format.ts';
import { Choice } from '../Choice/Choice.tsx';
import { ProblemMessage } from '../ProblemMessage/ProblemMessage.tsx';
import { TextArea } from '../TextArea/TextArea.tsx';
import type { Thread } from './threads.ts';
import { focusFirstInvalid } from '../form-focus.ts';
import { paths } from '../../api/paths.ts';
import { WhoSees, WillRead } from '../Readers/Readers.tsx';

export interface CommentsProps {
  familyId: string;
  /** The plan item's key, or null for the plan as a whole. */
  itemKey: string | null;
  /** The id of the heading of what the comments are about; it names the region with the count. */
  aboutId: string;
  threads: Thread[];
  /** Members start a thread; professionals only reply. */
  canStart: boolean;
  onChanged: () => Promise<void>;
  /** One level below the heading of what the comments are about. */
  headingLevel?: 3 | 4;
  /** Who reads a new comment written for everyone who sees the item (or plan), from the server. */
  commentReaders?: ReadersView | undefined;
  /** The viewer is a member, addressed as "u" in "Wie ziet dit?". */
  includesYou: boolean;
}

/** The comments on one item or on the whole plan: threads, a reply per thread, and "Reageer". */
export function Comments({ familyId, itemKey, aboutId, threads, canStart, onChanged, headingLevel = 4, commentReaders, includesYou }: CommentsProps) {
  const { t } = useTranslation();
  const idBase = `reacties-${itemKey ?? 'plan'}`;
  const Title = headingLevel === 3 ? 'h3' : 'h4';
  // Comments written on this phone that the server has not confirmed yet, shown where they will be.
  const waiting = usePending((p) => p.what === 'reactie' && p.familyId === familyId);
  const startsPath = paths.comments(familyId);
  const repliesPath = (rootId: string) => paths.replies(familyId, rootId);
  const waitingThreads = waiting.filter((p) => p.url === startsPath && (p.body as { itemKey?: string | null } | undefined)?.itemKey === itemKey);
  return (
    <section className="onsplan-comments" aria-labelledby={`${aboutId} ${idBase}-title`}>
      <Title id={`${idBase}-title`} className="onsplan-comments__title">
        {t('comments.title', { count: threads.length })}
      </Title>
      {threads.length + waitingThreads.length > 0 && (
        <ol className="onsplan-threads">
          {threads.map((thread) => {
            const waitingReplies = waiting.filter((p) => p.url === repliesPath(thread.root.id));
            return (
              <li key={thread.root.id} className="onsplan-thread">
                <Comment comment={thread.root} correctHref={canStart ? correctHref(familyId, thread.root) : undefined} includesYou={includesYou} />
                {thread.replies.length + waitingReplies.length > 0 && (
                  <ol className="onsplan-thread__replies" aria-label={t('comments.repliesTo', { name: authorName(thread.root, t) })}>
                    {thread.replies.map((reply) => (
                      <li key={reply.id}>
                        <Comment comment={reply} correctHref={canStart ? correctHref(familyId, reply) : undefined} includesYou={includesYou} />
                      </li>
                    ))}
                    {waitingReplies.map((p) => (
                      <li key={p.clientId}>
                        <WaitingComment item={p} />
                      </li>
                    ))}
                  </ol>
                )}
                <CommentForm
                  familyId={familyId}
                  idBase={`antwoord-${thread.root.id}`}
                  path={repliesPath(thread.root.id)}
                  openLabel={t('comments.reply')}
                  readers={thread.root.replyReaders && (() => thread.root.replyReaders!)}
                  onPosted={onChanged}
                />
              </li>
            );
          })}
          {waitingThreads.map((p) => (
            <li key={p.clientId} className="onsplan-thread">
              <WaitingComment item={p} />
            </li>
          ))}
        </ol>
      )}
      {canStart && commentReaders && (
        <CommentForm
          familyId={familyId}
          idBase={idBase}
          path={startsPath}
          itemKey={itemKey}
          openLabel={t('comments.start')}
          wideChoice={itemKey === null ? 'comments.audience.zoals-plan' : 'comments.audience.zoals-onderdeel'}
          readers={(audience) => (audience === 'zoals-onderdeel' ? commentReaders : onlyProfessionals(commentReaders))}
          onPosted={onChanged}
        />
      )}
    </section>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

export function authorName(c: Pick<CommentView, 'author'>, t: T): string {
  const a = c.author;
  if (a.kind === 'professional') return a.jobTitle ? t('comments.professionalName', { name: a.name, job: a.jobTitle }) : (a.name ?? t('comments.aProfessional'));
  if (a.kind === 'helper') return a.onBehalfOf ? t('comments.helperFor', { name: a.name, member: a.onBehalfOf }) : (a.name ?? t('comments.someone'));
  if (a.isMe) return t('comments.you');
  return a.name ?? t('comments.someone');
}

/** A member may ask to correct what a professional wrote (it is part of the dossier), not what members wrote. */
function correctHref(familyId: string, c: CommentView): string | undefined {
  return c.author.kind === 'professional' ? `/plan/${familyId}/verzoeken/nieuw?reactie=${c.id}` : undefined;
}

/** Who reads a comment "alleen voor de hulpverleners": they, and the writer's own helpers. */
function onlyProfessionals(readers: ReadersView): ReadersView {
  return { members: [], helpers: readers.helpers, professionals: readers.professionals };
}

function startedBy(name: string, jobTitle: string | undefined): { name: string; job: string; context: 'job' | undefined } {
  const first = name.split(' ')[0]!;
  return { name: first, job: jobTitle?.toLowerCase() ?? '', context: jobTitle ? 'job' : undefined };
}

/** One comment; without `correctHref` it only shows (as in the printable export). */
export function Comment({ comment, correctHref, includesYou }: { comment: CommentView; correctHref?: string | undefined; includesYou?: boolean }) {
  const { t, i18n } = useTranslation();
  const professional = comment.author.kind === 'professional';
  return (
    <article className={`onsplan-comment${professional ? ' onsplan-comment--professional' : ''}${comment.isNew ? ' onsplan-comment--new' : ''}`} data-new={comment.isNew || undefined}>
      <p className="onsplan-comment__meta">
        {comment.isNew && <strong className="onsplan-badge onsplan-badge--new">{comment.replyTo ? t('comments.newReply') : t('comments.newComment')}</strong>}
        <strong className="onsplan-comment__author">{authorName(comment, t)}</strong>
        {professional && <span className="onsplan-badge">{t('comments.professional')}</span>}
        <time dateTime={comment.createdAt} className="onsplan-comment__time">
          {formatDateTime(comment.createdAt, i18n.language)}
        </time>
      </p>
      {includesYou && professional && comment.replyTo === null && !comment.author.isMe && comment.author.name && (
        // A professional started this thread: say plainly that it is written to the member.
        <p className="onsplan-comment__started">{t('comments.startedByProfessional', startedBy(comment.author.name, comment.author.jobTitle))}</p>
      )}
      <p className="onsplan-comment__body" id={`reactie-${comment.id}`} dir="auto">
        {comment.body}
      </p>
      {comment.audience === 'alleen-professionals' && <p className="onsplan-comment__audience">{t('comments.onlyProfessionalNote')}</p>}
      {includesYou !== undefined && <WhoSees readers={comment.readers} includesYou={includesYou} />}
      {correctHref && (
        <p className="onsplan-comment__correct">
          <Link replace className="nl-link" to={correctHref} aria-describedby={`reactie-${comment.id}`}>
            {t('correction.fromItem')}
          </Link>
        </p>
      )}
    </article>
  );
}

/** A comment written on this phone that waits for the server (or was refused, with what to do). */
function WaitingComment({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  return (
    <article className="onsplan-comment onsplan-comment--waiting">
      <p className="onsplan-comment__meta">
        <strong className="onsplan-comment__author">{t('comments.you', words)}</strong>
        <PendingState item={item} />
      </p>
      <p className="onsplan-comment__body" dir="auto">
        {pendingText(item)}
      </p>
    </article>
  );
}

interface CommentFormProps {
  familyId: string;
  idBase: string;
  path: string;
  itemKey?: string | null;
  openLabel: string;
  /** The key of the wide choice ("iedereen die … ziet"); without it the form has no choice (a reply). */
  wideChoice?: string;
  /** Who will read what is sent with this choice, as the server said; shown before sending. */
  readers?: ((audience: CommentAudience) => ReadersView) | undefined;
  onPosted: () => Promise<void>;
}

/** "Reageer" or "Antwoord geven": opens a small form; what was typed stays when sending fails. */
function CommentForm({ familyId, idBase, path, itemKey, openLabel, wideChoice, readers, onPosted }: CommentFormProps) {
  const { t } = useTranslation();
  const words = helperWords(useActing());
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  // The narrowest choice first: a writer widens on purpose, never by not noticing.
  const [audience, setAudience] = useState<CommentAudience>('alleen-professionals');
  const [fieldError, setFieldError] = useState<string>();
  const [done, setDone] = useState('');
  // One id per draft: a retry after a lost answer stores the comment once.
  const clientId = useRef(newClientId());
  const toggle = useRef<HTMLButtonElement>(null);
  const submit = useSubmit();
  const write = useWrite();

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setFieldError(t('comments.empty', words));
      return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    }
    setFieldError(undefined);
    const payload = itemKey === undefined ? { clientId: clientId.current, body } : { clientId: clientId.current, itemKey, body, audience };
    let waiting = false;
    const ok = await submit.run(async () => {
      waiting = (await write({ what: 'reactie', familyId, method: 'POST', path, clientId: clientId.current, body: payload })).kind === 'waiting';
    });
    if (!ok) return;
    clientId.current = newClientId();
    setBody('');
    setAudience('alleen-professionals');
    setOpen(false);
    setDone(t(waiting ? 'offline.saved' : 'comments.posted'));
    await onPosted();
    toggle.current?.focus();
  }

  return (
    <div className="onsplan-comment-form">
      <Button
        ref={toggle}
        purpose="secondary"
        type="button"
        aria-expanded={open}
        aria-controls={`${idBase}-form`}
        onClick={() => {
          setOpen(!open);
          setDone('');
        }}
      >
        {openLabel}
      </Button>
      <p role="status" className="onsplan-status onsplan-status--quiet">
        {done}
      </p>
      <form id={`${idBase}-form`} noValidate hidden={!open} onSubmit={(e) => void send(e)} aria-label={openLabel}>
        {submit.problem && <ProblemMessage messageKey={submit.problem} />}
        <TextArea id={`${idBase}-tekst`} label={t('comments.label', words)} error={fieldError} value={body} maxLength={4000} onChange={(e) => setBody(e.target.value)} />
        {wideChoice && (
          <Choice
            name={`${idBase}-publiek`}
            legend={t('comments.audienceLegend', words)}
            options={[
              { value: 'alleen-professionals', label: t('comments.audience.alleen-professionals') },
              { value: 'zoals-onderdeel', label: t(wideChoice) },
            ]}
            value={audience}
            onChange={setAudience}
          />
        )}
        {readers && <WillRead id={`${idBase}-lezers`} readers={readers(audience)} />}
        <Button purpose="primary" type="submit" busy={submit.busy}>
          {submit.busy ? t('app.busy') : t('comments.send')}
        </Button>
      </form>
    </div>
  );
}
