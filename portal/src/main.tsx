import '@nl-design-system-candidate/button-css/button.css';
import '@nl-design-system-candidate/heading-css/heading.css';
import '@nl-design-system-candidate/link-css/link.css';
import '@nl-design-system-candidate/paragraph-css/paragraph.css';
import './styles/theme.css';
import './styles/app.css';
import { startTransition, StrictMode, Suspense, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Screens } from './app/screens.tsx';
import { StartingUp } from './components/StartingUp/StartingUp.tsx';
import { loadAllTexts, setUpI18n, showRememberedLanguage } from './i18n.ts';

const root = document.getElementById('root')!;
// The server drew the start page into the page already (portal-page.ts, prerender/start-page.tsx).
const startPageShown = root.firstElementChild !== null;

/**
 * Its effect runs once the app inside has taken the drawn page over (a parent's effects run after
 * its children's). A wrapper, not a sibling: a sibling would change the ids React gives (useId)
 * against those in the drawn page.
 */
function WhenTakenOver({ then, children }: { then: (() => Promise<void>) | undefined; children: ReactNode }) {
  useEffect(() => void then?.(), [then]);
  return children;
}

// The drawn page is Dutch: the app takes it over in Dutch, then shows the language chosen on this device.
await setUpI18n({ firstScreenOnly: true, rememberedLanguageLater: startPageShown });
// Over the drawn page the other texts come after it is taken over (not beside it, on a slow phone).
const afterDrawnPage = async () => {
  await showRememberedLanguage();
  await loadAllTexts();
};
const app = (
  <StrictMode>
    <BrowserRouter>
      {/* While a screen's code loads on a direct visit; later navigations keep the screen before until the next is there. */}
      <Suspense fallback={<StartingUp />}>
        {/* Inside the boundary: the shell around it is taken over first, the screen (and its texts) only when its code is there. */}
        <WhenTakenOver then={startPageShown ? afterDrawnPage : undefined}>
          <Screens startPageShown={startPageShown} />
        </WhenTakenOver>
      </Suspense>
    </BrowserRouter>
  </StrictMode>
);
// Over the drawn start page the app takes the same elements over instead of drawing them again:
// nothing repaints or moves. As a transition, so React does it in short steps and a tap or key
// between two steps is answered at once (Lighthouse counted the take-over as one long task; Snel
// weg is a link that works before it, see QuickExit).
if (startPageShown) startTransition(() => void hydrateRoot(root, app));
else {
  createRoot(root).render(app);
  // The other texts right after the first screen, so the next screen need not wait for them.
  void loadAllTexts();
}
