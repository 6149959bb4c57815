import { StrictMode, Suspense } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { setUpI18n } from '../i18n.ts';

/**
 * The start page as a new visitor's first frame shows it (Dutch, first-screen texts, nothing
 * local), rendered once at build time from the same tree as main.tsx. The server puts it into the
 * page for `/`, so a slow phone paints the start page before any JavaScript has run; the app then
 * hydrates it (AppShell `startPageShown` keeps the screen while it starts), so nothing repaints.
 */
export async function startPageMarkup(): Promise<string> {
  pretendBrowserSpeaks();
  // Imported after the line above: the read-aloud code looks for a voice once, when it loads.
  const [{ Screens }, { StartingUp }] = await Promise.all([import('../app/screens.tsx'), import('../components/StartingUp/StartingUp.tsx')]);
  await setUpI18n({ firstScreenOnly: true });
  // Waits for the lazy parts (the update prompt, which shows nothing then), so no part is left for the browser to draw anew.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <StaticRouter location="/">
        <Suspense fallback={<StartingUp />}>
          <Screens startPageShown />
        </Suspense>
      </StaticRouter>
    </StrictMode>,
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}

/**
 * Nearly every phone has a voice, so its first frame has "Lees deze pagina voor" under the heading.
 * Rendered here too: without it everything below would move down when the app takes over (CLS).
 */
function pretendBrowserSpeaks(): void {
  Object.assign(globalThis, { speechSynthesis: {}, SpeechSynthesisUtterance: class {} });
}
