import '@nl-design-system-candidate/button-css/button.css';
import '@nl-design-system-candidate/heading-css/heading.css';
import '@nl-design-system-candidate/link-css/link.css';
import '@nl-design-system-candidate/paragraph-css/paragraph.css';
import './styles/theme.css';
import './styles/app.css';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, useRoutes } from 'react-router';
import { AppShell } from './app/AppShell.tsx';
import { lazyScreen, type ScreenRoute } from './app/lazy-screen.tsx';
import { StartingUp } from './components/StartingUp/StartingUp.tsx';
import { loadAllTexts, setUpI18n } from './i18n.ts';
import { NotFound } from './pages/NotFound.tsx';
import { SignedOut } from './pages/SignedOut.tsx';
import { Welcome } from './pages/Welcome.tsx';
import { workRoutes } from './work/routes.tsx';
import { workPaths } from './work/paths.ts';

// Every in-app navigation replaces the history entry (see `replace` on links): the portal keeps one
// entry, which Snel weg swaps for a neutral site, so Back cannot lead into Ons Plan again.
// Screens after sign-in load when first opened, so the first screen stays small on a slow phone.
const routes: ScreenRoute[] = [
  { path: '/', element: <Welcome /> },
  { path: '/uitnodiging', element: lazyScreen(async () => (await import('./pages/Redeem.tsx')).Redeem) },
  { path: '/inloggen', element: lazyScreen(async () => (await import('./pages/SignIn.tsx')).SignIn) },
  { path: '/plan', element: lazyScreen(async () => (await import('./pages/Families.tsx')).Families) },
  // The professional's inbox moved to the workspace; old links still arrive.
  { path: '/verzoeken', element: <Navigate replace to={workPaths.inbox} /> },
  {
    path: '/plan/:familyId',
    element: lazyScreen(async () => (await import('./family/FamilyLayout.tsx')).FamilyLayout),
    children: [
      { index: true, element: lazyScreen(async () => (await import('./pages/Plan.tsx')).Plan) },
      { path: 'instemming', element: lazyScreen(async () => (await import('./pages/Instemming.tsx')).Instemming) },
      { path: 'toestemming', element: lazyScreen(async () => (await import('./pages/Toestemming.tsx')).Toestemming) },
      { path: 'verzoeken', element: lazyScreen(async () => (await import('./pages/Verzoeken.tsx')).Verzoeken) },
      { path: 'verzoeken/nieuw', element: lazyScreen(async () => (await import('./pages/NieuwVerzoek.tsx')).NieuwVerzoek) },
      { path: 'documenten', element: lazyScreen(async () => (await import('./pages/Documents.tsx')).Documents) },
      { path: 'afspraken', element: lazyScreen(async () => (await import('./pages/Afspraken.tsx')).Afspraken) },
      { path: 'bekeken', element: lazyScreen(async () => (await import('./pages/AccessLog.tsx')).AccessLog) },
      { path: 'contact', element: lazyScreen(async () => (await import('./pages/Contact.tsx')).Contact) },
      { path: 'berichten', element: lazyScreen(async () => (await import('./pages/ContactHelp.tsx')).ContactHelp) },
      { path: 'hulp', element: lazyScreen(async () => (await import('./pages/Helpers.tsx')).Helpers) },
      { path: 'mijn-gegevens', element: lazyScreen(async () => (await import('./pages/MyData.tsx')).MyData) },
      { path: 'namens-gedaan', element: lazyScreen(async () => (await import('./pages/HelperActions.tsx')).HelperActions) },
      { path: 'hoe-gaat-het', element: lazyScreen(async () => (await import('./pages/Scores.tsx')).Scores) },
      { path: 'wat-vindt-u-ervan', element: lazyScreen(async () => (await import('./pages/SatisfactionForm.tsx')).SatisfactionForm) },
      { path: 'wat-zien-je-ouders', element: lazyScreen(async () => (await import('./pages/YouthSay.tsx')).YouthSay) },
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '/helpen', element: lazyScreen(async () => (await import('./pages/Helping.tsx')).Helping) },
  { path: '/apparaten', element: lazyScreen(async () => (await import('./pages/Devices.tsx')).Devices) },
  ...workRoutes,
  { path: '/uitgelogd', element: <SignedOut /> },
  { path: '*', element: <NotFound /> },
];

const root = document.getElementById('root')!;
// The server drew the start page into the page already (portal-page.ts): the first render replaces it with the same screen.
const startPageShown = root.firstElementChild !== null;

// The app shell asks for the app code before any screen of a member, and keeps the local copy right.
const tree: ScreenRoute[] = [{ element: <AppShell startPageShown={startPageShown} />, children: routes }];

function Screens() {
  return useRoutes(tree);
}

await setUpI18n({ firstScreenOnly: true });
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      {/* While a screen's code loads on a direct visit; later navigations keep the screen before until the next is there. */}
      <Suspense fallback={<StartingUp />}>
        <Screens />
      </Suspense>
    </BrowserRouter>
  </StrictMode>,
);
// The other texts right after the first screen, so the next screen need not wait for them.
void loadAllTexts();
