import { forwardRef, type InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled text input with an optional hint and error, linked for screen readers. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField({ id, label, hint, error, className, ...rest }, ref) {
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
      <input ref={ref} id={id} className={`onsplan-field__input ${className ?? ''}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
    </div>
  );
});
