import '@nl-design-system-candidate/button-css/button.css';
import '@nl-design-system-candidate/heading-css/heading.css';
import '@nl-design-system-candidate/link-css/link.css';
import '@nl-design-system-candidate/paragraph-css/paragraph.css';
import './styles/theme.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppShell } from './app/AppShell.tsx';
import { StartingUp } from './components/StartingUp/StartingUp.tsx';
import { setUpI18n } from './i18n.ts';
import { NotFound } from './pages/NotFound.tsx';
import { SignedOut } from './pages/SignedOut.tsx';
import { Welcome } from './pages/Welcome.tsx';
import { workRoutes } from './work/routes.tsx';
import { workPaths } from './work/paths.ts';

// Every in-app navigation replaces the history entry (see `replace` on links): the portal keeps one
// entry, which Snel weg swaps for a neutral site, so Back cannot lead into Ons Plan again.
// Screens after sign-in load when first opened, so the first screen stays small on a slow phone.
const routes = [
  { path: '/', element: <Welcome /> },
  { path: '/uitnodiging', lazy: async () => ({ Component: (await import('./pages/Redeem.tsx')).Redeem }) },
  { path: '/inloggen', lazy: async () => ({ Component: (await import('./pages/SignIn.tsx')).SignIn }) },
  { path: '/plan', lazy: async () => ({ Component: (await import('./pages/Families.tsx')).Families }) },
  // The professional's inbox moved to the workspace; old links still arrive.
  { path: '/verzoeken', element: <Navigate replace to={workPaths.inbox} /> },
  {
    path: '/plan/:familyId',
    lazy: async () => ({ Component: (await import('./family/FamilyLayout.tsx')).FamilyLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./pages/Plan.tsx')).Plan }) },
      { path: 'instemming', lazy: async () => ({ Component: (await import('./pages/Instemming.tsx')).Instemming }) },
      { path: 'toestemming', lazy: async () => ({ Component: (await import('./pages/Toestemming.tsx')).Toestemming }) },
      { path: 'verzoeken', lazy: async () => ({ Component: (await import('./pages/Verzoeken.tsx')).Verzoeken }) },
      { path: 'verzoeken/nieuw', lazy: async () => ({ Component: (await import('./pages/NieuwVerzoek.tsx')).NieuwVerzoek }) },
      { path: 'documenten', lazy: async () => ({ Component: (await import('./pages/Documents.tsx')).Documents }) },
      { path: 'afspraken', lazy: async () => ({ Component: (await import('./pages/Afspraken.tsx')).Afspraken }) },
      { path: 'bekeken', lazy: async () => ({ Component: (await import('./pages/AccessLog.tsx')).AccessLog }) },
      { path: 'contact', lazy: async () => ({ Component: (await import('./pages/Contact.tsx')).Contact }) },
      { path: 'berichten', lazy: async () => ({ Component: (await import('./pages/ContactHelp.tsx')).ContactHelp }) },
      { path: 'hulp', lazy: async () => ({ Component: (await import('./pages/Helpers.tsx')).Helpers }) },
      { path: 'mijn-gegevens', lazy: async () => ({ Component: (await import('./pages/MyData.tsx')).MyData }) },
      { path: 'namens-gedaan', lazy: async () => ({ Component: (await import('./pages/HelperActions.tsx')).HelperActions }) },
      { path: 'hoe-gaat-het', lazy: async () => ({ Component: (await import('./pages/Scores.tsx')).Scores }) },
      { path: 'wat-vindt-u-ervan', lazy: async () => ({ Component: (await import('./pages/SatisfactionForm.tsx')).SatisfactionForm }) },
      { path: 'wat-zien-je-ouders', lazy: async () => ({ Component: (await import('./pages/YouthSay.tsx')).YouthSay }) },
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '/helpen', lazy: async () => ({ Component: (await import('./pages/Helping.tsx')).Helping }) },
  { path: '/apparaten', lazy: async () => ({ Component: (await import('./pages/Devices.tsx')).Devices }) },
  ...workRoutes,
  { path: '/uitgelogd', element: <SignedOut /> },
  { path: '*', element: <NotFound /> },
];

// The root only shows something while the first screen's code loads when a later screen is opened directly.
// The app shell asks for the app code before any screen of a member, and keeps the local copy right.
const router = createBrowserRouter([{ HydrateFallback: StartingUp, element: <AppShell />, children: routes }]);

await setUpI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
