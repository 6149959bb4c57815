import type { ReactNode } from 'react';
import { Explained } from '../Glossary/Explained.tsx';

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Gets the ids to link the control to its hint and error for screen readers. */
  children: (describedBy: string | undefined) => ReactNode;
}

/**
 * Label, hint and error around one form control, in NL Design System order. Jargon in the hint gets
 * "Wat betekent dit?"; not in the label, where a button would be a control inside another control's name.
 */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`onsplan-field${error ? ' onsplan-field--invalid' : ''}`}>
      <label className="onsplan-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="onsplan-field__hint" id={`${id}-hint`}>
          <Explained text={hint} />
        </p>
      )}
      {error && (
        <p className="onsplan-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
