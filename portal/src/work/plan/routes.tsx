import { lazyScreen, type ScreenRoute } from '../../app/lazy-screen.tsx';

/**
 * The published plan and the plan editor's screens, relative to `/werk/gezinnen/:familyId`; each loads when first opened.
 * Exported as route objects so the professional shell can mount them under its own layout.
 */
export const planEditorRoutes: ScreenRoute[] = [
  { path: 'plan', element: lazyScreen(async () => (await import('./PublishedPlan.tsx')).PublishedPlan) },
  { path: 'plan/bewerken', element: lazyScreen(async () => (await import('./PlanEditor.tsx')).PlanEditor) },
  { path: 'plan/bekijk-als/:memberId', element: lazyScreen(async () => (await import('./PreviewAs.tsx')).PreviewAs) },
  { path: 'plan/publiceren', element: lazyScreen(async () => (await import('./PublishDraft.tsx')).PublishDraft) },
];
