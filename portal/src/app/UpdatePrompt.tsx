import { Button } from '@nl-design-system-candidate/button-react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker, and when a new version of the app is ready asks before using it:
 * reloading by itself could throw away what someone is typing.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="onsplan-update" role="region" aria-label={t('update.label')}>
      <p className="onsplan-update__text" role="status">
        {t('update.prompt')}
      </p>
      <div className="onsplan-update__actions">
        <Button purpose="primary" type="button" onClick={() => void updateServiceWorker(true)}>
          {t('update.reload')}
        </Button>
        <Button purpose="subtle" type="button" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </Button>
      </div>
    </div>
  );
}
