import { useId } from 'react';

export interface ScaleProps {
  legend: string;
  hint?: string;
  min: number;
  max: number;
  value: number | null;
  onChange: (value: number) => void;
  /** The visible text of each choice; numbers alone when not given. */
  labelFor?: (value: number) => string;
  /** Words under the two ends of the scale, e.g. ['none', 'very strong']. */
  ends?: [string, string];
  compact?: boolean;
}

/** A labelled radio group drawn as a row of choices: the chosen value is always visible. */
export function Scale({ legend, hint, min, max, value, onChange, labelFor, ends, compact }: ScaleProps) {
  const name = useId();
  const hintId = `${name}-hint`;
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset className={compact ? 'scale scale--compact' : 'scale'} aria-describedby={hint || ends ? hintId : undefined}>
      <legend className="scale__legend">{legend}</legend>
      {hint || ends ? (
        <p className="scale__hint" id={hintId}>
          {hint ?? `${min} means ${ends![0]}, ${max} means ${ends![1]}.`}
        </p>
      ) : null}
      <div className="scale__options">
        {values.map((n) => (
          <label key={n} className="scale__option">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{labelFor ? labelFor(n) : n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface ChoiceProps<T extends string> {
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
}

/** A small labelled radio group with words (yes / no / prefer not to say). */
export function Choice<T extends string>({ legend, hint, options, value, onChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="scale" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="scale__legend">{legend}</legend>
      {hint ? (
        <p className="scale__hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="scale__options">
        {options.map((option) => (
          <label key={option.value} className="scale__option">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
