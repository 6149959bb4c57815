import type { IssuedCode, MemberAccountList } from '@onsplan/shared';
import { Button } from '@nl-design-system-candidate/button-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { ConfirmQuestion } from '../components/ConfirmStep/ConfirmStep.tsx';
import { InvitationLetter } from '../components/InvitationLetter/InvitationLetter.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { useWork } from './context.ts';
import { errorsFromProblem } from './form-errors.ts';
import { useProblemWords } from './useFormWords.ts';
import { WorkProblem } from './WorkProblem.tsx';

/**
 * A member's sign-in from her professional's side: account, last seen, passkeys by name, an open
 * code; and a new code, shown once with the letter to print (the letter speaks B1 to the member).
 */
export function AccountSection({ familyId, memberId, mayInvite }: { familyId: string; memberId: string; mayInvite: boolean }) {
  const { t, i18n } = useTranslation('werk');
  const { t: member } = useTranslation();
  const { me } = useWork();
  const words = useProblemWords();
  const list = useApi<MemberAccountList>(`/gezinnen/${familyId}/accounts`);
  const [issued, setIssued] = useState<IssuedCode>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<string>();
  const [revoked, setRevoked] = useState(false);
  const issuedHeading = useRef<HTMLHeadingElement>(null);
  // The code appears where the button was: focus goes to it, so a screen reader reads it at once.
  useEffect(() => issuedHeading.current?.focus(), [issued]);
  const account = list.state.kind === 'ready' ? list.state.data.accounts.find((a) => a.memberId === memberId) : undefined;

  async function issue() {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      setIssued(await api<IssuedCode>(`/gezinnen/${familyId}/gezinsleden/${memberId}/code`, { method: 'POST', body: {} }));
      await list.reload();
    } catch (error) {
      setProblem(errorsFromProblem(error, {}, words).general);
    } finally {
      setBusy(false);
    }
  }

  async function revoke(passkeyId: string) {
    setProblem(undefined);
    try {
      await api(`/gezinnen/${familyId}/gezinsleden/${memberId}/inlogsleutels/${encodeURIComponent(passkeyId)}`, { method: 'DELETE' });
      setRevoked(true);
      await list.reload();
    } catch (error) {
      setProblem(errorsFromProblem(error, {}, words).general);
    } finally {
      setRevoking(undefined);
    }
  }

  return (
    <section aria-labelledby="account-titel">
      <h2 id="account-titel">{t('account.title')}</h2>
      {list.state.kind === 'problem' && <WorkProblem messageKey={list.state.key} />}
      {account && (
        <>
          <p>{account.tooYoung ? t('account.tooYoung') : account.hasAccount ? t('account.has') : t('account.none')}</p>
          {account.hasAccount && <p>{account.lastSeenAt ? t('account.lastSeen', { date: formatDateTime(account.lastSeenAt, i18n.language) }) : t('account.neverSeen')}</p>}
          {account.passkeys.length > 0 && (
            <>
              <h3>{t('account.passkeys')}</h3>
              <ul className="onsplan-list">
                {account.passkeys.map((p) => (
                  <li key={p.id}>
                    {t('account.passkey', { name: p.name, date: formatDate(p.createdAt, i18n.language) })}{' '}
                    {!mayInvite ? null : revoking === p.id ? (
                      <ConfirmQuestion
                        id={`intrekken-${p.id}`}
                        question={t('account.revokeQuestion', { name: p.name })}
                        yes={t('account.revokeYes')}
                        no={t('account.revokeNo')}
                        onYes={() => void revoke(p.id)}
                        onNo={() => setRevoking(undefined)}
                      />
                    ) : (
                      <Button purpose="subtle" type="button" onClick={() => setRevoking(p.id)}>
                        {t('account.revoke')}
                        <span className="onsplan-visually-hidden"> {p.name}</span>
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {revoked && (
            <p role="status" className="onsplan-work-done">
              {t('account.revoked')}
            </p>
          )}
          {account.openCode && !issued && (
            <p className="onsplan-note">{t('account.openCode', { purpose: t(`account.purpose.${account.openCode.purpose}`), date: formatDateTime(account.openCode.expiresAt, i18n.language) })}</p>
          )}
          {problem && (
            <div className="onsplan-alert onsplan-alert--error" role="alert">
              <p className="onsplan-alert__body">{problem}</p>
            </div>
          )}
          {mayInvite && !account.tooYoung && !issued && (
            <>
              {account.hasAccount && <p className="onsplan-field__hint">{t('account.recoverHint')}</p>}
              <Button purpose="secondary" type="button" busy={busy} onClick={() => void issue()}>
                {busy ? t('account.busy') : account.hasAccount ? t('account.recover') : t('account.invite')}
              </Button>
            </>
          )}
        </>
      )}
      {issued && (
        <div className="onsplan-code-issued">
          <h3 tabIndex={-1} ref={issuedHeading}>
            {t('account.issuedTitle', { name: issued.memberFirstName })}
          </h3>
          <p className="onsplan-note">{t('account.issuedOnce')}</p>
          <p>
            {t('account.code')}: <strong className="onsplan-letter__code">{issued.code}</strong>
          </p>
          <p>{t('account.validUntil', { date: formatDateTime(issued.expiresAt, i18n.language) })}</p>
          <Button purpose="primary" type="button" onClick={() => window.print()}>
            {t('account.print')}
          </Button>
          <InvitationLetter
            address={issued.address}
            code={issued.code}
            words={{
              title: member(issued.purpose === 'herstel' ? 'invitationLetter.recoveryTitle' : 'invitationLetter.title'),
              greeting: member('invitationLetter.greeting', { name: issued.memberFirstName }),
              what: member(issued.purpose === 'herstel' ? 'invitationLetter.recoveryWhat' : 'invitationLetter.what'),
              goTo: member('invitationLetter.goTo'),
              enterCode: member('invitationLetter.enterCode'),
              validUntil: member('invitationLetter.validUntil', { date: formatDateTime(issued.expiresAt, i18n.language) }),
              once: member('invitationLetter.once'),
              passkey: member('invitationLetter.passkey'),
              secret: member('invitationLetter.secret'),
              questions: member('invitationLetter.questions', { name: me.name, organisation: me.organisation ?? '' }),
            }}
          />
        </div>
      )}
    </section>
  );
}
