import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { StartingUp } from '../components/StartingUp/StartingUp.tsx';
import { LocalController } from './controller.ts';
import { lazyWithTexts } from './lazy-screen.tsx';
import { LocalCopyContext, useLocalCopy } from './local-copy-context.ts';
import './offline.css';

// Both load only when needed: the first screen of someone without a copy stays small.
const AppCodeScreen = lazyWithTexts(async () => (await import('./AppCode.tsx')).AppCodeScreen);
const UpdatePrompt = lazy(async () => ({ default: (await import('./UpdatePrompt.tsx')).UpdatePrompt }));

/** Screens from before sign-in: after the app code opens the copy, the plan comes instead. */
const signedOutPaths = new Set(['/', '/inloggen', '/uitnodiging', '/uitgelogd']);

let pageController: LocalController | undefined;

/**
 * The root of every screen: the app code comes before anything of the member is shown, the
 * controller keeps the local copy right, and a new version of the app is offered when there is one.
 * `startPageShown`: the server sent the start page already drawn (portal-page.ts); while the app
 * starts it keeps showing that screen instead of "starting up", so nothing flashes or moves.
 */
export function AppShell({ startPageShown = false }: { startPageShown?: boolean }) {
  const [controller] = useState(() => (pageController ??= new LocalController()));
  const navigate = useNavigate();
  useEffect(() => controller.setNavigate((to, state) => navigate(to, { replace: true, state })), [controller, navigate]);
  useEffect(() => void controller.start(), [controller]);
  return (
    <LocalCopyContext.Provider value={controller}>
      <Gate startPageShown={startPageShown} />
      <Suspense fallback={null}>
        <UpdatePrompt />
      </Suspense>
    </LocalCopyContext.Provider>
  );
}

function Gate({ startPageShown }: { startPageShown: boolean }) {
  const { snapshot } = useLocalCopy();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { phase } = snapshot;
  // Only at the moment the code opens the copy: a sign-out or session end on the way out must not be sent back.
  const before = useRef(phase);
  useEffect(() => {
    const opened = phase === 'unlocked' && before.current !== 'unlocked';
    before.current = phase;
    if (opened && signedOutPaths.has(pathname)) navigate('/plan', { replace: true });
  }, [phase, pathname, navigate]);

  if (phase === 'starting') return startPageShown && pathname === '/' ? <Outlet /> : <StartingUp />;
  if (phase === 'set-code' || phase === 'locked' || snapshot.wipedAfterWrongCodes) {
    return (
      <Suspense fallback={<StartingUp />}>
        <AppCodeScreen />
      </Suspense>
    );
  }
  return <Outlet />;
}
