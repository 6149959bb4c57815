import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { FieldFrame } from '../Field/Field.tsx';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled multi-line input with an optional hint and error, linked for screen readers. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea({ id, label, hint, error, className, rows = 4, ...rest }, ref) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea ref={ref} id={id} rows={rows} className={`onsplan-field__input onsplan-field__textarea ${className ?? ''}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
      )}
    </FieldFrame>
  );
});
