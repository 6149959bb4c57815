import type { ReactNode } from 'react';

export interface ChoiceOption<V extends string> {
  value: V;
  /** Text, or text with its Dutch original beside it (DutchBeside) for a choice with legal effect. */
  label: ReactNode;
  hint?: string;
}

export interface ChoiceProps<V extends string> {
  /** Unique on the page: the radio group's name and the prefix of its ids. */
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: ChoiceOption<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  /** Shown under the chosen option, e.g. a follow-up question. */
  children?: ReactNode;
}

/** One choice out of a few, as radio buttons in a fieldset (Utrecht "radio group" pattern). */
export function Choice<V extends string>({ name, legend, hint, error, options, value, onChange, children }: ChoiceProps<V>) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`onsplan-field onsplan-choice${error ? ' onsplan-field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend className="onsplan-field__label">{legend}</legend>
      {hint && (
        <p className="onsplan-field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="onsplan-field__error" id={`${name}-error`}>
          {error}
        </p>
      )}
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div key={option.value} className="onsplan-choice__option">
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
              className="onsplan-choice__input"
            />
            <label htmlFor={id} className="onsplan-choice__label">
              {option.label}
            </label>
            {option.hint && (
              <p id={`${id}-hint`} className="onsplan-choice__hint">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
