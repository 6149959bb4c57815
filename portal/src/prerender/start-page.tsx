import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { setUpI18n } from '../i18n.ts';

/**
 * The start page as a new visitor's first frame shows it (Dutch, first-screen texts, nothing
 * local), rendered once at build time. The server puts it into the page for `/`, so a slow phone
 * paints the start page before any JavaScript has run; the app shell then shows the same screen
 * while it starts (AppShell `startPageShown`) and replaces this markup in one step.
 */
export async function startPageMarkup(): Promise<string> {
  pretendBrowserSpeaks();
  // Imported after the line above: the read-aloud code looks for a voice once, when it loads.
  const { Welcome } = await import('../pages/Welcome.tsx');
  await setUpI18n({ firstScreenOnly: true });
  return renderToString(
    <StaticRouter location="/">
      <Welcome />
    </StaticRouter>,
  );
}

/**
 * Nearly every phone has a voice, so its first frame has "Lees deze pagina voor" under the heading.
 * Rendered here too: without it everything below would move down when the app takes over (CLS).
 */
function pretendBrowserSpeaks(): void {
  Object.assign(globalThis, { speechSynthesis: {}, SpeechSynthesisUtterance: class {} });
}
