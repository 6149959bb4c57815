import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import type { UnsentWrites } from '../app/controller.ts';
import { useLocalCopy } from '../app/local-copy-context.ts';
import { passkeyFailureKey } from '../auth/failure-key.ts';
import { landingAfterSignIn } from '../auth/landing.ts';
import { usePasskeys } from '../auth/PasskeyContext.tsx';
import { Page } from '../components/Page/Page.tsx';
import { useAddressing } from '../addressing.ts';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';

export function SignIn() {
  const { t } = useTranslation();
  // The phone forgot whoever was signed in: polite until someone signs in again.
  useAddressing('u');
  const navigate = useNavigate();
  const location = useLocation();
  const passkeys = usePasskeys();
  const { controller } = useLocalCopy();
  const arrived = location.state as ({ problem?: string } & Partial<UnsentWrites>) | null;
  const arrivedWith = arrived?.problem;
  const [problem, setProblem] = useState<string | undefined>(arrivedWith ? `problem.${arrivedWith}` : undefined);
  const [busy, setBusy] = useState(false);

  async function signIn() {
    if (busy) return;
    setProblem(undefined);
    setBusy(true);
    try {
      const options = await api('/auth/inlog-opties', { method: 'POST', body: {} });
      const response = await passkeys.use(options);
      await api('/auth/inlog', { method: 'POST', body: { response } });
      // The passkey names the account: its copy on this phone opens with the app code, any other goes.
      await controller?.afterSignIn((response as { response?: { userHandle?: string } }).response?.userHandle);
      navigate(await landingAfterSignIn(), { replace: true });
    } catch (error) {
      setProblem(passkeyFailureKey(error, 'signIn'));
      setBusy(false);
    }
  }

  return (
    <Page title={t('signIn.title')}>
      {problem && <ProblemMessage messageKey={problem} />}
      {arrived?.unsent ? <WipedWrites count={arrived.unsent} what={arrived.unsentWhat ?? []} /> : null}
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <Button purpose="primary" type="button" disabled={busy} onClick={() => void signIn()}>
        {t('signIn.button')}
      </Button>
      <p role="status" className="onsplan-status">
        {busy ? t('signIn.busy') : ''}
      </p>
      <Paragraph>{t('signIn.lostKey')}</Paragraph>
    </Page>
  );
}

/** Writes that were still waiting when the session ended went with the wipe (F1): said, so none is lost unseen. */
function WipedWrites({ count, what }: { count: number; what: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="onsplan-notice">
      <p>{t('signIn.unsent', { count })}</p>
      {what.length > 0 && (
        <>
          <p>{t('signIn.unsentWhat')}</p>
          <ul className="onsplan-list">
            {what.map((kind, i) => (
              <li key={i}>{t(`offline.what.${kind}`)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
