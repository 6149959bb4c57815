import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { quickExit, quickExitLink, shiftCounter } from './quick-exit.ts';

// One counter for the whole page, listening while any Snel weg is on screen: a screen that mounts
// again between two presses (a loading screen giving way to the page) must not start the count anew.
const onShift = shiftCounter(() => quickExit());
const link = quickExitLink(() => void quickExit());
let listening = 0;

function listenForShift(): () => void {
  if (listening++ === 0) window.addEventListener('keydown', onShift);
  return () => {
    if (--listening === 0) window.removeEventListener('keydown', onShift);
  };
}

/**
 * "Snel weg": always visible, first in the tab order; a click or Shift three times leaves at once.
 * A link to the server's way out, so it leaves also before the script has run (see `quickExitLink`).
 * `children` share its sticky bar after it (a helper's "U helpt Samira"), so they never scroll away either.
 */
export function QuickExit({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(listenForShift, []);
  return (
    <div className="onsplan-quick-exit">
      {/* Drawn as NL Design System's primary negative button: the same look whether the script runs or not. */}
      <a {...link} role="button" draggable={false} className="nl-button nl-button--primary nl-button--negative onsplan-quick-exit__button" aria-describedby="quick-exit-hint">
        {t('quickExit.button')}
      </a>
      <p id="quick-exit-hint" className="onsplan-visually-hidden">
        {t('quickExit.hint')}
      </p>
      {children}
    </div>
  );
}
