import { useTranslation } from 'react-i18next';
import { QuickExit } from '../QuickExit/QuickExit.tsx';

/** While a screen's code loads on a direct visit: Snel weg already works, and a status says to wait. */
export function StartingUp() {
  const { t } = useTranslation();
  return (
    <>
      <QuickExit />
      <main className="onsplan-main">
        <p role="status" className="onsplan-status">
          {t('app.loading')}
        </p>
      </main>
    </>
  );
}
