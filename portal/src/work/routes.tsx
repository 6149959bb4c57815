import { lazyScreen, type ScreenRoute } from '../app/lazy-screen.tsx';
import { loadWorkspaceTexts } from '../i18n.ts';
import { planEditorRoutes } from './plan/routes.tsx';

/**
 * The professional's route tree under /werk, apart from the member screens. Each screen loads when
 * first opened; the shell loads who she is and her families once.
 */
export const workRoutes: ScreenRoute[] = [
  {
    path: '/werk',
    // Its texts first, so no screen of the workspace ever shows a key.
    element: lazyScreen(async () => {
      await loadWorkspaceTexts();
      return (await import('./WorkShell.tsx')).WorkShell;
    }),
    children: [
      { index: true, element: lazyScreen(async () => (await import('./Today.tsx')).Today) },
      { path: 'gezinnen', element: lazyScreen(async () => (await import('./FamilyList.tsx')).FamilyList) },
      { path: 'gezinnen/nieuw', element: lazyScreen(async () => (await import('./NewFamily.tsx')).NewFamily) },
      {
        path: 'gezinnen/:familyId',
        children: [
          { index: true, element: lazyScreen(async () => (await import('./FamilyOverview.tsx')).FamilyOverview) },
          { path: 'leden/:memberId', element: lazyScreen(async () => (await import('./MemberPage.tsx')).MemberPage) },
          { path: 'verzoeken', element: lazyScreen(async () => (await import('./corrections/FamilyCorrections.tsx')).FamilyCorrections) },
          { path: 'verzoeken/:requestId', element: lazyScreen(async () => (await import('./corrections/CorrectionRequest.tsx')).CorrectionRequest) },
          { path: 'instemming', element: lazyScreen(async () => (await import('./instemming/InstemmingOverview.tsx')).InstemmingOverview) },
          { path: 'contact', element: lazyScreen(async () => (await import('./contact/ContactChanges.tsx')).ContactChanges) },
          { path: 'reacties', element: lazyScreen(async () => (await import('./comments/CommentThreads.tsx')).CommentThreads) },
          { path: 'toestemming', element: lazyScreen(async () => (await import('./toestemming/ToestemmingOverview.tsx')).ToestemmingOverview) },
          { path: 'documenten', element: lazyScreen(async () => (await import('./documents/FamilyDocuments.tsx')).FamilyDocuments) },
          { path: 'afspraken', element: lazyScreen(async () => (await import('./agenda/FamilyAgenda.tsx')).FamilyAgenda) },
          { path: 'scores', element: lazyScreen(async () => (await import('./scores/FamilyScores.tsx')).FamilyScores) },
          ...planEditorRoutes,
        ],
      },
      { path: 'verzoeken', element: lazyScreen(async () => (await import('./corrections/CorrectionInbox.tsx')).CorrectionInbox) },
      { path: 'berichten', element: lazyScreen(async () => (await import('./contact/ContactInbox.tsx')).ContactInbox) },
      { path: 'tevredenheid', element: lazyScreen(async () => (await import('./scores/Satisfaction.tsx')).Satisfaction) },
      { path: 'profiel', element: lazyScreen(async () => (await import('./Profile.tsx')).Profile) },
      { path: '*', element: lazyScreen(async () => (await import('./WorkNotFound.tsx')).WorkNotFound) },
    ],
  },
];
