import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A problem on a workspace screen, announced and focused. Professional wording where the workspace has
 * its own words for the code; otherwise the general text of the catalogue.
 */
export function WorkProblem({ messageKey }: { messageKey: string }) {
  const { t, i18n } = useTranslation('werk');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [messageKey]);
  const own = i18n.exists(messageKey, { ns: 'werk' });
  return (
    <div ref={ref} className="onsplan-alert onsplan-alert--error" role="alert" tabIndex={-1}>
      <h2 className="onsplan-alert__title">{t('problem.title')}</h2>
      <p className="onsplan-alert__body">{own ? t(messageKey) : t(messageKey, { ns: 'translation' })}</p>
    </div>
  );
}
