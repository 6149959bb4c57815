import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ApiProblem } from '../api/client.ts';
import { useLocalCopy } from '../app/local-copy-context.ts';
import { passkeyFailureKey } from '../auth/failure-key.ts';
import { landingAfterSignIn } from '../auth/landing.ts';
import { usePasskeys } from '../auth/PasskeyContext.tsx';
import { Page } from '../components/Page/Page.tsx';
import { ProblemMessage } from '../components/ProblemMessage/ProblemMessage.tsx';
import { TextField } from '../components/TextField/TextField.tsx';

type Step = { kind: 'code' } | { kind: 'passkey'; name: string; options: unknown };

/** Redeem an invitation code, then create a passkey: two steps on one page, nothing typed is lost. */
export function Redeem() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const passkeys = usePasskeys();
  const { controller } = useLocalCopy();
  const [step, setStep] = useState<Step>({ kind: 'code' });
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setProblem(undefined);
    if (!code.trim()) return setFieldError(t('redeem.empty'));
    setFieldError(undefined);
    setBusy(true);
    try {
      const answer = await api<{ name: string; options: unknown }>('/auth/uitnodiging', { method: 'POST', body: { code } });
      setStep({ kind: 'passkey', name: answer.name, options: answer.options });
    } catch (error) {
      setProblem(error instanceof ApiProblem ? `problem.${error.code}` : 'problem.interne-fout');
    } finally {
      setBusy(false);
    }
  }

  async function createPasskey(options: unknown) {
    if (busy) return;
    setProblem(undefined);
    setBusy(true);
    try {
      const response = await passkeys.create(options);
      await api('/auth/registratie', { method: 'POST', body: { response, ...(deviceName.trim() ? { passkeyName: deviceName.trim() } : {}) } });
      // A new account on this phone: it chooses an app code for its own copy; any other copy goes.
      await controller?.afterSignIn((options as { user?: { id?: string } }).user?.id);
      navigate(await landingAfterSignIn(), { replace: true });
    } catch (error) {
      // A ceremony that timed out on the server needs the code again; the code stays filled in.
      if (error instanceof ApiProblem && error.code === 'stap-verlopen') setStep({ kind: 'code' });
      setProblem(passkeyFailureKey(error, 'passkey'));
      setBusy(false);
    }
  }

  if (step.kind === 'passkey') {
    return (
      <Page title={t('passkey.title')}>
        {problem && <ProblemMessage messageKey={problem} />}
        <Paragraph purpose="lead">{t('passkey.hello', { name: step.name })}</Paragraph>
        <Paragraph>{t('passkey.what')}</Paragraph>
        <Paragraph>{t('passkey.how')}</Paragraph>
        <Paragraph>{t('passkey.noPassword')}</Paragraph>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void createPasskey(step.options);
          }}
        >
          <TextField id="device-name" label={t('passkey.nameLabel')} hint={t('passkey.nameHint')} value={deviceName} maxLength={60} autoComplete="off" onChange={(e) => setDeviceName(e.target.value)} />
          <Button purpose="primary" type="submit" disabled={busy}>
            {t('passkey.create')}
          </Button>
          <p role="status" className="onsplan-status">
            {busy ? t('passkey.busy') : ''}
          </p>
        </form>
      </Page>
    );
  }

  return (
    <Page title={t('redeem.title')}>
      {problem && <ProblemMessage messageKey={problem} />}
      <Paragraph>{t('redeem.intro')}</Paragraph>
      <form noValidate onSubmit={submitCode}>
        <TextField
          id="code"
          label={t('redeem.label')}
          hint={t('redeem.hint')}
          error={fieldError}
          value={code}
          maxLength={40}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(e) => setCode(e.target.value)}
        />
        <Button purpose="primary" type="submit" disabled={busy}>
          {t('redeem.submit')}
        </Button>
      </form>
    </Page>
  );
}
