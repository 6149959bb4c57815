import { firstName, type RequestAnswer, type ToestemmingsverzoekenOverview, type ToestemmingsverzoekView } from '@onsplan/shared';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newClientId } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { useWrite } from '../app/writes.ts';
import { ConsentRequestCard, type ConsentRequestCardWords } from '../components/ConsentRequestCard/ConsentRequestCard.tsx';
import { DutchBeside } from '../components/DutchBeside/DutchBeside.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { selfMemberId, useFamily } from '../family/context.ts';
import { formatDate } from '../format.ts';

/**
 * The questions for toestemming addressed to this member (or the member a helper acts for): open
 * ones as cards to answer, answered ones with the answer. A yes or no is written through the outbox
 * like every member write, and the toestemming list above is reloaded after it.
 */
export function ConsentRequests({ onAnswered }: { onAnswered: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const context = useFamily();
  const familyId = context.family.id;
  const list = useApi<ToestemmingsverzoekenOverview>(paths.toestemmingsverzoeken(familyId));
  const submit = useSubmit();
  const write = useWrite();
  const [sending, setSending] = useState<string>();
  const [thanks, setThanks] = useState<string>();
  if (list.state.kind !== 'ready' || !list.state.data.verzoeken.length) return null;
  const verzoeken = list.state.data.verzoeken;
  const me = selfMemberId(context);
  const helping = context.me.actingFor;

  async function answer(request: ToestemmingsverzoekView, value: RequestAnswer) {
    setSending(request.id);
    setThanks(undefined);
    const clientId = newClientId();
    let waiting = false;
    const ok = await submit.run(async () => {
      const outcome = await write({ what: 'toestemming-antwoord', familyId, method: 'POST', path: paths.toestemmingsverzoek(familyId, request.id, 'antwoord'), clientId, body: { clientId, answer: value } });
      waiting = outcome.kind === 'waiting';
    });
    setSending(undefined);
    if (!ok) return;
    // Without a connection the answer waits on the phone and goes by itself later: say so, not "saved".
    setThanks(t(waiting ? 'offline.saved' : value === 'ja' ? 'toestemming.request.thanksYes' : 'toestemming.request.thanksNo'));
    await Promise.all([list.reload(), onAnswered()]);
  }

  function wordsFor(request: ToestemmingsverzoekView): ConsentRequestCardWords {
    const asker = firstName(request.askedBy.name);
    const member = helping?.name ?? '';
    const mine = request.myAnswer;
    const byHelper = mine?.by.kind === 'helper' && !helping;
    return {
      // The question she answers has legal effect: on a translated screen the Dutch stands beside it.
      title: <DutchBeside k="toestemming.request.title" options={() => (helping ? { context: 'helper', name: asker, member } : { name: asker })} />,
      ...(request.subject.memberId !== me ? { whose: <DutchBeside k="toestemming.request.whose" options={() => ({ name: request.subject.firstName })} /> } : {}),
      organisation: t('toestemming.request.organisation'),
      purpose: t('toestemming.request.purpose'),
      data: t('toestemming.request.data'),
      until: t('toestemming.request.until'),
      note: t('toestemming.request.note', { name: asker }),
      yes: t('toestemming.request.yes'),
      no: t('toestemming.request.no'),
      busy: t('app.busy'),
      ...(mine
        ? {
            answered: byHelper
              ? t(mine.answer === 'ja' ? 'toestemming.request.answeredYesBy' : 'toestemming.request.answeredNoBy', { name: mine.by.name ?? '', member: mine.by.onBehalfOf ?? '' })
              : t(mine.answer === 'ja' ? 'toestemming.request.answeredYes' : 'toestemming.request.answeredNo'),
          }
        : {}),
      ...(request.withdrawn && !mine ? { withdrawn: t('toestemming.request.withdrawn', { name: asker }) } : {}),
      ...(!mine && !request.withdrawn && !request.mayAnswer && helping ? { readOnly: t('toestemming.request.readOnly', { member }) } : {}),
    };
  }

  return (
    <section aria-labelledby="vragen-om-toestemming" className="onsplan-block">
      <Heading level={2} id="vragen-om-toestemming">
        {t('toestemming.request.listTitle')}
      </Heading>
      {submit.problem && <ProblemMessage messageKey={submit.problem} />}
      {thanks && (
        <Paragraph role="status" className="onsplan-status-line">
          {thanks}
        </Paragraph>
      )}
      <ul className="onsplan-cards">
        {verzoeken.map((request) => (
          <ConsentRequestCard
            key={request.id}
            id={request.id}
            organisation={request.organisation}
            purpose={request.purpose}
            data={[...request.dataKinds.map((k) => t(`toestemming.request.dataKind.${k}`)), ...(request.dataOther ? [request.dataOther] : [])]}
            until={formatDate(request.validUntil, i18n.language)}
            {...(request.note ? { note: request.note } : {})}
            words={wordsFor(request)}
            mayAnswer={request.mayAnswer}
            busy={sending === request.id}
            onAnswer={(value) => void answer(request, value)}
          />
        ))}
      </ul>
    </section>
  );
}

/** A short line on the plan while a question for toestemming waits for this member's answer. */
export function ConsentRequestLine({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const list = useApi<ToestemmingsverzoekenOverview>(paths.toestemmingsverzoeken(familyId));
  if (list.state.kind !== 'ready') return null;
  const open = list.state.data.verzoeken.filter((v) => v.mayAnswer);
  if (!open.length) return null;
  return (
    <div className="onsplan-notice">
      <p className="onsplan-notice__title">{t('toestemming.request.line', { count: open.length })}</p>
      <Link replace className="nl-link" to={`/plan/${familyId}/toestemming`}>
        {t('toestemming.request.lineLink')}
      </Link>
    </div>
  );
}
