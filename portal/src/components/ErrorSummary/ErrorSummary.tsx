import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field to fix: the link goes there. */
  fieldId: string;
  text: string;
}

export interface ErrorSummaryProps {
  title: string;
  errors: readonly ErrorSummaryItem[];
}

/**
 * The errors of a form at its top, each a link to its field (GOV.UK / NL Design System pattern). It
 * takes focus when it appears, so a screen reader reads what to fix and a keyboard user starts there.
 */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.map((e) => e.fieldId).join();
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!errors.length) return null;
  return (
    <div ref={ref} className="onsplan-alert onsplan-alert--error onsplan-error-summary" role="alert" tabIndex={-1} aria-labelledby="foutoverzicht-titel">
      <h2 id="foutoverzicht-titel" className="onsplan-alert__title">
        {title}
      </h2>
      <ul className="onsplan-error-summary__list">
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              onClick={(event) => {
                // Focus the field itself (a hash alone only scrolls), so typing can start at once.
                event.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
