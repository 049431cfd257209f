import { useId } from 'react';

export interface UrgeScaleProps {
  legend: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | null;
}

/** 0–10 as a row of radio buttons: arrow keys move along it, every value has its own name. */
export function UrgeScale({ legend, value, onChange, error }: UrgeScaleProps) {
  const name = useId();
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  return (
    <fieldset className="urge-scale" aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}>
      <legend className="urge-scale__legend">{legend}</legend>
      <p className="urge-scale__hint" id={hintId}>
        0 is no urge at all, 10 is the strongest you can imagine.
      </p>
      <div className="urge-scale__options">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="urge-scale__option">
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
