export interface MemberCheckboxesProps {
  /** Unique on the page: the prefix of every id. */
  idBase: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  members: readonly { id: string; firstName: string }[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  /** Inside a choice, as the follow-up of one option. */
  nested?: boolean;
}

/** Some members out of a family, as checkboxes in a fieldset; words come from the caller, so both trees use it. */
export function MemberCheckboxes({ idBase, legend, hint, error, members, chosen, onChange, nested = false }: MemberCheckboxesProps) {
  const describedBy = [hint ? `${idBase}-hint` : '', error ? `${idBase}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`onsplan-field onsplan-choice${nested ? ' onsplan-choice--nested' : ''}${error ? ' onsplan-field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend className="onsplan-field__label">{legend}</legend>
      {hint && (
        <p className="onsplan-field__hint" id={`${idBase}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="onsplan-field__error" id={`${idBase}-error`}>
          {error}
        </p>
      )}
      {members.map((m) => (
        <div key={m.id} className="onsplan-choice__option">
          <input
            type="checkbox"
            className="onsplan-choice__input"
            id={`${idBase}-${m.id}`}
            checked={chosen.includes(m.id)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, m.id] : chosen.filter((x) => x !== m.id))}
          />
          <label className="onsplan-choice__label" htmlFor={`${idBase}-${m.id}`}>
            {m.firstName}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
