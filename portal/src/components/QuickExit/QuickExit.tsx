import { Button } from '@nl-design-system-candidate/button-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { quickExit, shiftCounter } from './quick-exit.ts';

/**
 * "Snel weg": always visible, first in the tab order; a click or Shift three times leaves at once.
 * `children` share its sticky bar after it (a helper's "U helpt Samira"), so they never scroll away either.
 */
export function QuickExit({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = shiftCounter(() => quickExit());
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
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
