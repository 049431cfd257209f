import { useId, type ComponentProps, type ReactNode } from 'react';

export type CheckboxProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
} & Omit<ComponentProps<'input'>, 'type' | 'children'>;

export function Checkbox({ label, hint, error, id, className, 'aria-describedby': describedBy, ...rest }: CheckboxProps) {
  const auto = useId();
  const inputId = id ?? `check${auto}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedby = [describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['checkbox', error ? 'checkbox--invalid' : null, className].filter(Boolean).join(' ')}>
      <div className="checkbox__row">
        <input {...rest} type="checkbox" id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedby} />
        <label htmlFor={inputId}>{label}</label>
      </div>
      {hint ? (
        <div className="field__hint checkbox__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error checkbox__hint" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
