import { forwardRef, type SelectHTMLAttributes } from 'react';
import { FieldFrame } from '../Field/Field.tsx';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  options: readonly { value: string; label: string }[];
  /** The first, empty option, so nothing is chosen by default. */
  placeholder?: string;
}

/** A labelled select with hint and error linked for screen readers; nothing is preselected unless asked. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField({ id, label, hint, error, options, placeholder, className, ...rest }, ref) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select ref={ref} id={id} className={`onsplan-field__input ${className ?? ''}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
});
