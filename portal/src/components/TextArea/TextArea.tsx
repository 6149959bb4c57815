import { forwardRef, type TextareaHTMLAttributes } from 'react';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled multi-line input with an optional hint and error, linked for screen readers. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea({ id, label, hint, error, className, rows = 4, ...rest }, ref) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`onsplan-field${error ? ' onsplan-field--invalid' : ''}`}>
      <label className="onsplan-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="onsplan-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="onsplan-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea ref={ref} id={id} rows={rows} className={`onsplan-field__input onsplan-field__textarea ${className ?? ''}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
    </div>
  );
});
