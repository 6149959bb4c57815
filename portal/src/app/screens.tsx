import { Navigate, useRoutes } from 'react-router';
import { AppShell } from './AppShell.tsx';
import { lazyScreen, type ScreenRoute } from './lazy-screen.tsx';
import { NotFound } from '../pages/NotFound.tsx';
import { SignedOut } from '../pages/SignedOut.tsx';
import { Welcome } from '../pages/Welcome.tsx';
import { workRoutes } from '../work/routes.tsx';
import { workPaths } from '../work/paths.ts';

// Every in-app navigation replaces the history entry (see `replace` on links): the portal keeps one
// entry, which Snel weg swaps for a neutral site, so Back cannot lead into Ons Plan again.
// Screens after sign-in load when first opened, so the first screen stays small on a slow phone.
const routes: ScreenRoute[] = [
  { path: '/', element: <Welcome /> },
  { path: '/uitnodiging', element: lazyScreen(async () => (await import('../pages/Redeem.tsx')).Redeem) },
  { path: '/inloggen', element: lazyScreen(async () => (await import('../pages/SignIn.tsx')).SignIn) },
  { path: '/plan', element: lazyScreen(async () => (await import('../pages/Families.tsx')).Families) },
  // The professional's inbox moved to the workspace; old links still arrive.
  { path: '/verzoeken', element: <Navigate replace to={workPaths.inbox} /> },
  {
    path: '/plan/:familyId',
    element: lazyScreen(async () => (await import('../family/FamilyLayout.tsx')).FamilyLayout),
    children: [
      { index: true, element: lazyScreen(async () => (await import('../pages/Plan.tsx')).Plan) },
      { path: 'instemming', element: lazyScreen(async () => (await import('../pages/Instemming.tsx')).Instemming) },
      { path: 'toestemming', element: lazyScreen(async () => (await import('../pages/Toestemming.tsx')).Toestemming) },
      { path: 'verzoeken', element: lazyScreen(async () => (await import('../pages/Verzoeken.tsx')).Verzoeken) },
      { path: 'verzoeken/nieuw', element: lazyScreen(async () => (await import('../pages/NieuwVerzoek.tsx')).NieuwVerzoek) },
      { path: 'documenten', element: lazyScreen(async () => (await import('../pages/Documents.tsx')).Documents) },
      { path: 'afspraken', element: lazyScreen(async () => (await import('../pages/Afspraken.tsx')).Afspraken) },
      { path: 'bekeken', element: lazyScreen(async () => (await import('../pages/AccessLog.tsx')).AccessLog) },
      { path: 'contact', element: lazyScreen(async () => (await import('../pages/Contact.tsx')).Contact) },
      { path: 'berichten', element: lazyScreen(async () => (await import('../pages/ContactHelp.tsx')).ContactHelp) },
      { path: 'hulp', element: lazyScreen(async () => (await import('../pages/Helpers.tsx')).Helpers) },
      { path: 'mijn-gegevens', element: lazyScreen(async () => (await import('../pages/MyData.tsx')).MyData) },
      { path: 'namens-gedaan', element: lazyScreen(async () => (await import('../pages/HelperActions.tsx')).HelperActions) },
      { path: 'hoe-gaat-het', element: lazyScreen(async () => (await import('../pages/Scores.tsx')).Scores) },
      { path: 'wat-vindt-u-ervan', element: lazyScreen(async () => (await import('../pages/SatisfactionForm.tsx')).SatisfactionForm) },
      { path: 'wat-zien-je-ouders', element: lazyScreen(async () => (await import('../pages/YouthSay.tsx')).YouthSay) },
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '/helpen', element: lazyScreen(async () => (await import('../pages/Helping.tsx')).Helping) },
  { path: '/apparaten', element: lazyScreen(async () => (await import('../pages/Devices.tsx')).Devices) },
  ...workRoutes,
  { path: '/uitgelogd', element: <SignedOut /> },
  { path: '*', element: <NotFound /> },
];

// The app shell asks for the app code before any screen of a member, and keeps the local copy right.
const trees = new Map<boolean, ScreenRoute[]>();
const treeFor = (startPageShown: boolean) => trees.get(startPageShown) ?? trees.set(startPageShown, [{ element: <AppShell startPageShown={startPageShown} />, children: routes }]).get(startPageShown)!;

/** Every screen of the portal; the same tree in the browser and when the start page is drawn at build time. */
export function Screens({ startPageShown }: { startPageShown: boolean }) {
  return useRoutes(treeFor(startPageShown));
}
