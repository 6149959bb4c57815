import type { HelpingView } from '@onsplan/shared';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, chooseMember, chosenMember } from '../api/client.ts';
import { useApi, useSubmit } from '../api/useApi.ts';
import { ConfirmStep } from '../components/ConfirmStep/ConfirmStep.tsx';
import { BackLink, SignedInPage } from '../components/FamilyPage/FamilyPage.tsx';
import { focusAfterUpdate } from '../components/form-focus.ts';
import { LoadState } from '../components/LoadState/LoadState.tsx';
import { formatDate } from '../format.ts';

/**
 * "Wie help ik?": the helper's own list of the people she helps (issue 11). A helper of several
 * people chooses here whom she helps now, and switches only here: from then on every request names
 * that member and the member screens start afresh. Each card also has "Stoppen met helpen".
 */
export function Helping() {
  const { t } = useTranslation();
  const helping = useApi<HelpingView[]>('/ik/helpen');
  const [done, setDone] = useState('');

  return (
    <SignedInPage title={t('helping.title')}>
      <BackLink to="/plan" label={t('nav.backToPlan')} />
      <Paragraph purpose="lead">{t('helping.intro')}</Paragraph>
      {helping.state.kind === 'ready' && helping.state.data.length > 1 && <Paragraph>{t('namens.choose.intro')}</Paragraph>}
      <p role="status" className="onsplan-status" id="helpen-status" tabIndex={-1}>
        {done}
      </p>
      {helping.state.kind !== 'ready' ? (
        <LoadState state={helping.state} />
      ) : helping.state.data.length === 0 ? (
        <Paragraph>{t('helping.none')}</Paragraph>
      ) : (
        <ul className="onsplan-cards">
          {helping.state.data.map((h) => (
            <HelpingCard
              key={h.delegationId}
              helping={h}
              choose={helping.state.kind === 'ready' && helping.state.data.length > 1}
              onStopped={async () => {
                setDone(t('helping.stopped', { name: h.memberName }));
                await helping.reload();
                focusAfterUpdate('helpen-status');
              }}
            />
          ))}
        </ul>
      )}
    </SignedInPage>
  );
}

function HelpingCard({ helping: h, choose, onStopped }: { helping: HelpingView; choose: boolean; onStopped: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const current = chosenMember() === h.memberId;
  const submit = useSubmit();
  const title = `helpen-${h.delegationId}`;

  async function stop() {
    if (await submit.run(() => api(`/ik/helpen/${h.delegationId}/beeindiging`, { method: 'POST', body: {} }))) await onStopped();
  }

  return (
    <li className="onsplan-card">
      <p className="onsplan-card__title" id={title}>
        {h.memberName}
      </p>
      {choose &&
        (current ? (
          <p className="onsplan-card__meta" aria-current="true">
            {t('namens.choose.now')}
          </p>
        ) : (
          <Button
            purpose="primary"
            type="button"
            onClick={() => {
              chooseMember(h.memberId);
              navigate(`/plan/${h.familyId}`, { replace: true });
            }}
          >
            {t('namens.choose.help', { name: h.memberName })}
          </Button>
        ))}
      <p className="onsplan-meta">{t('helping.mayDo')}</p>
      <ul className="onsplan-list">
        {h.scopes.map((s) => (
          <li key={s}>{t(`helpers.scope.${s}`)}</li>
        ))}
      </ul>
      <p>{t('helpers.until', { date: formatDate(h.lastDay, i18n.language) })}</p>
      <ConfirmStep
        idBase={title}
        describedBy={title}
        label={t('helping.stop')}
        question={t('helping.confirmStop', { name: h.memberName })}
        yes={t('helping.yesStop')}
        busy={submit.busy}
        problem={submit.problem}
        onConfirm={() => void stop()}
      />
    </li>
  );
}
