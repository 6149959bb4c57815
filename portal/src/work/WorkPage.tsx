import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { WorkLayout, type WorkNavLink } from '../components/WorkLayout/WorkLayout.tsx';
import { useSignOut } from '../family/sign-out.ts';
import { useWork } from './context.ts';
import { workPaths } from './paths.ts';

/** A workspace screen: the layout with her navigation and words from the `werk` namespace. */
export function WorkPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('werk');
  const { me, families } = useWork();
  const { pathname } = useLocation();
  const signOut = useSignOut();
  const link = (href: string, label: string, exact = true): WorkNavLink => ({
    href,
    label,
    current: exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`),
  });
  return (
    <WorkLayout
      title={title}
      person={{ name: me.name, organisation: me.organisation, jobTitle: me.jobTitle }}
      words={{
        appName: t('app.name'),
        workspace: t('app.workspace'),
        skipToContent: t('app.skipToContent'),
        mainNav: t('app.mainNav'),
        familiesHeading: t('app.myFamilies'),
        noFamilies: t('app.noFamilies'),
        signOut: t('app.signOut'),
      }}
      links={[
        link(workPaths.today, t('nav.today')),
        link(workPaths.families, t('nav.families')),
        link(workPaths.newFamily, t('nav.newFamily')),
        link(workPaths.inbox, t('nav.inbox')),
        link(workPaths.contactInbox, t('nav.contactInbox')),
        link(workPaths.satisfaction, t('nav.satisfaction')),
        link(workPaths.profile, t('nav.profile')),
      ]}
      families={families.map((f) => link(workPaths.family(f.id), f.name, false))}
      onSignOut={() => void signOut()}
    >
      {children}
    </WorkLayout>
  );
}
