import type { RouteObject } from 'react-router';
import { loadWorkspaceTexts } from '../i18n.ts';
import { planEditorRoutes } from './plan/routes.tsx';

/**
 * The professional's route tree under /werk, apart from the member screens. Each screen loads when
 * first opened; the shell loads who she is and her families once.
 */
export const workRoutes: RouteObject[] = [
  {
    path: '/werk',
    // Its texts first, so no screen of the workspace ever shows a key.
    lazy: async () => {
      await loadWorkspaceTexts();
      return { Component: (await import('./WorkShell.tsx')).WorkShell };
    },
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./Today.tsx')).Today }) },
      { path: 'gezinnen', lazy: async () => ({ Component: (await import('./FamilyList.tsx')).FamilyList }) },
      { path: 'gezinnen/nieuw', lazy: async () => ({ Component: (await import('./NewFamily.tsx')).NewFamily }) },
      {
        path: 'gezinnen/:familyId',
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./FamilyOverview.tsx')).FamilyOverview }) },
          { path: 'leden/:memberId', lazy: async () => ({ Component: (await import('./MemberPage.tsx')).MemberPage }) },
          { path: 'verzoeken', lazy: async () => ({ Component: (await import('./corrections/FamilyCorrections.tsx')).FamilyCorrections }) },
          { path: 'verzoeken/:requestId', lazy: async () => ({ Component: (await import('./corrections/CorrectionRequest.tsx')).CorrectionRequest }) },
          { path: 'instemming', lazy: async () => ({ Component: (await import('./instemming/InstemmingOverview.tsx')).InstemmingOverview }) },
          { path: 'contact', lazy: async () => ({ Component: (await import('./contact/ContactChanges.tsx')).ContactChanges }) },
          { path: 'reacties', lazy: async () => ({ Component: (await import('./comments/CommentThreads.tsx')).CommentThreads }) },
          { path: 'toestemming', lazy: async () => ({ Component: (await import('./toestemming/ToestemmingOverview.tsx')).ToestemmingOverview }) },
          { path: 'documenten', lazy: async () => ({ Component: (await import('./documents/FamilyDocuments.tsx')).FamilyDocuments }) },
          { path: 'afspraken', lazy: async () => ({ Component: (await import('./agenda/FamilyAgenda.tsx')).FamilyAgenda }) },
          { path: 'scores', lazy: async () => ({ Component: (await import('./scores/FamilyScores.tsx')).FamilyScores }) },
          ...planEditorRoutes,
        ],
      },
      { path: 'verzoeken', lazy: async () => ({ Component: (await import('./corrections/CorrectionInbox.tsx')).CorrectionInbox }) },
      { path: 'berichten', lazy: async () => ({ Component: (await import('./contact/ContactInbox.tsx')).ContactInbox }) },
      { path: 'tevredenheid', lazy: async () => ({ Component: (await import('./scores/Satisfaction.tsx')).Satisfaction }) },
      { path: 'profiel', lazy: async () => ({ Component: (await import('./Profile.tsx')).Profile }) },
      { path: '*', lazy: async () => ({ Component: (await import('./WorkNotFound.tsx')).WorkNotFound }) },
    ],
  },
];
