import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Explained } from '../Glossary/Explained.tsx';

/** A B1 error message that screen readers announce and keyboard users land on. */
export function ProblemMessage({ messageKey }: { messageKey: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [messageKey]);
  return (
    <div ref={ref} className="onsplan-alert onsplan-alert--error" role="alert" tabIndex={-1}>
      <h2 className="onsplan-alert__title">{t('problem.title')}</h2>
      <p className="onsplan-alert__body">
        <Explained text={t(messageKey)} />
      </p>
    </div>
  );
}
