import {
  callMoments,
  contactKinds,
  contactThreadProblems,
  helpTopics,
  type CallMoment,
  type ContactKind,
  type ContactThreadList,
  type ContactThreadView,
  type FamilyContactList,
  type HelpTopic,
  type NewContactThread,
} from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newClientId } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { useWrite } from '../app/writes.ts';
import { Choice } from '../components/Choice/Choice.tsx';
import { authorName } from '../components/Comments/Comments.tsx';
import { ErrorSummary } from '../components/ErrorSummary/ErrorSummary.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { HelperContacts } from '../components/HelperContacts/HelperContacts.tsx';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { NewMessages } from '../components/NewMessages/NewMessages.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { TextArea } from '../components/TextArea/TextArea.tsx';
import { useFamily } from '../family/context.ts';
import { formatDateTime } from '../format.ts';
import { useHelperContactWords } from './helper-contact-words.ts';

type Field = 'kind' | 'topic' | 'callMoment' | 'body';

/**
 * "Vragen en berichten": a member asks for help, asks to be called back or sends a message, and reads
 * the answers. Only she (and her helper) and the professionals read it. The professionals' phone
 * and hours are at the top, to call at once. Writes go through the outbox, so nothing is lost offline.
 */
export function ContactHelp() {
  const { t } = useTranslation();
  const { family } = useFamily();
  const threads = useApi<ContactThreadList>(paths.contactThreads(family.id));
  const helpers = useApi<FamilyContactList>(`/gezinnen/${family.id}/hulpverleners`);
  const helperWords = useHelperContactWords();

  return (
    <FamilyPage title={t('contactHelp.title')}>
      <Paragraph purpose="lead">{t('contactHelp.intro')}</Paragraph>
      {helpers.state.kind === 'ready' && <HelperContacts professionals={helpers.state.data.professionals} words={helperWords} />}
      {threads.state.kind === 'ready' && threads.state.data.mayStart && <AskForm familyId={family.id} onSent={threads.reload} />}
      <Heading level={2}>{t('contactHelp.listTitle')}</Heading>
      <LoadState state={threads.state} />
      {threads.state.kind === 'ready' && <NewAnswers familyId={family.id} list={threads.state.data} onRead={threads.reload} />}
      {threads.state.kind === 'ready' &&
        (threads.state.data.threads.length ? (
          <ul className="onsplan-cards">
            {threads.state.data.threads.map((thread) => (
              <ThreadCard key={thread.id} familyId={family.id} thread={thread} onSent={threads.reload} />
            ))}
          </ul>
        ) : (
          <Paragraph>{t('contactHelp.none')}</Paragraph>
        ))}
    </FamilyPage>
  );
}

function AskForm({ familyId, onSent }: { familyId: string; onSent: () => Promise<void> }) {
  const { t } = useTranslation();
  const write = useWrite();
  const submit = useSubmit();
  const clientId = useRef(newClientId());
  const [kind, setKind] = useState<ContactKind>();
  const [topic, setTopic] = useState<HelpTopic>();
  const [callMoment, setCallMoment] = useState<CallMoment>();
  const [body, setBody] = useState('');
  const [wrong, setWrong] = useState<Field[]>([]);
  const [done, setDone] = useState('');

  async function send(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const input: Omit<NewContactThread, 'clientId'> = {
      kind: kind ?? 'bericht',
      ...(kind === 'hulp' && topic ? { topic } : {}),
      ...(kind === 'terugbellen' && callMoment ? { callMoment } : {}),
      ...(body.trim() ? { body: body.trim() } : {}),
    };
    const problems: Field[] = kind ? contactThreadProblems(input) : ['kind'];
    setWrong(problems);
    if (problems.length) return;
    let waiting = false;
    const ok = await submit.run(async () => {
      const request = { clientId: clientId.current, ...input };
      waiting = (await write({ what: 'contactbericht', familyId, method: 'POST', path: paths.contactThreads(familyId), clientId: clientId.current, body: request })).kind === 'waiting';
    });
    if (!ok) return;
    clientId.current = newClientId();
    setKind(undefined);
    setTopic(undefined);
    setCallMoment(undefined);
    setBody('');
    setDone(t(waiting ? 'offline.saved' : 'contactHelp.sent'));
    await onSent();
  }

  const bodyNeeded = kind === 'bericht' || (kind === 'hulp' && topic === 'iets-anders');
  const errorText: Record<Field, string> = {
    kind: t('contactHelp.wrong.kind'),
    topic: t('contactHelp.wrong.topic'),
    callMoment: t('contactHelp.wrong.callMoment'),
    body: t('contactHelp.wrong.body'),
  };
  const fieldId: Record<Field, string> = { kind: 'contact-soort-hulp', topic: 'contact-onderwerp-opvoeding', callMoment: 'contact-moment-ochtend', body: 'contact-woorden' };

  return (
    <form noValidate onSubmit={(e) => void send(e)} className="onsplan-form" aria-labelledby="contact-ask-title">
      <Heading level={2} id="contact-ask-title">
        {t('contactHelp.formTitle')}
      </Heading>
      <ErrorSummary title={t('contactHelp.errorsTitle')} errors={wrong.map((f) => ({ fieldId: fieldId[f], text: errorText[f] }))} />
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <Choice
        name="contact-soort"
        legend={t('contactHelp.which')}
        options={contactKinds.map((k) => ({ value: k, label: t(`contactHelp.kind.${k}`) }))}
        value={kind}
        error={wrong.includes('kind') ? errorText.kind : undefined}
        onChange={(k) => {
          setKind(k);
          setWrong([]);
        }}
      />
      {kind === 'hulp' && (
        <Choice
          name="contact-onderwerp"
          legend={t('contactHelp.topicLegend')}
          options={helpTopics.map((h) => ({ value: h, label: t(`contactHelp.topic.${h}`) }))}
          value={topic}
          error={wrong.includes('topic') ? errorText.topic : undefined}
          onChange={setTopic}
        />
      )}
      {kind === 'terugbellen' && (
        <Choice
          name="contact-moment"
          legend={t('contactHelp.momentLegend')}
          options={callMoments.map((m) => ({ value: m, label: t(`contactHelp.moment.${m}`) }))}
          value={callMoment}
          error={wrong.includes('callMoment') ? errorText.callMoment : undefined}
          onChange={setCallMoment}
        />
      )}
      {kind && (
        <TextArea
          id="contact-woorden"
          label={t(bodyNeeded ? 'contactHelp.bodyLabel' : 'contactHelp.bodyLabelOptional')}
          hint={t('contactHelp.bodyHint')}
          error={wrong.includes('body') ? errorText.body : undefined}
          value={body}
          maxLength={2000}
          onChange={(e) => setBody(e.target.value)}
        />
      )}
      <Paragraph>{t('contactHelp.whoReads')}</Paragraph>
      <Button purpose="primary" type="submit" busy={submit.busy}>
        {submit.busy ? t('app.busy') : t('contactHelp.send')}
      </Button>
      <p role="status" className="onsplan-status">
        {done}
      </p>
    </form>
  );
}

/** What a thread is, in one line: "Bel mij terug: 's ochtends", "Ik wil hulp bij: geld", "Bericht". */
export function useThreadTitle(): (thread: ContactThreadView) => string {
  const { t } = useTranslation();
  return (thread) => {
    if (thread.kind === 'hulp' && thread.topic) return t('contactHelp.titleHelp', { topic: t(`contactHelp.topic.${thread.topic}`) });
    if (thread.kind === 'terugbellen' && thread.callMoment) return t('contactHelp.titleCall', { moment: t(`contactHelp.moment.${thread.callMoment}`) });
    return t('contactHelp.titleMessage');
  };
}

/** How many answers are new since she last looked, with "Ik heb alles gelezen". */
function NewAnswers({ familyId, list, onRead }: { familyId: string; list: ContactThreadList; onRead: () => Promise<void> }) {
  const { t } = useTranslation();
  const fresh = list.threads.flatMap((thread) => thread.messages.filter((m) => m.isNew).map((m) => m.createdAt));
  return (
    <NewMessages
      fresh={fresh}
      seenPath={`${paths.contactThreads(familyId)}/leesbevestiging`}
      words={{ title: t('contactHelp.newTitle'), count: t('contactHelp.newCount', { count: fresh.length }), how: t('contactHelp.newHow') }}
      onRead={onRead}
    />
  );
}

function ThreadCard({ familyId, thread, onSent }: { familyId: string; thread: ContactThreadView; onSent: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const title = useThreadTitle();
  return (
    <li className="onsplan-card" aria-labelledby={`gesprek-${thread.id}`}>
      <p className="onsplan-card__title" id={`gesprek-${thread.id}`}>
        {title(thread)}{' '}
        <span className={`onsplan-badge${thread.status === 'open' ? '' : ' onsplan-badge--ok'}`}>{t(`contactHelp.status.${thread.status}`)}</span>
      </p>
      <ol className="onsplan-thread">
        {thread.messages.map((m) => (
          <li key={m.id}>
            <p className="onsplan-meta">
              {m.isNew && <strong className="onsplan-badge onsplan-badge--new">{t('contactHelp.new')}</strong>} {authorName(m, t)}, {formatDateTime(m.createdAt, i18n.language)}
            </p>
            {m.body && <p>{m.body}</p>}
          </li>
        ))}
      </ol>
      {thread.mayAnswer && thread.status !== 'afgehandeld' && <AnswerForm familyId={familyId} threadId={thread.id} onSent={onSent} />}
    </li>
  );
}

function AnswerForm({ familyId, threadId, onSent }: { familyId: string; threadId: string; onSent: () => Promise<void> }) {
  const { t } = useTranslation();
  const write = useWrite();
  const submit = useSubmit();
  const clientId = useRef(newClientId());
  const [body, setBody] = useState('');
  const [empty, setEmpty] = useState(false);
  const [done, setDone] = useState('');

  async function send(event: FormEvent) {
    event.preventDefault();
    setDone('');
    setEmpty(!body.trim());
    if (!body.trim()) {
      document.getElementById(`antwoord-${threadId}`)?.focus();
      return;
    }
    let waiting = false;
    const ok = await submit.run(async () => {
      const request = { clientId: clientId.current, body: body.trim() };
      waiting = (await write({ what: 'contactbericht', familyId, method: 'POST', path: paths.contactAnswer(familyId, threadId), clientId: clientId.current, body: request })).kind === 'waiting';
    });
    if (!ok) return;
    clientId.current = newClientId();
    setBody('');
    setDone(t(waiting ? 'offline.saved' : 'contactHelp.sent'));
    await onSent();
  }

  return (
    <form noValidate onSubmit={(e) => void send(e)} className="onsplan-form">
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      <TextArea
        id={`antwoord-${threadId}`}
        label={t('contactHelp.answerLabel')}
        rows={2}
        error={empty ? t('contactHelp.wrong.body') : undefined}
        value={body}
        maxLength={2000}
        onChange={(e) => setBody(e.target.value)}
      />
      <Button type="submit" busy={submit.busy}>
        {submit.busy ? t('app.busy') : t('contactHelp.answer')}
      </Button>
      <p role="status" className="onsplan-status">
        {done}
      </p>
    </form>
  );
}
