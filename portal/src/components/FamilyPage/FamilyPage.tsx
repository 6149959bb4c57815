import { Button } from '@nl-design-system-candidate/button-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBar } from '../../app/StatusBar.tsx';
import { useFamily } from '../../family/context.ts';
import { useSignOut } from '../../family/sign-out.ts';
import { Page } from '../Page/Page.tsx';

/** A screen for someone signed in: the page with a sign-out button in the header, and the connection status (offline, waiting writes). */
export function SignedInPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Page
      title={title}
      actions={
        <Button purpose="subtle" type="button" onClick={() => void signOut()}>
          {t('app.signOut')}
        </Button>
      }
    >
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
      <p className="onsplan-back">
        <Link replace className="nl-link" to={`/plan/${family.id}`}>
          {t('nav.backToPlan')}
        </Link>
      </p>
      {children}
    </SignedInPage>
  );
}
