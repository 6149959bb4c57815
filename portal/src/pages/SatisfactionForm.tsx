import type { SatisfactionInput, SatisfactionStatus } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { paths } from '../api/paths.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { Choice } from '../components/Choice/Choice.tsx';
import { FamilyPage } from '../components/FamilyPage/FamilyPage.tsx';
import { focusFirstInvalid } from '../components/form-focus.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { TextArea } from '../components/TextArea/TextArea.tsx';
import { useFamily } from '../family/context.ts';

const answers = ['1', '2', '3', '4', '5'] as const;

/**
 * "Wat vindt u ervan?" (issue 13, point 4): two short questions, at most once a month, not seen by
 * the professional. It goes straight to the server, not through the outbox: an answer waiting on the
 * phone could be sent in a later month, and the once-a-month check belongs to the server. It says
 * plainly that it is not a complaint, and where a complaint goes.
 */
export function SatisfactionForm() {
  const { t } = useTranslation();
  const { family } = useFamily();
  const status = useApi<SatisfactionStatus>(paths.satisfaction(family.id));
  const [helps, setHelps] = useState<(typeof answers)[number]>();
  const [better, setBetter] = useState('');
  const [noChoice, setNoChoice] = useState(false);
  const [sent, setSent] = useState(false);
  const submit = useSubmit();
  if (status.state.kind !== 'ready') {
    return (
      <FamilyPage title={t('satisfaction.title')}>
        <LoadState state={status.state} />
      </FamilyPage>
    );
  }
  const data = status.state.data;

  async function send(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setNoChoice(!helps);
    if (!helps) return focusFirstInvalid(form);
    const body: SatisfactionInput = { helps: Number(helps) as SatisfactionInput['helps'], ...(better.trim() ? { better: better.trim() } : {}) };
    const ok = await submit.run(async () => {
      await api(paths.satisfaction(family.id), { method: 'POST', body });
    });
    if (ok) setSent(true);
  }

  return (
    <FamilyPage title={t('satisfaction.title')}>
      <Paragraph purpose="lead">{t('satisfaction.intro')}</Paragraph>
      {data.discussedVersion !== undefined && !sent && <Paragraph>{t('satisfaction.discussed', { number: data.discussedVersion })}</Paragraph>}
      <Paragraph>{t('satisfaction.anonymous')}</Paragraph>
      <aside className="onsplan-note" aria-labelledby="geen-klacht">
        <p id="geen-klacht">{t('satisfaction.notComplaint')}</p>
        <p>
          {data.complaintsUrl ? (
            <a className="nl-link" href={data.complaintsUrl} target="_blank" rel="noreferrer noopener">
              {t('satisfaction.complaintLink')}
            </a>
          ) : (
            t('satisfaction.complaintAsk')
          )}
        </p>
      </aside>
      {sent ? (
        <p role="status" className="onsplan-status">
          {t('satisfaction.sent')}
        </p>
      ) : data.answeredThisMonth ? (
        <Paragraph>{t('satisfaction.answered')}</Paragraph>
      ) : !data.mayAnswer ? (
        <Paragraph>{t('satisfaction.noPlan')}</Paragraph>
      ) : (
        <form noValidate onSubmit={(e) => void send(e)} className="onsplan-form">
          {submit.problem && <ProblemMessage messageKey={submit.problem} />}
          <Choice
            name="helpt-dit-plan"
            legend={t('satisfaction.helps')}
            error={noChoice ? t('satisfaction.chooseFirst') : undefined}
            options={answers.map((a) => ({ value: a, label: `${a} – ${t(`satisfaction.helps${a}`)}` }))}
            value={helps}
            onChange={(v) => {
              setHelps(v);
              setNoChoice(false);
            }}
          />
          <TextArea id="wat-kan-beter" label={t('satisfaction.better')} hint={t('satisfaction.betterHint')} maxLength={1000} rows={3} value={better} onChange={(e) => setBetter(e.target.value)} />
          <Button purpose="primary" type="submit" busy={submit.busy}>
            {submit.busy ? t('app.busy') : t('satisfaction.send')}
          </Button>
        </form>
      )}
    </FamilyPage>
  );
}
