import { Button } from '@nl-design-system-candidate/button-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { quickExit, shiftCounter } from './quick-exit.ts';

// One counter for the whole page, listening while any Snel weg is on screen: a screen that mounts
// again between two presses (a loading screen giving way to the page) must not start the count anew.
const onShift = shiftCounter(() => quickExit());
let listening = 0;

function listenForShift(): () => void {
  if (listening++ === 0) window.addEventListener('keydown', onShift);
  return () => {
    if (--listening === 0) window.removeEventListener('keydown', onShift);
  };
}

/**
 * "Snel weg": always visible, first in the tab order; a click or Shift three times leaves at once.
 * `children` share its sticky bar after it (a helper's "U helpt Samira"), so they never scroll away either.
 */
export function QuickExit({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(listenForShift, []);
  return (
    <div className="onsplan-quick-exit">
      <Button purpose="primary" hint="negative" type="button" className="onsplan-quick-exit__button" onClick={() => quickExit()} aria-describedby="quick-exit-hint">
        {t('quickExit.button')}
      </Button>
      <p id="quick-exit-hint" className="onsplan-visually-hidden">
        {t('quickExit.hint')}
      </p>
      {children}
    </div>
  );
}
