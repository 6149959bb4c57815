import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './plan-editor.css';

/** The editor's screens sit in the workspace shell, with its navigation. */
export { WorkPage } from '../WorkPage.tsx';

/** A problem code as words for a professional, or the general message. */
export function workProblemKey(code: string): string {
  return ['concept-veranderd', 'plan-veranderd', 'reden-nodig', 'ongeldige-invoer', 'niet-toegestaan'].includes(code) ? `planEditor.problem.${code}` : 'planEditor.problem.other';
}

/** An error that keyboard and screen-reader users land on. */
export function WorkProblem({ code }: { code: string }) {
  const { t } = useTranslation('werk');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [code]);
  return (
    <div ref={ref} className="onsplan-alert onsplan-alert--error" role="alert" tabIndex={-1}>
      <h2 className="onsplan-alert__title">{t('planEditor.problem.title')}</h2>
      <p className="onsplan-alert__body">{t(workProblemKey(code))}</p>
    </div>
  );
}
