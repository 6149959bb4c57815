import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { focusFirstInvalid } from '../components/form-focus.ts';
import { Page } from '../components/Page/Page.tsx';
import { TextField } from '../components/TextField/TextField.tsx';
import type { LocalController } from './controller.ts';
import { useLocalCopy } from './local-copy-context.ts';

/** The app code screens: choose one, enter it, or read that the copy was wiped. */
export function AppCodeScreen() {
  const { controller, snapshot } = useLocalCopy();
  if (!controller) return null;
  if (snapshot.wipedAfterWrongCodes) return <Wiped controller={controller} />;
  if (snapshot.phase === 'set-code') return <ChooseCode controller={controller} />;
  return <EnterCode controller={controller} online={snapshot.online} />;
}

// A code is digits only; type=password keeps it from someone looking over the shoulder.
const codeInput = { type: 'password', inputMode: 'numeric', autoComplete: 'off', maxLength: 12, spellCheck: false } as const;

function ChooseCode({ controller }: { controller: LocalController }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ code?: string; again?: string }>({});
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    const found = !code ? { code: t('appCode.empty') } : again !== code ? { again: t('appCode.notSame') } : {};
    setErrors(found);
    if (Object.keys(found).length) return focusFirstInvalid(form);
    setBusy(true);
    const result = await controller.setCode(code);
    setBusy(false);
    if (result.ok || result.reason === 'anders') return;
    setErrors({ code: t(`appCode.problem.${result.reason}`) });
    focusFirstInvalid(form);
  }

  return (
    <Page title={t('appCode.setTitle')}>
      <Paragraph purpose="lead">{t('appCode.setIntro')}</Paragraph>
      <Paragraph>{t('appCode.setWhy')}</Paragraph>
      <form noValidate className="onsplan-form" onSubmit={(e) => void save(e)}>
        <TextField id="app-code" label={t('appCode.label')} hint={t('appCode.hint')} error={errors.code} value={code} onChange={(e) => setCode(e.target.value.trim())} {...codeInput} />
        <TextField id="app-code-again" label={t('appCode.againLabel')} error={errors.again} value={again} onChange={(e) => setAgain(e.target.value.trim())} {...codeInput} />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('appCode.busy') : t('appCode.save')}
        </Button>
      </form>
    </Page>
  );
}

function EnterCode({ controller, online }: { controller: LocalController; online: boolean }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [attemptsLeft, setAttemptsLeft] = useState<number>();
  const [busy, setBusy] = useState(false);
  const alert = useRef<HTMLDivElement>(null);

  async function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget;
    if (!code) {
      setError(t('appCode.empty'));
      return focusFirstInvalid(form);
    }
    setError(undefined);
    setBusy(true);
    const result = await controller.enterCode(code);
    setBusy(false);
    if (result.ok || result.reason !== 'verkeerde-code') return;
    setCode('');
    setAttemptsLeft(result.attemptsLeft);
    requestAnimationFrame(() => alert.current?.focus());
  }

  return (
    <Page title={t('appCode.enterTitle')}>
      {attemptsLeft !== undefined && (
        <div ref={alert} className="onsplan-alert onsplan-alert--error" role="alert" tabIndex={-1}>
          <h2 className="onsplan-alert__title">{t('appCode.wrongTitle')}</h2>
          <p className="onsplan-alert__body">{t('appCode.wrong', { count: attemptsLeft })}</p>
        </div>
      )}
      <Paragraph purpose="lead">{t('appCode.enterIntro')}</Paragraph>
      {!online && <Paragraph className="onsplan-note">{t('appCode.offline')}</Paragraph>}
      <form noValidate className="onsplan-form" onSubmit={(e) => void open(e)}>
        <TextField id="app-code" label={t('appCode.label')} error={error} value={code} onChange={(e) => setCode(e.target.value.trim())} {...codeInput} />
        <Button purpose="primary" type="submit" busy={busy}>
          {busy ? t('appCode.busy') : t('appCode.open')}
        </Button>
      </form>
      <section className="onsplan-forgot" aria-labelledby="code-vergeten">
        <h2 id="code-vergeten" className="onsplan-forgot__title">
          {t('appCode.forgotTitle')}
        </h2>
        <Paragraph>{t('appCode.forgotHow')}</Paragraph>
        <Button purpose="secondary" type="button" onClick={() => void controller.forgotCode()}>
          {t('appCode.forgotButton')}
        </Button>
      </section>
    </Page>
  );
}

function Wiped({ controller }: { controller: LocalController }) {
  const { t } = useTranslation();
  return (
    <Page title={t('appCode.wipedTitle')}>
      <Paragraph purpose="lead">{t('appCode.wiped')}</Paragraph>
      <Paragraph>{t('appCode.wipedNext')}</Paragraph>
      <Link replace className="nl-button nl-button--primary onsplan-link-button" to="/inloggen" onClick={() => controller.acknowledgeWipe()}>
        <span className="nl-button__label">{t('appCode.signInAgain')}</span>
      </Link>
    </Page>
  );
}
