/**
 * The published plan and the plan editor's screens, relative to `/werk/gezinnen/:familyId`; each loads when first opened.
 * Exported as route objects so the professional shell can mount them under its own layout.
 */
export const planEditorRoutes = [
  { path: 'plan', lazy: async () => ({ Component: (await import('./PublishedPlan.tsx')).PublishedPlan }) },
  { path: 'plan/bewerken', lazy: async () => ({ Component: (await import('./PlanEditor.tsx')).PlanEditor }) },
  { path: 'plan/bekijk-als/:memberId', lazy: async () => ({ Component: (await import('./PreviewAs.tsx')).PreviewAs }) },
  { path: 'plan/publiceren', lazy: async () => ({ Component: (await import('./PublishDraft.tsx')).PublishDraft }) },
];
