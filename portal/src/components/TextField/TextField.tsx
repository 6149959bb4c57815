import { forwardRef, type InputHTMLAttributes } from 'react';
import { FieldFrame } from '../Field/Field.tsx';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled text input with an optional hint and error, linked for screen readers. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField({ id, label, hint, error, className, ...rest }, ref) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => <input ref={ref} id={id} className={`onsplan-field__input ${className ?? ''}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />}
    </FieldFrame>
  );
});
