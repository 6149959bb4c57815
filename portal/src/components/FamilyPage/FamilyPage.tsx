import { Button } from '@nl-design-system-candidate/button-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalCopy } from '../../app/local-copy-context.ts';
import { StatusBar } from '../../app/StatusBar.tsx';
import { ConfirmQuestion } from '../ConfirmStep/ConfirmStep.tsx';
import { useFamily } from '../../family/context.ts';
import { useSignOut } from '../../family/sign-out.ts';
import { Page } from '../Page/Page.tsx';

/** A screen for someone signed in: the page with a sign-out button in the header, and the connection status (offline, waiting writes). */
export function SignedInPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const unsent = useLocalCopy().snapshot.pending.length;
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const stay = () => {
    setAsking(false);
    button.current?.focus();
  };
  // Sent meanwhile: nothing is lost any more, so the question goes (and focus back to the button).
  useEffect(() => {
    if (asking && unsent === 0) stay();
  }, [asking, unsent]);
  // Signing out wipes the phone (F1): writes still waiting for a connection would be gone unseen.
  const start = () => (unsent > 0 ? setAsking(true) : void signOut());
  return (
    <Page
      title={title}
      actions={
        <Button ref={button} purpose="subtle" type="button" aria-expanded={unsent > 0 ? asking : undefined} onClick={start}>
          {t('app.signOut')}
        </Button>
      }
    >
      {asking && unsent > 0 && (
        <ConfirmQuestion id="uitloggen-vraag" question={t('app.signOutUnsent', { count: unsent })} yes={t('app.signOutAnyway')} no={t('app.signOutStay')} onYes={() => void signOut()} onNo={stay} />
      )}
      <StatusBar />
      {children}
    </Page>
  );
}

/** A screen of one family, other than the plan itself: with a way back to the plan first. */
export function FamilyPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { family } = useFamily();
  return (
    <SignedInPage title={title}>
      <BackLink to={`/plan/${family.id}`} label={t('nav.backToPlan')} />
      {children}
    </SignedInPage>
  );
}

/** The way back, first on a screen under another one (it replaces the history entry, like every link). */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="onsplan-back">
      <Link replace className="nl-link" to={to}>
        {label}
      </Link>
    </p>
  );
}
