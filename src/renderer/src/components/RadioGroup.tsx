import { useId } from 'react';

export interface RadioGroupProps<V extends string> {
  legend: string;
  hint?: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A labelled group of radio buttons: arrow keys move between them, as everywhere else. */
export function RadioGroup<V extends string>({ legend, hint, name, value, options, onChange }: RadioGroupProps<V>) {
  const id = useId();
  return (
    <fieldset className="radio-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="radio-group__options">
        {options.map((option) => (
          <label key={option.value} className="radio-group__option">
            <input type="radio" name={`${id}-${name}`} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
