import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { useLocalCopy } from '../app/local-copy-context.ts';
import { passkeyFailureKey } from '../auth/failure-key.ts';
import { usePasskeys } from '../auth/PasskeyContext.tsx';
import { Page } from '../components/Page/Page.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';

export function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const passkeys = usePasskeys();
  const { controller } = useLocalCopy();
  const arrived = location.state as { problem?: string; unsent?: number } | null;
  const arrivedWith = arrived?.problem;
  // Writes that were waiting when the session ended were wiped with the rest (F1).
  const unsent = arrived?.unsent ?? 0;
  const [problem, setProblem] = useState<string | undefined>(arrivedWith ? `problem.${arrivedWith}` : undefined);
  const [busy, setBusy] = useState(false);

  async function signIn() {
    if (busy) return;
    setProblem(undefined);
    setBusy(true);
    try {
      const options = await api('/auth/login/options', { method: 'POST', body: {} });
      const response = await passkeys.use(options);
      await api('/auth/login', { method: 'POST', body: { response } });
      // The passkey names the account: its copy on this phone opens with the app code, any other goes.
      await controller?.afterSignIn((response as { response?: { userHandle?: string } }).response?.userHandle);
      navigate('/plan', { replace: true });
    } catch (error) {
      setProblem(passkeyFailureKey(error, 'signIn'));
      setBusy(false);
    }
  }

  return (
    <Page title={t('signIn.title')}>
      {problem && <ProblemMessage messageKey={problem} more={unsent > 0 && problem === `problem.${arrivedWith}` ? t('signIn.unsent', { count: unsent }) : undefined} />}
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
